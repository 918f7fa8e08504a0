import { mkdtemp, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { openDatabase, type Database } from '../src/connection/database';
import { MigrationError } from '../src/migrate/migration-errors';
import { migrateDatabase } from '../src/migrate/migrate-database';
import { readMigrationFiles } from '../src/migrate/migration-files';
import { DEFAULT_MIGRATIONS_DIR } from '../src/paths';
import { SILENT_LOGGER } from '../src/logger';
import { createTestDatabase, type TestDatabaseTarget } from '../src/testing/test-database';

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

async function tableNames(database: Database): Promise<string[]> {
  const rows = await database.withConnection((c) =>
    c.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    ),
  );
  return rows.map((row) => row.table_name);
}

async function migrationRows(database: Database): Promise<MigrationRow[]> {
  return database.withConnection((c) =>
    c.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name'),
  );
}

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  let target: TestDatabaseTarget;
  let database: Database;

  beforeEach(async () => {
    target = await createTestDatabase();
    database = await openDatabase(target);
  });

  afterEach(async () => {
    await database.close();
    await target.drop();
  });

  it('applies every migration to an empty database and records them as prisma migrate deploy does', async () => {
    const files = await readMigrationFiles(DEFAULT_MIGRATIONS_DIR);
    const result = await migrateDatabase(database, SILENT_LOGGER);

    expect(result.applied).toEqual(files.map((file) => file.name));
    expect(await tableNames(database)).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'network']),
    );
    const rows = await migrationRows(database);
    expect(rows).toHaveLength(files.length);
    for (const [index, row] of rows.entries()) {
      expect(row).toMatchObject({
        migration_name: files[index]!.name,
        checksum: files[index]!.checksum,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('is a no-op the second time', async () => {
    await migrateDatabase(database, SILENT_LOGGER);
    const before = await migrationRows(database);

    const second = await migrateDatabase(database, SILENT_LOGGER);

    expect(second.applied).toEqual([]);
    expect(await migrationRows(database)).toEqual(before);
  });

  it('rolls back a failing migration completely and reports it, leaving the database as it was', async () => {
    await migrateDatabase(database, SILENT_LOGGER);
    const tablesBefore = await tableNames(database);
    const rowsBefore = await migrationRows(database);
    const dir = await copyMigrationsWith('29991231235959_broken', [
      'CREATE TABLE "half_done" ("id" INTEGER);',
      'ALTER TABLE "does_not_exist" ADD COLUMN "x" INTEGER;',
    ]);

    const attempt = migrateDatabase(database, SILENT_LOGGER, dir);

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(
      /Migration 29991231235959_broken failed and was rolled back; the database is unchanged.*does_not_exist/,
    );
    expect(await tableNames(database)).toEqual(tablesBefore);
    expect(await migrationRows(database)).toEqual(rowsBefore);
  });

  it('refuses a non-empty database without migration history (P3005)', async () => {
    await database.withConnection((c) => c.exec('CREATE TABLE "someone_elses" ("id" INTEGER);'));

    await expect(migrateDatabase(database, SILENT_LOGGER)).rejects.toMatchObject({ code: 'P3005' });
    expect(await tableNames(database)).toEqual(['someone_elses']);
  });

  it('refuses to continue past a migration that Prisma recorded as failed (P3009)', async () => {
    await migrateDatabase(database, SILENT_LOGGER);
    await database.withConnection((c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`,
        ['00000000-0000-4000-8000-000000000000', 'x'.repeat(64), '20000101000000_failed_elsewhere'],
      ),
    );

    await expect(migrateDatabase(database, SILENT_LOGGER)).rejects.toMatchObject({ code: 'P3009' });
  });
});

async function copyMigrationsWith(name: string, statements: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linja-migrations-'));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, 'migration.sql'), statements.join('\n'));
  return dir;
}
