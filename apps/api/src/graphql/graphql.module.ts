import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { DEV_ACTOR_HEADER, parseDevActor } from '../auth/dev-actor';
import { AppConfig } from '../config/app-config';
import { createLoaders } from '../loaders/loaders';
import { formatGraphQLError } from './format-error';
import { type GraphQLContext } from './graphql-context';

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, PrismaClient],
      useFactory: (config: AppConfig, prisma: PrismaClient) => ({
        path: '/graphql',
        // The schema is built in memory at start-up; the committed apps/api/schema.graphql is written by
        // `npm run schema:generate -w @linja/api` and kept in step by a test.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: !config.isProduction,
        includeStacktraceInErrorResponses: false,
        context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => {
          const devHeader = req.header(DEV_ACTOR_HEADER);
          const actor = (config.env.DEV_AUTH ? parseDevActor(devHeader) : undefined) ?? ANONYMOUS;
          return { req, res, actor, loaders: createLoaders(prisma) };
        },
        formatError: (formatted, error) =>
          formatGraphQLError(formatted, error, config.isProduction),
      }),
    }),
  ],
})
export class GraphQLModule {}
