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
  });
});
