import { randomBytes } from 'node:crypto';

import { databaseUrlOf, withAdminClient } from './admin-client.js';
import { seedDay, type TestDatabaseContents, TEST_TEMPLATE_ENV } from './template-env.js';

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
  /** PGLITE_TEMPLATE: the cluster dump this run's test setup wrote for these contents, if any. */
  readonly pgliteTemplate: string | undefined;
  /** Drops the server database (no-op for PGlite). */
  drop(): Promise<void>;
}

/**
 * `contents`: what the database holds from the start (test-templates.ts), when this run's global
 * setup prepared templates (prepareTestTemplates); otherwise, and for `seeded` on another day than
 * the seed's, it starts empty and the app migrates and seeds it itself, as before.
 */
export async function createTestDatabase(
  serverUrl: string | undefined = process.env.TEST_DATABASE_URL,
  contents: TestDatabaseContents = 'empty',
): Promise<TestDatabaseTarget> {
  const template = templateFor(contents);
  if (!serverUrl) {
    return {
      mode: 'pglite',
      databaseUrl: undefined,
      pgliteDataDir: 'memory://',
      pgliteTemplate: template ?? (process.env[TEST_TEMPLATE_ENV.empty] || undefined),
      drop: () => Promise.resolve(),
    };
  }
  const name = `linja_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  // Several files copy one template at once: CREATE DATABASE … TEMPLATE allows that (it only
  // needs no open session on the template, and global setup closed its own).
  await withAdminClient(serverUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return {
    mode: 'postgres',
    databaseUrl: databaseUrlOf(serverUrl, name),
    pgliteDataDir: 'memory://',
    pgliteTemplate: undefined,
    drop: async () => {
      await withAdminClient(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

/** The prepared template for `contents` (a dump file or a database name), if there is one. */
function templateFor(contents: TestDatabaseContents): string | undefined {
  if (contents === 'empty') return undefined;
  if (contents === 'seeded' && process.env[TEST_TEMPLATE_ENV.seededOn] !== seedDay()) {
    return undefined;
  }
  return process.env[TEST_TEMPLATE_ENV[contents]] || undefined;
}
