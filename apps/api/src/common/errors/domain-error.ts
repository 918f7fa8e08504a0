/**
 * The API's error vocabulary. Services throw a `DomainError`; the GraphQL error formatter maps `code`
 * to `extensions.code` once, for every operation (see graphql/format-error.ts).
 */
export type DomainErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Safe, client-facing details, e.g. `{ field: 'first' }` for BAD_USER_INPUT. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}
