import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { DomainError } from '../common/errors/domain-error';
import { clipText } from '../common/text/clip';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-errors';

/**
 * Codes for operations refused before execution because they are too deep, too costly or too
 * batched (operation-limits.ts). Their only details are `limit` and `actual`.
 */
export const OPERATION_LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
] as const;
export type OperationLimitCode = (typeof OPERATION_LIMIT_CODES)[number];

/** Codes for HTTP requests refused before GraphQL reads them (create-app.ts): body too large or unreadable. */
export type RequestErrorCode = 'PAYLOAD_TOO_LARGE' | 'BAD_REQUEST';

function isOperationLimitCode(code: unknown): code is OperationLimitCode {
  return OPERATION_LIMIT_CODES.includes(code as OperationLimitCode);
}

/** The database cannot be reached: the request did nothing and may be sent again later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
const SERVICE_UNAVAILABLE_MESSAGE = 'Linja is temporarily unavailable; try again in a moment.';

/** The GraphQL error for a database outage: HTTP 503 with Retry-After (Apollo applies `http`). */
export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      http: {
        status: 503,
        headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}

/** The same answer outside GraphQL (the session lookup before it, identity/actor.middleware.ts). */
export function serviceUnavailableResponse(): FormattedRequestError & {
  headers: Record<string, string>;
} {
  return {
    status: 503,
    headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    body: {
      errors: [
        {
          message: SERVICE_UNAVAILABLE_MESSAGE,
          extensions: {
            code: SERVICE_UNAVAILABLE,
            retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
          },
        },
      ],
    },
  };
}

/** The body of a request that failed unexpectedly before GraphQL ran (nothing about the cause). */
export function internalErrorResponseBody(): FormattedRequestError['body'] {
  return {
    errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  };
}

/** Longest message an error response carries (graphql-js quotes invalid variable values whole). */
const MAX_MESSAGE_CHARS = 1000;

/**
 * What development responses say about an unexpected error: Prisma's messages quote the call, its
 * arguments and the source file, so only the error class and code; others their first line, clipped.
 * The full error is in the server log.
 */
function developmentMessage(thrown: unknown, fallback: string): string {
  const error =
    thrown instanceof GraphQLError && thrown.originalError ? thrown.originalError : thrown;
  if (!(error instanceof Error)) return clipText(fallback.split('\n')[0] ?? '', 200);
  const { code } = error as { code?: unknown };
  if (error.name.startsWith('Prisma') || error.name === 'DriverAdapterError') {
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''} (details in the server log)`;
  }
  const firstLine = error.message.split('\n').find((line) => line.trim() !== '') ?? error.name;
  return clipText(firstLine.trim(), 200);
}

/**
 * Maps every error leaving the API to one vocabulary in `extensions.code`. Domain errors keep their
 * message and safe details; an unreachable database is SERVICE_UNAVAILABLE; GraphQL validation errors
 * keep Apollo's codes; anything unexpected becomes INTERNAL_SERVER_ERROR with a generic message in
 * production and a short one in development (it is logged by graphql-exception.filter.ts). No message
 * is longer than 1000 characters, whatever input it quotes.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  isProduction: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  if (code === SERVICE_UNAVAILABLE || isDatabaseUnavailable(original)) {
    return serviceUnavailableResponse().body.errors[0] as GraphQLFormattedError;
  }
  if (isOperationLimitCode(code)) {
    return {
      message: formatted.message,
      extensions: {
        code,
        limit: formatted.extensions?.limit,
        actual: formatted.extensions?.actual,
      },
    };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return {
      message: isProduction
        ? 'Internal server error'
        : developmentMessage(original, formatted.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: clipText(formatted.message, MAX_MESSAGE_CHARS), extensions };
}

export interface FormattedRequestError {
  readonly status: number;
  readonly body: { errors: GraphQLFormattedError[] };
}

/** What Express's body parsers throw (http-errors): a 4xx `status` and a `type` like `entity.too.large`. */
function isBodyParserError(error: unknown): error is { status: number; type: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { status, type } = error as { status?: unknown; type?: unknown };
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Maps an error of the JSON/form body parsers to a GraphQL-shaped JSON response, never echoing the
 * body back (parse errors quote it) and never with a stack; anything else is not a request error
 * (undefined: the caller passes it on).
 */
export function formatRequestError(
  error: unknown,
  bodyLimit: string,
): FormattedRequestError | undefined {
  if (!isBodyParserError(error)) return undefined;
  const [message, code]: [string, RequestErrorCode] =
    error.status === 413
      ? [`Request body exceeds the limit of ${bodyLimit}`, 'PAYLOAD_TOO_LARGE']
      : ['Malformed request body', 'BAD_REQUEST'];
  return { status: error.status, body: { errors: [{ message, extensions: { code } }] } };
}
