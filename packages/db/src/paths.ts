import path from 'node:path';

/** The repository root, found from this file whether it runs from `src/` (tests) or `dist/` (built). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Prisma's standard migrations directory: `prisma/migrations/<timestamp>_<name>/migration.sql`. */
export const DEFAULT_MIGRATIONS_DIR = path.join(REPO_ROOT, 'prisma', 'migrations');
