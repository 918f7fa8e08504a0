import { type Reflector } from '@nestjs/core';

/** @nestjs/graphql marks query/mutation handlers with this metadata (value 'Query', 'Mutation', …). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function isOperationHandler(reflector: Reflector, handler: Function): boolean {
  const type = reflector.get<unknown>(RESOLVER_TYPE_METADATA, handler);
  return typeof type === 'string' && OPERATION_TYPES.has(type);
}
