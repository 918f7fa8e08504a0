import {
  type ApolloServerPlugin,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLRequestListener,
} from '@apollo/server';

import { type GraphQLContext } from '../graphql/graphql-context';
import { type MetricsRegistry } from './metrics.registry';

/** Distinct operation names a process labels; any further name counts as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * Per GraphQL operation name: requests (by outcome) and latency, and errors by their
 * `extensions.code`. Operation names come from clients, so a process labels at most
 * MAX_OPERATION_NAMES of them (a client inventing names cannot grow the metrics without bound);
 * an operation without a name is `anonymous`, a request that never parsed `invalid`.
 */
export function createGraphQLMetricsPlugin(
  metrics: MetricsRegistry,
): ApolloServerPlugin<GraphQLContext> {
  const requests = metrics.counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name, type and outcome (ok: no errors).',
    labelNames: ['operation', 'type', 'outcome'],
  });
  const duration = metrics.histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name, from parsing to the response.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const errors = metrics.counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by operation name and extensions.code.',
    labelNames: ['operation', 'code'],
  });
  const names = new Set<string>();

  const operationLabel = (context: GraphQLRequestContextWillSendResponse<GraphQLContext>) => {
    if (!context.operation) return 'invalid';
    const name = context.operation.name?.value;
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };

  return {
    requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
      const stopTimer = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse(context): Promise<void> {
          const operation = operationLabel(context);
          const { body } = context.response;
          const found = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          requests.inc({
            operation,
            type: context.operation?.operation ?? 'none',
            outcome: found.length > 0 ? 'error' : 'ok',
          });
          duration.observe(
            { operation },
            Number(process.hrtime.bigint() - stopTimer) / 1_000_000_000,
          );
          for (const error of found) {
            const code = error.extensions?.code;
            errors.inc({
              operation,
              code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER',
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
