import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * Typed GraphQL documents: `graphql(`query … `)` checks the document against apps/api/schema.graphql
 * (through the generated graphql-env.d.ts) and infers its result and variables types.
 * Regenerate after a schema change: `npm run graphql:generate -w @linja/admin`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string };
  // Fragments are for reuse, not data hiding: their fields appear in the result type directly.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
