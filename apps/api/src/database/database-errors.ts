/**
 * Is this error the database being unreachable (down, restarting, refusing or dropping connections,
 * the pool out of time), rather than a problem with the request? The API answers such errors with
 * SERVICE_UNAVAILABLE, HTTP 503 and Retry-After, wherever they surface: the session lookup before
 * GraphQL (identity/actor.middleware.ts) or a resolver's query (graphql/graphql-exception.filter.ts).
 *
 * The error is recognised through its chain (`cause`, Prisma's `meta.driverAdapterError`), by:
 * Prisma's connection codes; the driver adapters' error kinds; Node's socket error codes; PostgreSQL's
 * connection SQLSTATEs (class 08, shutdown 57P01–57P03, too many connections 53300); and, for
 * errors without a code, the messages of `pg` and PGlite.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 10) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableLink(current)) return true;
    const { cause, meta, originalError } = current as {
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      originalError?: unknown;
    };
    pending.push(cause, meta?.driverAdapterError, originalError);
  }
  return false;
}

/** Seconds a client is asked to wait (Retry-After) before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** P1001 can't reach, P1002 timed out reaching, P1008 timed out, P1017 closed, P2024 pool timeout, P2037 too many connections. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
/** `kind` of a Prisma driver adapter error. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = [
  /^Connection terminated/, // pg: the server went away, or the connection timed out
  /^timeout exceeded when trying to connect/, // pg pool: no connection within connectionTimeoutMillis
  /is not queryable/, // pg: a client that already lost its connection
  /^Cannot use a pool after calling end on the pool/,
  /^PGlite is closed/,
];

function isUnavailableLink(link: object): boolean {
  const { code, kind, originalCode, message } = link as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
  };
  for (const value of [code, originalCode]) {
    if (typeof value !== 'string') continue;
    if (PRISMA_CODES.has(value) || SOCKET_CODES.has(value) || POSTGRES_CODES.has(value))
      return true;
    if (/^08[0-9A-Z]{3}$/.test(value)) return true;
  }
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}
