import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { type Request, type Response } from 'express';

import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from './format-error';

/** The request context every resolver receives; auth and per-request DataLoaders join it later. */
export interface GraphQLContext {
  req: Request;
  res: Response;
}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        path: '/graphql',
        // The schema is built in memory at start-up; the committed apps/api/schema.graphql is written by
        // `npm run schema:generate -w @linja/api` and kept in step by a test.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: !config.isProduction,
        includeStacktraceInErrorResponses: false,
        context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
        formatError: (formatted, error) =>
          formatGraphQLError(formatted, error, config.isProduction),
      }),
    }),
  ],
})
export class GraphQLModule {}
