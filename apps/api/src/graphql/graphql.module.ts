import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { createLoaders } from '../loaders/loaders';
import { createGraphQLMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { MetricsRegistry } from '../metrics/metrics.registry';
import { createPublicSearchCachePlugin } from '../service-search/cache/public-search-cache.plugin';
import { readSearchGeneration } from '../service-search/cache/search-generation';
import { formatGraphQLError } from './format-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { hardenedApolloOptions } from './graphql-hardening';
import { type GraphQLContext } from './graphql-context';

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, PrismaClient, MetricsRegistry],
      useFactory: (config: AppConfig, prisma: PrismaClient, metrics: MetricsRegistry) => {
        const hardened = hardenedApolloOptions(config);
        const searchCache =
          config.env.SEARCH_CACHE_TTL_SECONDS > 0
            ? [
                createPublicSearchCachePlugin({
                  ttlSeconds: config.env.SEARCH_CACHE_TTL_SECONDS,
                  maxEntries: config.env.SEARCH_CACHE_MAX_ENTRIES,
                  generation: (networkSlugs) => readSearchGeneration(prisma, networkSlugs),
                }),
              ]
            : [];
        return {
          path: '/graphql',
          // The schema is built in memory at start-up; the committed apps/api/schema.graphql is written by
          // `npm run schema:generate -w @linja/api` and kept in step by a test.
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // Introspection, stack traces, CSRF prevention, batching, depth/alias/cost limits.
          ...hardened,
          // Anonymous searchServices responses, reused while the catalogue is unchanged.
          // Requests, latency and errors per operation for GET /metrics.
          plugins: [
            ...(hardened.plugins ?? []),
            ...searchCache,
            createGraphQLMetricsPlugin(metrics),
          ],
          context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => {
            // The actor was resolved once per request by identity/actor.middleware.ts.
            return {
              req,
              res,
              actor: req.actor ?? ANONYMOUS,
              loaders: createLoaders(prisma),
              searchGenerations: new Map(),
            };
          },
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, config.isProduction),
          // Keep the status an error asks for (`extensions.http`) when resolvers ran: Nest would
          // reset it to 200, and a database outage must answer 503 with Retry-After
          // (serviceUnavailableError). No other error of ours sets a status during execution.
          preserveHttpStatusForExecutionErrors: false,
        };
      },
    }),
  ],
  // How resolver exceptions are logged, and database outages turned into SERVICE_UNAVAILABLE.
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class GraphQLModule {}
