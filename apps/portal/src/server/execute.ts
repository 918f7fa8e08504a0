import {
  formatDocument,
  stringifyDocument,
  type GraphQLRequest,
  type SerializedResult,
} from 'urql';

/** Runs one GraphQL operation as the page's reader would (the API's own executor, in process). */
export type Execute = (request: {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}) => Promise<{ data?: unknown; errors?: readonly unknown[] } | null>;

/**
 * One operation's answer in urql's serialized form (what lib/client.ts reads from the HTML), sent as
 * the browser's client would send it (its document cache adds __typename fields). Null when it
 * fails or answers with errors: the browser then asks it itself.
 */
export async function answerOperation(
  request: Pick<GraphQLRequest<unknown>, 'query' | 'variables'>,
  execute: Execute,
): Promise<SerializedResult | null> {
  const result = await execute({
    query: stringifyDocument(formatDocument(request.query)),
    variables: request.variables ?? {},
  }).catch(() => null);
  if (!result || result.errors?.length || result.data == null) return null;
  return { data: JSON.stringify(result.data), hasNext: false };
}
