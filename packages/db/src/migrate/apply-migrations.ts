import { randomUUID } from 'node:crypto';

import { type SqlConnection } from '../connection/sql-connection.js';
import { type DbLogger } from '../logger.js';
import { MigrationError } from './migration-errors.js';
import { type MigrationFile } from './migration-files.js';

/** The advisory lock key `prisma migrate deploy` takes, so our runner and Prisma's never run at once. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** `_prisma_migrations` exactly as Prisma's schema engine creates it. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrationResult {
  /** Names of the migrations applied by this run, in order (empty when the database was up to date). */
  readonly applied: string[];
}

/**
 * Applies pending migrations the way `prisma migrate deploy` does, so a deployment that later runs the
 * real Prisma CLI accepts the database: same table, same rows, same checksums, same lock.
 *
 * One deliberate difference: each migration runs inside one transaction together with its bookkeeping
 * row. A failing migration therefore leaves the database exactly as it was (no half-applied objects and
 * no "failed" row that would block the next start with P3009), and the error stops start-up.
 */
export async function applyMigrations(
  connection: SqlConnection,
  migrations: readonly MigrationFile[],
  logger: DbLogger,
): Promise<MigrationResult> {
  await connection.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
  try {
    await ensureMigrationsTable(connection);
    const rows = await connection.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    refuseFailedMigrations(rows);
    const applied = new Map(
      rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]),
    );
    warnAboutHistoryMismatch(migrations, applied, logger);

    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      await applyOne(connection, migration);
      logger.info({ migration: migration.name }, 'migration applied');
    }
    return { applied: pending.map((migration) => migration.name) };
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
  }
}

async function ensureMigrationsTable(connection: SqlConnection): Promise<void> {
  const [exists] = await connection.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (exists?.present) return;
  const [tables] = await connection.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = current_schema()`,
  );
  if ((tables?.count ?? 0) > 0) {
    throw new MigrationError(
      'P3005',
      'The database schema is not empty and has no migration history (_prisma_migrations). ' +
        'Point DATABASE_URL at an empty database, or baseline it (https://pris.ly/d/migrate-baseline).',
    );
  }
  await connection.exec(CREATE_MIGRATIONS_TABLE);
}

function refuseFailedMigrations(rows: readonly MigrationRow[]): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(', ');
    throw new MigrationError(
      'P3009',
      `Failed migration(s) found in the target database: ${names}. New migrations cannot be applied ` +
        'before the failure is resolved (see `prisma migrate resolve`).',
    );
  }
}

function warnAboutHistoryMismatch(
  migrations: readonly MigrationFile[],
  applied: ReadonlyMap<string, MigrationRow>,
  logger: DbLogger,
): void {
  const onDisk = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const [name, row] of applied) {
    const file = onDisk.get(name);
    if (!file) {
      logger.warn(
        { migration: name },
        'migration applied to the database is missing from prisma/migrations',
      );
    } else if (file.checksum !== row.checksum) {
      logger.warn(
        { migration: name },
        'migration was edited after it was applied: migrations that have landed must never change',
      );
    }
  }
}

async function applyOne(connection: SqlConnection, migration: MigrationFile): Promise<void> {
  await connection.exec('BEGIN');
  try {
    const id = randomUUID();
    await connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await connection.exec(migration.sql);
    await connection.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await connection.exec('COMMIT');
  } catch (error) {
    await connection.exec('ROLLBACK');
    throw new MigrationError(
      'MIGRATION_FAILED',
      `Migration ${migration.name} failed and was rolled back; the database is unchanged. ` +
        `Cause: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
