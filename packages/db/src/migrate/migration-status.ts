import { type SqlConnection } from '../connection/sql-connection.js';

/**
 * The migrations of `names` (the files in prisma/migrations) that the database has not finished
 * applying, in order: all of them when it has no `_prisma_migrations` table yet. Read-only, one
 * query; used by the API's readiness check.
 */
export async function pendingMigrations(
  connection: SqlConnection,
  names: readonly string[],
): Promise<string[]> {
  const [table] = await connection.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!table?.present) return [...names];
  const rows = await connection.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return names.filter((name) => !applied.has(name));
}
