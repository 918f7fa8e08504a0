/** Runs one GraphQL operation as the page's reader would (the API's own executor, in process). */
export type Execute = (request: {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}) => Promise<{ data?: unknown; errors?: readonly unknown[] } | null>;
