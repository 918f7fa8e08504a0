import { isIP } from 'node:net';

import { formatEnvIssues, ZDatabaseEnv } from '@linja/db';
import { z } from 'zod';

import { defaultSearchConcurrency } from '../service-search/limits/search-gate';
import {
  DEVELOPMENT_REFERRAL_KEY,
  parseReferralKeys,
  type ReferralKey,
} from '../referrals/crypto/referral-keys';

const ZBooleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Express's names for address ranges, accepted in TRUST_PROXY next to addresses and subnets. */
const TRUST_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** `10.0.0.5`, `10.0.0.0/8`, `fd00::/8` or one of Express's range names. */
function isProxyAddress(entry: string): boolean {
  if (TRUST_PROXY_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which reverse proxies in front of the API Express believes about the client's address
 * (X-Forwarded-For), i.e. Express's `trust proxy` setting: `false` (none: the client is the socket's
 * peer), a hop count (1 = the nearest proxy), or a comma-separated list of proxy addresses, subnets
 * and range names. `true` (believe any hop) is refused: every client could then pick its own
 * address and its own rate limits.
 */
const ZTrustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((value, context): false | number | string[] => {
    if (value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    if (value !== 'true' && entries.every(isProxyAddress)) return entries;
    context.addIssue({
      code: 'custom',
      message:
        'must be false, a hop count (1–10), or a comma-separated list of proxy addresses or subnets (10.0.0.0/8, loopback, …)',
    });
    return z.NEVER;
  });

/**
 * Every environment variable the API reads, validated once at start-up. A bad value stops start-up
 * with a message naming the variable. Features read the typed `AppConfig`, never `process.env`.
 */
export const ZEnv = ZDatabaseEnv.extend({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on: loopback only unless set (HOST=0.0.0.0 behind a reverse proxy). */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Express's `trust proxy`: whose X-Forwarded-For decides request.ip (rate limits, sessions). */
  TRUST_PROXY: ZTrustProxy,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /** Largest JSON or form request body; bigger ones get 413 before anything reads them. */
  REQUEST_BODY_LIMIT: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[1-9]\d*(b|kb|mb)$/, 'must be a size like 1mb, 512kb or 65536b')
    .default('1mb'),
  /** GraphQL: deepest field nesting an operation may have (a root field is depth 1). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  /** GraphQL: highest estimated cost (1 a field, a page of `first` items costs `first` times one). */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  /** GraphQL: most aliased fields in one operation (aliases batch e.g. guesses into one request). */
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  /** GraphQL schema introspection. Defaults to on, except in production. */
  GRAPHQL_INTROSPECTION: ZBooleanString.optional(),
  /** Apply pending migrations at start-up (default). Off: run `npm run db:migrate` yourself. */
  DB_MIGRATE_ON_START: ZBooleanString.default(true),
  /** Insert the demo data at start-up. Defaults to on, except in production. */
  SEED_DEMO_DATA: ZBooleanString.optional(),
  /**
   * Development sign-in: honour the X-Linja-Dev-Actor header (auth/dev-actor.ts), and only from a
   * loopback peer (identity/actor.middleware.ts). Off unless set to true explicitly (`npm run dev` and
   * the test helper do); refused in production.
   */
  DEV_AUTH: ZBooleanString.default(false),
  /** Absolute lifetime of a browser session. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Sign-in attempts per minute from one address for one email. */
  SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /**
   * Failed credential checks per hour from one address, whatever the emails (password spraying: one
   * password tried on many accounts). A success gives its point back.
   */
  SIGN_IN_FAILURES_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Password reset requests (and resets) per 15 minutes from one address, and for one email. */
  PASSWORD_RESET_RATE_LIMIT_PER_15_MINUTES: z.coerce.number().int().min(1).max(10_000).default(5),
  /**
   * Public search response cache (service-search/cache): how long an anonymous searchServices response
   * — and any search's computed ranking, for its next pages — may be reused while the catalogue is
   * unchanged (any change makes it unusable at once). 0 turns both off. The time bound covers what changes with the clock alone (a service hidden when its
   * check is overdue).
   */
  SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * Most matching services one search reads (its bounded work; see ARCHITECTURE.md "Search"): beyond
   * it totalCount is a lower bound and the facets count these.
   */
  SEARCH_MATCH_WINDOW: z.coerce.number().int().min(5).max(100_000).default(1000),
  /** A search statement running longer is cancelled and answered with SEARCH_TIMEOUT. */
  SEARCH_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(3000),
  /**
   * Searches using the database at once (by default this host's cores, at least 2:
   * defaultSearchConcurrency); on a PostgreSQL server also the size of the searches' own pool (the
   * application's pool stays free for everything else).
   */
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(defaultSearchConcurrency),
  /** Searches that may wait for a turn; more get SEARCH_BUSY at once. */
  SEARCH_QUEUE: z.coerce.number().int().min(0).max(100_000).default(500),
  /** Most responses the public search cache keeps (least recently used go first). */
  SEARCH_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  /** GraphQL requests per minute from one address (public searches included). */
  GRAPHQL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /**
   * Outgoing mail server, e.g. `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`.
   * Secret (it may hold a password): never logged. Unset: mail is written to the log instead, in
   * development and tests with the links in it; in production nothing is logged but a warning.
   */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL (or unset)')
        .optional(),
    ),
  /** Sender of the mails Linja sends. */
  MAIL_FROM: z.string().trim().min(3).default('Linja <no-reply@linja.example>'),
  /** The address people reach Linja at; mailed links (invitations, password resets) start with it. */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('http://localhost:4000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** How long an invitation link can be used. */
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /**
   * Background work (jobs/): `on` (default) runs the job workers and schedules inside this API
   * process; `off` only queues jobs, for installations that run `npm run worker` separately.
   */
  WORKERS: z.enum(['on', 'off']).default('on'),
  /**
   * How often an idle worker of a queue that takes jobs on demand asks it for its next job (a
   * scheduled queue's worker asks every JOBS_CRON_CHECK_SECONDS: jobs/queue.service.ts).
   */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** How often a worker process checks whether a schedule (daily, weekly) is due. */
  JOBS_CRON_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
  /** First wait before a refused mail is tried again; each further attempt waits about twice as long. */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Attempts after the first before a mail counts as failed (and shows in the admin's queue view). */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(30).default(12),
  /**
   * Days a sent or failed mail keeps its recipient's address in the outbox; then the address (and any
   * parameters and error left) is erased by the daily `mail.prune` job. The row stays for its dedupe key.
   */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long a password reset link can be used. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /**
   * GET /metrics (Prometheus) needs `Authorization: Bearer <METRICS_TOKEN>` when set (at least 32
   * characters; a secret, never logged). Without it and without METRICS_PORT, /metrics answers only
   * loopback callers outside production, and 404 in production (metrics/metrics-access.ts).
   */
  METRICS_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.string().min(32, 'must be at least 32 characters (or unset)').optional()),
  /** Serve /metrics on this port instead (not on PORT), e.g. one only the monitoring network reaches. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Interface of METRICS_PORT: loopback unless set. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Keys of the referrals' field encryption (referrals/crypto): comma-separated
   * `<keyId>:<base64 of 32 random bytes>`, newest first; the first encrypts, all decrypt. Secret: never
   * logged. Required in production; elsewhere unset means a fixed development key (not secret).
   */
  REFERRAL_KEYS: z
    .string()
    .trim()
    .optional()
    .transform((value, context): ReferralKey[] | undefined => {
      if (value === undefined || value === '') return undefined;
      try {
        return parseReferralKeys(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
})
  .refine((env) => !(env.NODE_ENV === 'production' && env.DEV_AUTH), {
    message: 'must not be true in production',
    path: ['DEV_AUTH'],
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.REFERRAL_KEYS === undefined), {
    message: 'is required in production (see README, "Referral keys")',
    path: ['REFERRAL_KEYS'],
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.PGLITE_TEMPLATE !== undefined), {
    message: 'is for tests only (an in-memory database started from a dumped cluster)',
    path: ['PGLITE_TEMPLATE'],
  })
  .refine((env) => env.METRICS_PORT === undefined || env.METRICS_PORT !== env.PORT, {
    message: 'must differ from PORT',
    path: ['METRICS_PORT'],
  })
  .transform((env) => ({
    ...env,
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? env.NODE_ENV !== 'production',
    GRAPHQL_INTROSPECTION: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
    REFERRAL_KEYS: env.REFERRAL_KEYS ?? [DEVELOPMENT_REFERRAL_KEY],
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
