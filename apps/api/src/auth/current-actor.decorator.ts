import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { type GraphQLContext } from '../graphql/graphql-context';
import { type Actor } from './actor';

/** The request's actor, built with the GraphQL context (see graphql/graphql-context.ts). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().actor,
);
