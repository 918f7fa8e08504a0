import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';

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
