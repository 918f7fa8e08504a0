import { startTestApp, type TestApp } from '../helpers/test-app';

describe('/health when the database is unreachable', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: every connection attempt is refused. Migrations are off so the API
    // can start at all, as it would if the database went away after start-up.
    api = await startTestApp({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/linja',
      DB_MIGRATE_ON_START: 'false',
      SEED_DEMO_DATA: 'false',
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 503 with database "down"', async () => {
    const response = await fetch(`${api.baseUrl}/health`);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'down' });
  });

  it('is not ready (/ready answers 503 with database "down")', async () => {
    const response = await fetch(`${api.baseUrl}/ready`);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not-ready', database: 'down' });
  });
});
