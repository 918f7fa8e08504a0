import { type Database } from '@linja/db';

import { DATABASE } from '../../src/database/database.tokens';
import { QueueService } from '../../src/jobs/queue.service';
import { freePort } from '../helpers/api-process';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../helpers/test-app';

const TOKEN = 'metrics-token-for-the-test-0123456789';

async function post(api: TestApp, query: string): Promise<void> {
  await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

/** The value of one sample line of the exposition text, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(`readiness and metrics on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('is ready with every migration applied, and not ready while one is missing', async () => {
    const ready = await fetch(`${api.baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', pendingMigrations: 0 });

    // As if a new build had a migration this database has not run (DB_MIGRATE_ON_START=false).
    const database = api.app.get<Database>(DATABASE);
    const [last] = await database.withConnection((c) =>
      c.query<{ id: string; migration_name: string }>(
        `SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
      ),
    );
    if (!last) throw new Error('no migrations recorded');
    await database.withConnection((c) =>
      c.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1`, [last.id]),
    );
    try {
      const notReady = await fetch(`${api.baseUrl}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: 'not-ready',
        database: 'up',
        pendingMigrations: 1,
      });
      // Liveness is not readiness: the process and its database still answer.
      expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    } finally {
      await database.withConnection((c) =>
        c.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = $1`, [last.id]),
      );
    }
    expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200);
  });

  it('counts requests, latency and errors per operation for a loopback caller outside production', async () => {
    await post(api, 'query OpsNetworks { networks { totalCount } }');
    await post(api, 'query OpsNetworks { networks { totalCount } }');
    await post(api, 'query OpsSessions { mySessions { totalCount } }');
    await post(api, 'query { networks { totalCount } }');
    await post(api, 'query OpsBroken { nosuchfield }');
    expect(await api.app.get(QueueService).send('mail.sweep', {})).toBeTruthy();

    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const requests = 'linja_graphql_requests_total';
    expect(sample(text, `${requests}{operation="OpsNetworks",type="query",outcome="ok"}`)).toBe(2);
    expect(sample(text, `${requests}{operation="anonymous",type="query",outcome="ok"}`)).toBe(1);
    expect(sample(text, `${requests}{operation="OpsSessions",type="query",outcome="error"}`)).toBe(
      1,
    );
    expect(
      sample(text, 'linja_graphql_errors_total{operation="OpsSessions",code="UNAUTHENTICATED"}'),
    ).toBe(1);
    // A document that fails validation never becomes an operation.
    expect(
      sample(
        text,
        'linja_graphql_errors_total{operation="invalid",code="GRAPHQL_VALIDATION_FAILED"}',
      ),
    ).toBe(1);
    expect(
      sample(text, 'linja_graphql_request_duration_seconds_count{operation="OpsNetworks"}'),
    ).toBe(2);
    expect(text).toContain('linja_process_resident_memory_bytes');
    // The job queue: the job just queued, in whatever state it is by now.
    const sweeps = text
      .split('\n')
      .filter((line) => line.startsWith('linja_jobs{queue="mail.sweep",'))
      .map((line) => Number(line.split(' ')[1]));
    expect(sweeps.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    if (process.env.TEST_DATABASE_URL) {
      expect(sample(text, 'linja_db_pool_max_connections')).toBe(10);
      expect(sample(text, 'linja_db_pool_connections{state="total"}')).toBeGreaterThan(0);
      expect(sample(text, 'linja_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      // PGlite is one in-process session: no pool to report.
      expect(text).not.toContain('linja_db_pool_connections');
    }
  });

  it('serves /metrics only on METRICS_PORT, and there only with METRICS_TOKEN', async () => {
    const port = await freePort();
    const separate = await startTestApp({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN });
    try {
      expect((await fetch(`${separate.baseUrl}/metrics`)).status).toBe(404);
      const metricsUrl = `http://127.0.0.1:${port}/metrics`;
      const anonymous = await fetch(metricsUrl);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      const wrong = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.status).toBe(401);
      const allowed = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('linja_graphql_requests_total');
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      await separate.close();
    }
    // Closed with the application.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
