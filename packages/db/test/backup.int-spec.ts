import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  BackupError,
  backupEmbeddedDatabase,
  restoreEmbeddedDatabase,
} from '../src/backup/embedded-backup';
import { openDatabase, type Database } from '../src/connection/database';
import { SILENT_LOGGER } from '../src/logger';
import { migrateDatabase } from '../src/migrate/migrate-database';
import { seedDemoData } from '../src/seed/seed-demo-data';

/** Every table outside the system schemas, with its row count and a digest of its rows. */
async function tableContents(database: Database): Promise<Record<string, string>> {
  return database.withConnection(async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
       ORDER BY 1`,
    );
    const contents: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await c.query<{ rows: number; digest: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest
         FROM ${name} t`,
      );
      contents[name] = `${String(row?.rows)} ${row?.digest ?? '-'}`;
    }
    return contents;
  });
}

// The embedded database's backup (npm run db:backup / db:restore); a server uses pg_dump/pg_restore.
describe('embedded database backup and restore (PGlite data directory)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'linja-backup-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('restores a backup into a new data directory with every row of every table', async () => {
    const source = path.join(dir, 'source');
    const original = await openDatabase({ pgliteDataDir: source });
    let before: Record<string, string>;
    try {
      await migrateDatabase(original, SILENT_LOGGER);
      await seedDemoData(original.prisma, SILENT_LOGGER);
      before = await tableContents(original);
    } finally {
      await original.close();
    }
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public._prisma_migrations']).not.toMatch(/^0 /);
    expect(before['public.service']).not.toMatch(/^0 /);

    const file = path.join(dir, 'linja.tgz');
    const { bytes } = await backupEmbeddedDatabase(source, file);
    expect(bytes).toBeGreaterThan(0);

    const restoredDir = path.join(dir, 'restored');
    await restoreEmbeddedDatabase(file, restoredDir);
    const restored = await openDatabase({ pgliteDataDir: restoredDir });
    try {
      expect(await tableContents(restored)).toEqual(before);
      // The restored database is usable: the migrations are all applied, a write works.
      expect((await migrateDatabase(restored, SILENT_LOGGER)).applied).toEqual([]);
      await restored.withConnection((c) =>
        c.query(`UPDATE network SET name = name || ' (restored)' WHERE slug = 'perhelinja'`),
      );
    } finally {
      await restored.close();
    }
  });

  it('never restores over an existing database and refuses a file that is no backup', async () => {
    const occupied = path.join(dir, 'restored');
    expect(existsSync(path.join(occupied, 'PG_VERSION'))).toBe(true);
    await expect(restoreEmbeddedDatabase(path.join(dir, 'linja.tgz'), occupied)).rejects.toThrow(
      /is not empty/,
    );

    const garbage = path.join(dir, 'garbage.tgz');
    await writeFile(garbage, 'not a tarball');
    const target = path.join(dir, 'from-garbage');
    await expect(restoreEmbeddedDatabase(garbage, target)).rejects.toBeInstanceOf(BackupError);
    expect(existsSync(target)).toBe(false);
    await expect(backupEmbeddedDatabase(path.join(dir, 'nothing'), garbage)).rejects.toThrow(
      /No embedded database/,
    );
  });
});
