import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabaseTarget } from '@linja/db/testing';

import {
  exitCodeOf,
  freePort,
  spawnApi,
  waitUntilHealthy,
  type ApiProcess,
} from '../helpers/api-process';
import { DB_MODE_LABEL } from '../helpers/test-app';

async function networkCount(api: ApiProcess): Promise<number> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ networks { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { networks: { totalCount: number } } };
  return body.data.networks.totalCount;
}

/** createNetwork as a platform admin through the development header alone, no session. */
async function createNetworkWithDevHeader(api: ApiProcess): Promise<unknown> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linja-dev-actor': 'platform-admin' },
    body: JSON.stringify({
      query: 'mutation { createNetwork(input: { slug: "otettu", name: "Otettu" }) { id } }',
    }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe(`the built API process (npm start) on ${DB_MODE_LABEL}`, () => {
  let target: TestDatabaseTarget;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    target = await createTestDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'linja-pglite-'));
    env = target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { PGLITE_DATA_DIR: dataDir };
  });

  afterAll(async () => {
    await target.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts with demo data, stops cleanly on SIGTERM, and starts again on the same data', async () => {
    // As `npm start` runs it: NODE_ENV unset means development.
    const first = spawnApi({ ...env, NODE_ENV: 'development', PORT: String(await freePort()) });
    await waitUntilHealthy(first);
    expect(await networkCount(first)).toBe(2);
    // The default start trusts no request header: the development actor is ignored, nothing is created.
    expect(await createNetworkWithDevHeader(first)).toBe('UNAUTHENTICATED');
    expect(await networkCount(first)).toBe(2);

    const stopped = await first.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5_000);

    // Reopening proves the embedded database was closed without corruption; the seed adds nothing.
    const second = spawnApi({ ...env, PORT: String(await freePort()) });
    await waitUntilHealthy(second);
    expect(await networkCount(second)).toBe(2);
    expect(second.output()).toContain('database schema up to date');
    expect((await second.stop('SIGINT')).code).toBe(0);
  });

  it('refuses to start on an invalid environment, naming the variable', async () => {
    const api = spawnApi({ ...env, PORT: 'forty', LOG_LEVEL: 'loud' });

    expect(await exitCodeOf(api)).toBe(1);
    expect(api.output()).toContain('PORT:');
    expect(api.output()).toContain('LOG_LEVEL:');
  });

  it('stops start-up with a clear message when the database cannot be migrated', async () => {
    const api = spawnApi({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/linja',
      PORT: String(await freePort()),
    });

    expect(await exitCodeOf(api)).toBe(1);
    expect(api.output()).toContain('Linja could not start');
  });
});
