import { clipText, LOG_MAX_CHARS } from '../text/clip';

/** Longest message a DomainError carries (longer ones are clipped, see clipText). */
const MAX_MESSAGE_CHARS = 500;

/** Details as sent to the client, with every text value clipped: no detail echoes a huge input. */
function clippedDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      typeof value === 'string' ? clipText(value, LOG_MAX_CHARS) : value,
    ]),
  );
}

/**
 * The API's error vocabulary. Services throw a `DomainError`; the GraphQL error formatter maps `code`
 * to `extensions.code` once, for every operation (see graphql/format-error.ts).
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  /** A search ran past its statement timeout and was cut off (nothing else happened). */
  | 'SEARCH_TIMEOUT'
  /** More searches are waiting than the API lets queue for the database; try again shortly. */
  | 'SEARCH_BUSY';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Safe, client-facing details, e.g. `{ field: 'first' }` for BAD_USER_INPUT. */
    readonly details: Record<string, unknown> = {},
  ) {
    // A message or detail may quote what the client sent (an id, a slug): never at any length.
    super(clipText(message, MAX_MESSAGE_CHARS));
    this.name = 'DomainError';
    this.details = clippedDetails(details);
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}
