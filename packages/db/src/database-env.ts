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
});

export type TDatabaseEnv = z.infer<typeof ZDatabaseEnv>;

/** Formats zod issues as `NAME: message` lines, so a bad value names its variable. */
export function formatEnvIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}
