import { DomainError } from '../../common/errors/domain-error';

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout (or a cancel request). */
const QUERY_CANCELED = '57014';

/**
 * Is this error PostgreSQL cancelling a statement (statement_timeout)? Looked for through the error's
 * chain as Prisma and its driver adapters wrap it (`cause`, `meta.driverAdapterError`, the adapter's
 * `originalCode`, Prisma's raw-query `meta.code`).
 */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 10) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const link = current as {
      code?: unknown;
      originalCode?: unknown;
      cause?: unknown;
      meta?: { code?: unknown; driverAdapterError?: unknown };
      originalError?: unknown;
    };
    if ([link.code, link.originalCode, link.meta?.code].includes(QUERY_CANCELED)) return true;
    pending.push(link.cause, link.meta?.driverAdapterError, link.originalError);
  }
  return false;
}

/** The typed error a search cut off by its statement timeout answers with. */
export function searchTimeoutError(timeoutMs: number): DomainError {
  return new DomainError(
    'SEARCH_TIMEOUT',
    'The search took too long and was stopped. Try fewer or more specific words.',
    { timeoutMs },
  );
}
