import { type ApolloServerPlugin } from '@apollo/server';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { type AppConfig } from '../config/app-config';
import { type GraphQLContext } from './graphql-context';
import { enforceOperationLimits, MAX_QUERY_TOKENS, type OperationLimits } from './operation-limits';

/**
 * Refuses, before execution (and before any resolver or database call), operations that are too
 * deep, too costly or too batched. The refusal is logged as a decision (code, operation name,
 * figures), never with the query text or variables.
 */
export function createOperationLimitsPlugin(
  limits: OperationLimits,
): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('GraphQL');
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, operation, operationName, document, request }) =>
          new Promise<void>((resolve) => {
            // No operation to run (e.g. a missing operationName): execution reports that itself.
            if (operation) {
              try {
                enforceOperationLimits(limits, schema, operation, document, request.variables);
              } catch (error) {
                if (error instanceof GraphQLError) {
                  logger.warn({
                    msg: 'operation refused',
                    code: error.extensions.code,
                    operationName,
                    limit: error.extensions.limit,
                    actual: error.extensions.actual,
                  });
                }
                throw error;
              }
            }
            resolve();
          }),
      }),
  };
}

type HardenedApolloOptions = Pick<
  ApolloDriverConfig,
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'includeStacktraceInErrorResponses'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'parseOptions'
  | 'plugins'
>;

/**
 * The Apollo options that make /graphql safe to face the internet:
 * - introspection only where GRAPHQL_INTROSPECTION allows it (default: not in production), and
 *   without it no "Did you mean …?" schema hints in validation errors either;
 * - never a stack trace (production messages are made generic by format-error.ts);
 * - CSRF prevention: a GET or a "simple" POST (text/plain, form) must carry a header that forces a
 *   CORS preflight, so another site cannot make a signed-in browser run an operation;
 * - no batched HTTP requests (one operation per request, so the limits below hold per request);
 * - a parser token cap, then depth, alias and cost limits per operation (operation-limits.ts).
 */
export function hardenedApolloOptions(config: AppConfig): HardenedApolloOptions {
  const { env } = config;
  return {
    introspection: env.GRAPHQL_INTROSPECTION,
    hideSchemaDetailsFromClientErrors: !env.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      createOperationLimitsPlugin({
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxCost: env.GRAPHQL_MAX_COST,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
      }),
    ],
  };
}
