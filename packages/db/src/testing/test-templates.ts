import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { type Database, openDatabase } from '../connection/database.js';
import { SILENT_LOGGER } from '../logger.js';
import { migrateDatabase } from '../migrate/migrate-database.js';
import { seedDemoData } from '../seed/seed-demo-data.js';
import { databaseUrlOf, withAdminClient } from './admin-client.js';
import { writePgliteTemplate } from './pglite-template.js';
import { seedDay, TEST_TEMPLATE_ENV } from './template-env.js';

export interface PreparedTestTemplates {
  /** The variables to set for the workers (TEST_TEMPLATE_ENV). */
  readonly env: Readonly<Record<string, string>>;
  /** Removes the dumps, or drops the template databases. */
  remove(): Promise<void>;
}

/**
 * Prepares a run's templates once, in its global setup: on PGlite three cluster dumps (empty,
 * migrated, seeded); on a server (`serverUrl`, TEST_DATABASE_URL) two template databases that
 * createTestDatabase copies with CREATE DATABASE … TEMPLATE.
 */
export async function prepareTestTemplates(serverUrl?: string): Promise<PreparedTestTemplates> {
  return serverUrl ? prepareServerTemplates(serverUrl) : preparePgliteTemplates();
}

async function preparePgliteTemplates(): Promise<PreparedTestTemplates> {
  const empty = await writePgliteTemplate();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'linja-pglite-templates-'));
  const remove = async () => {
    await empty.remove();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const database = await openDatabase({ pgliteDataDir: 'memory://', pgliteTemplate: empty.file });
    const day = seedDay();
    let migrated: string;
    let seeded: string;
    try {
      await migrateDatabase(database, SILENT_LOGGER);
      migrated = await dumpTo(database, path.join(dir, 'migrated.tar'));
      await seedDemoData(database.prisma, SILENT_LOGGER);
      seeded = await dumpTo(database, path.join(dir, 'seeded.tar'));
    } finally {
      await database.close();
    }
    return {
      env: {
        [TEST_TEMPLATE_ENV.empty]: empty.file,
        [TEST_TEMPLATE_ENV.migrated]: migrated,
        [TEST_TEMPLATE_ENV.seeded]: seeded,
        [TEST_TEMPLATE_ENV.seededOn]: day,
      },
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Writes the PGlite database's cluster to `file` (the same dump PGlite starts from). */
async function dumpTo(database: Database, file: string): Promise<string> {
  if (!database.dumpDataDir) throw new Error('only an embedded PGlite database can be dumped');
  const dump = await database.dumpDataDir();
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  return file;
}

async function prepareServerTemplates(serverUrl: string): Promise<PreparedTestTemplates> {
  const suffix = `${Date.now().toString(36)}_${process.pid}`;
  const migrated = `linja_template_migrated_${suffix}`;
  const seeded = `linja_template_seeded_${suffix}`;
  const remove = () =>
    withAdminClient(serverUrl, async (admin) => {
      for (const name of [seeded, migrated]) {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    });
  try {
    const day = seedDay();
    await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${migrated}"`));
    await withOpened(databaseUrlOf(serverUrl, migrated), (database) =>
      migrateDatabase(database, SILENT_LOGGER),
    );
    // Every session to a template must be closed before it is copied (withOpened closes its pool).
    await withAdminClient(serverUrl, (admin) =>
      admin.query(`CREATE DATABASE "${seeded}" TEMPLATE "${migrated}"`),
    );
    await withOpened(databaseUrlOf(serverUrl, seeded), (database) =>
      seedDemoData(database.prisma, SILENT_LOGGER),
    );
    return {
      env: {
        [TEST_TEMPLATE_ENV.migrated]: migrated,
        [TEST_TEMPLATE_ENV.seeded]: seeded,
        [TEST_TEMPLATE_ENV.seededOn]: day,
      },
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

async function withOpened<T>(
  databaseUrl: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ databaseUrl, pgliteDataDir: 'memory://' });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
