import { formatEnvIssues, ZDatabaseEnv } from '@linja/db';
import { z } from 'zod';

const ZBooleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * Every environment variable the API reads, validated once at start-up. A bad value stops start-up
 * with a message naming the variable. Features read the typed `AppConfig`, never `process.env`.
 */
export const ZEnv = ZDatabaseEnv.extend({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /** Apply pending migrations at start-up (default). Off: run `npm run db:migrate` yourself. */
  DB_MIGRATE_ON_START: ZBooleanString.default(true),
  /** Insert the demo data at start-up. Defaults to on, except in production. */
  SEED_DEMO_DATA: ZBooleanString.optional(),
  /**
   * Development sign-in: honour the X-Linja-Dev-Actor header (auth/dev-actor.ts). Defaults to on outside
   * production and cannot be turned on in production.
   */
  DEV_AUTH: ZBooleanString.optional(),
})
  .refine((env) => !(env.NODE_ENV === 'production' && env.DEV_AUTH === true), {
    message: 'must not be true in production',
    path: ['DEV_AUTH'],
  })
  .transform((env) => ({
    ...env,
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? env.NODE_ENV !== 'production',
    DEV_AUTH: env.DEV_AUTH ?? env.NODE_ENV !== 'production',
  }));

export type TEnv = z.infer<typeof ZEnv>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly issues: string) {
    super(`Invalid environment configuration:\n${issues}`);
    this.name = 'InvalidEnvironmentError';
  }
}

export function parseEnv(source: NodeJS.ProcessEnv): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) throw new InvalidEnvironmentError(formatEnvIssues(result.error));
  return result.data;
}
