import {
  getArgumentValues,
  type GraphQLSchema,
  Kind,
  OperationTypeNode,
  type OperationDefinitionNode,
} from 'graphql';

import { type Actor } from '../../auth/actor';

/** The root fields whose anonymous responses the public search cache may keep. */
const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['searchServices', '__typename']);

/**
 * Whether a response may be kept by, and served from, the public search cache: an anonymous query
 * whose root fields are all `searchServices` (or `__typename`).
 *
 * Anonymous only: a signed-in person may see other things through the same fields (an editor a
 * service's working name, a professional the professional-only details), while an anonymous response
 * depends on nothing but the query, its variables and the catalogue. Root fragments are not looked
 * into: such an operation is simply not cached.
 */
export function isCacheableSearch(
  operation: OperationDefinitionNode | undefined,
  actor: Actor | undefined,
): boolean {
  if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
  if (!actor || actor.kind !== 'anonymous') return false;
  return (
    operation.selectionSet.selections.length > 0 &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

/**
 * The networks (slugs) that a cacheable search operation searches within, or null when one of its
 * `searchServices` fields searches across networks (no `networkSlug`) or the slug cannot be read:
 * the response is then kept against the whole catalogue's generation instead of its networks'.
 */
export function searchedNetworks(
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>> | undefined,
): string[] | null {
  const field = schema.getQueryType()?.getFields().searchServices;
  if (!field) return null;
  const slugs = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'searchServices') continue;
    let input: unknown;
    try {
      input = getArgumentValues(field, selection, variables ?? {}).input;
    } catch {
      return null;
    }
    const slug = (input as { networkSlug?: unknown } | null | undefined)?.networkSlug;
    if (typeof slug !== 'string' || slug.length === 0) return null;
    slugs.add(slug);
  }
  return slugs.size > 0 ? [...slugs].sort() : null;
}
