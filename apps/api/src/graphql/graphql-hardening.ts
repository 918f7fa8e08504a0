import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { clipForLog } from '../common/text/clip';
import { type AppConfig } from '../config/app-config';
import { type GraphQLContext } from './graphql-context';
import {
  assertInputLimitCoordinates,
  DEFAULT_INPUT_LIMITS,
  enforceInputLimits,
  type InputLimits,
} from './input-limits';
import { enforceOperationLimits, MAX_QUERY_TOKENS, type OperationLimits } from './operation-limits';

/**
 * Refuses, before execution (and before any resolver or database call), operations that are too
 * deep, too costly or too batched, then operations whose arguments break the input limits (too long
 * a string or list, a NUL or an unpaired surrogate: input-limits.ts). The refusal is logged at info
 * level as a decision (code, operation name, figures or the field), never with the query text or
 * variables: an expected refusal is not an error.
 */
export function createOperationLimitsPlugin(
  limits: OperationLimits,
  inputLimits: InputLimits = DEFAULT_INPUT_LIMITS,
): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('GraphQL');
  return {
    serverWillStart: ({ schema }) => {
      assertInputLimitCoordinates(schema, inputLimits);
      return Promise.resolve();
    },
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, operation, operationName, document, request }) =>
          new Promise<void>((resolve) => {
            // No operation to run (e.g. a missing operationName): execution reports that itself.
            if (operation) {
              try {
                enforceOperationLimits(limits, schema, operation, document, request.variables);
                enforceInputLimits(inputLimits, schema, operation, document, request.variables);
              } catch (error) {
                if (error instanceof GraphQLError) {
                  logger.log({
                    msg: 'operation refused',
                    code: error.extensions.code,
                    operationName:
                      typeof operationName === 'string' ? clipForLog(operationName) : null,
                    limit: error.extensions.limit,
                    actual: error.extensions.actual,
                    field: error.extensions.field,
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
 * - a parser token cap, then depth, alias and cost limits per operation (operation-limits.ts), then
 *   the length and characters of every argument (input-limits.ts);
 * - `Cache-Control: no-store` on every answer (noStorePlugin).
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
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      createOperationLimitsPlugin({
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxCost: env.GRAPHQL_MAX_COST,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
      }),
    ],
  };
}

/**
 * `Cache-Control: no-store` on every GraphQL answer (one may carry a signed-in person's data; the
 * public search answers are cached in the API, not by browsers or proxies). Apollo's cache-control
 * plugin, which answered the same for lack of cache hints, is disabled: it wrapped every field's
 * resolver to collect hints that no type or field declares (~4 % of the API's CPU per search).
 */
export function noStorePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (!response.http.headers.has('cache-control')) {
            response.http.headers.set('cache-control', 'no-store');
          }
          return Promise.resolve();
        },
      }),
  };
}
