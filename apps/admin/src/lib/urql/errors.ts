import type { CombinedError } from 'urql';

export type ApiErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

/** The API's `extensions.code` of the first GraphQL error, or NETWORK when the request failed. */
export function errorCode(error: CombinedError | undefined): ApiErrorCode | 'NETWORK' | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions.code;
  return typeof code === 'string' ? (code as ApiErrorCode) : null;
}

/** BAD_USER_INPUT's `extensions.field`, e.g. "content.name.fi". */
export function errorField(error: CombinedError | undefined): string | null {
  const field = error?.graphQLErrors.find((e) => e.extensions.code === 'BAD_USER_INPUT')?.extensions
    .field;
  return typeof field === 'string' ? field : null;
}

/** The first GraphQL error's message (English, from the API): for details under a translated text. */
export function errorMessage(error: CombinedError | undefined): string | null {
  return error?.graphQLErrors[0]?.message ?? error?.networkError?.message ?? null;
}

export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED');
}
