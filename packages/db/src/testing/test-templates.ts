import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { type Database, type DatabaseOptions, openDatabase } from '../connection/database.js';
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
  return prepared(remove, () =>
    withOpened({ pgliteDataDir: 'memory://', pgliteTemplate: empty.file }, async (database) => {
      await migrateDatabase(database, SILENT_LOGGER);
      const migrated = await dumpTo(database, path.join(dir, 'migrated.tar'));
      await seedDemoData(database.prisma, SILENT_LOGGER);
      const seeded = await dumpTo(database, path.join(dir, 'seeded.tar'));
      return { empty: empty.file, migrated, seeded };
    }),
  );
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
  const at = (name: string) => ({
    databaseUrl: databaseUrlOf(serverUrl, name),
    pgliteDataDir: 'memory://',
  });
  return prepared(remove, async () => {
    await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${migrated}"`));
    await withOpened(at(migrated), (database) => migrateDatabase(database, SILENT_LOGGER));
    // Every session to a template must be closed before it is copied (withOpened closes its pool).
    await withAdminClient(serverUrl, (admin) =>
      admin.query(`CREATE DATABASE "${seeded}" TEMPLATE "${migrated}"`),
    );
    await withOpened(at(seeded), (database) => seedDemoData(database.prisma, SILENT_LOGGER));
    return { migrated, seeded };
  });
}

/** The templates one kind of database made (PGlite dump files, or server database names). */
interface Templates {
  readonly empty?: string;
  readonly migrated: string;
  readonly seeded: string;
}

/** Runs `build` and names its templates for the workers; on a failure removes what it made. */
async function prepared(
  remove: () => Promise<void>,
  build: () => Promise<Templates>,
): Promise<PreparedTestTemplates> {
  const day = seedDay();
  try {
    const { empty, migrated, seeded } = await build();
    return {
      env: {
        ...(empty ? { [TEST_TEMPLATE_ENV.empty]: empty } : {}),
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
  options: DatabaseOptions,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(options);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
