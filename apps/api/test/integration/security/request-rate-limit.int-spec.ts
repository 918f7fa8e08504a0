import { PrismaClient } from '@linja/db';

import { RequestRateLimiter } from '../../../src/common/rate-limit/request-rate-limiter';
import { startTestApp, type TestApp } from '../../helpers/test-app';

describe('the per-address request limit on /graphql', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '5', SEED_DEMO_DATA: 'false' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 429 with Retry-After once an address exceeds it, and leaves other routes alone', async () => {
    const ask = () =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await ask()).status);

    const limited = await ask();

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED' } }],
    });
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);

    // The shared counter holds the five admitted requests (a refused one is not counted).
    await api.app.get(RequestRateLimiter).sync();
    const rows = await api.app
      .get(PrismaClient)
      .rateLimit.findMany({ where: { key: { startsWith: 'graphql:' } } });
    expect(rows.map((row) => row.points)).toEqual([5]);
    const secondsLeft = (Number(rows[0]?.expire) - Date.now()) / 1000;
    expect(secondsLeft).toBeGreaterThan(0);
    expect(secondsLeft).toBeLessThanOrEqual(60);
  });
});

describe('the per-address request limit behind a reverse proxy (TRUST_PROXY)', () => {
  /** Six requests as client A through the proxy, then one as client B; the statuses. */
  async function sixFromAThenOneFromB(api: TestApp): Promise<{ a: number[]; b: number }> {
    const ask = (client: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const a: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) a.push((await ask('203.0.113.10')).status);
    return { a, b: (await ask('198.51.100.20')).status };
  }

  it('gives each forwarded client its own limit when the proxy is trusted', async () => {
    const api = await startTestApp({
      GRAPHQL_RATE_LIMIT_PER_MINUTE: '5',
      SEED_DEMO_DATA: 'false',
      TRUST_PROXY: 'loopback',
    });
    try {
      expect(await sixFromAThenOneFromB(api)).toEqual({
        a: [200, 200, 200, 200, 200, 429],
        b: 200,
      });
    } finally {
      await api.close();
    }
  });

  it('counts every request by the socket peer without TRUST_PROXY (X-Forwarded-For is ignored)', async () => {
    const api = await startTestApp({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '5', SEED_DEMO_DATA: 'false' });
    try {
      expect(await sixFromAThenOneFromB(api)).toEqual({
        a: [200, 200, 200, 200, 200, 429],
        b: 429,
      });
    } finally {
      await api.close();
    }
  });
});
