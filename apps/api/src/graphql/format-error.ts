import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { DomainError } from '../common/errors/domain-error';

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

/**
 * Maps every error leaving the API to one vocabulary in `extensions.code`. Domain errors keep their
 * message and safe details; GraphQL validation errors keep Apollo's codes; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with a generic message in production (it is logged by the caller).
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
      message: isProduction ? 'Internal server error' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
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
