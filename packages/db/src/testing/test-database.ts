import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/**
 * A database of its own for one test file, so runs and files never see each other's data:
 * a new database on the server named by TEST_DATABASE_URL, or an in-memory PGlite when it is unset.
 */
export interface TestDatabaseTarget {
  readonly mode: 'postgres' | 'pglite';
  /** DATABASE_URL for the fresh database, or undefined for PGlite. */
  readonly databaseUrl: string | undefined;
  /** PGLITE_DATA_DIR for PGlite mode (in memory). */
  readonly pgliteDataDir: string;
  /** PGLITE_TEMPLATE: the empty cluster this run's test setup dumped, when there is one. */
  readonly pgliteTemplate: string | undefined;
  /** Drops the server database (no-op for PGlite). */
  drop(): Promise<void>;
}

export async function createTestDatabase(
  serverUrl: string | undefined = process.env.TEST_DATABASE_URL,
): Promise<TestDatabaseTarget> {
  if (!serverUrl) {
    return {
      mode: 'pglite',
      databaseUrl: undefined,
      pgliteDataDir: 'memory://',
      pgliteTemplate: process.env.PGLITE_TEMPLATE || undefined,
      drop: () => Promise.resolve(),
    };
  }
  const name = `linja_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    mode: 'postgres',
    databaseUrl: url.toString(),
    pgliteDataDir: 'memory://',
    pgliteTemplate: undefined,
    drop: () =>
      withAdminClient(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ),
  };
}

async function withAdminClient(
  serverUrl: string,
  work: (client: Client) => Promise<unknown>,
): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
