import { type Database } from '../connection/database.js';
import { type DbLogger } from '../logger.js';
import { DEFAULT_MIGRATIONS_DIR } from '../paths.js';
import { applyMigrations, type MigrationResult } from './apply-migrations.js';
import { readMigrationFiles } from './migration-files.js';

/** Reads `prisma/migrations` and applies what is pending, on one dedicated session of `database`. */
export async function migrateDatabase(
  database: Database,
  logger: DbLogger,
  migrationsDir: string = DEFAULT_MIGRATIONS_DIR,
): Promise<MigrationResult> {
  const migrations = await readMigrationFiles(migrationsDir);
  const result = await database.withConnection((connection) =>
    applyMigrations(connection, migrations, logger),
  );
  logger.info(
    { applied: result.applied.length, total: migrations.length, mode: database.mode },
    result.applied.length > 0 ? 'database migrated' : 'database schema up to date',
  );
  return result;
}
