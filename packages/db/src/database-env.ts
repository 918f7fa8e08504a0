import path from 'node:path';

import { z } from 'zod';

import { REPO_ROOT } from './paths.js';

/**
 * The database settings, validated. Shared by the API's environment schema and the db CLI scripts so
 * both read the same variables the same way.
 */
export const ZDatabaseEnv = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL (or unset for embedded PGlite)')
        .optional(),
    ),
  PGLITE_DATA_DIR: z
    .string()
    .trim()
    .min(1)
    .default('.data/pglite')
    .transform((dir) => (dir.startsWith('memory://') ? dir : path.resolve(REPO_ROOT, dir))),
  /**
   * A dump of an empty PGlite cluster (`PGlite.dumpDataDir`) that an in-memory database starts from
   * instead of running initdb (about 5 s on a 2-core machine): the test runner writes one per run.
   * Ignored for a data directory on disk and for a server.
   */
  PGLITE_TEMPLATE: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
});

export type TDatabaseEnv = z.infer<typeof ZDatabaseEnv>;

/** Formats zod issues as `NAME: message` lines, so a bad value names its variable. */
export function formatEnvIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}
