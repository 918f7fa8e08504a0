import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One migration as Prisma Migrate sees it: the directory name is its name. */
export interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  /** Lowercase hex SHA-256 of `migration.sql` as read (what `sha256sum` prints), as Prisma records it. */
  readonly checksum: string;
}

const MIGRATION_DIR_NAME = /^\d{14}_[a-z0-9_]+$/;

/** Reads `<dir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` in the order Prisma applies them (sorted by name). */
export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const malformed = names.filter((name) => !MIGRATION_DIR_NAME.test(name));
  if (malformed.length > 0) {
    throw new Error(
      `Malformed migration directory name(s) in ${migrationsDir}: ${malformed.join(', ')}. ` +
        'Expected <UTC YYYYMMDDHHMMSS>_<lowercase_snake_name>.',
    );
  }
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql, 'utf8').digest('hex') };
    }),
  );
}
