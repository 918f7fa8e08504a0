import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (response
 * field names, e.g. ['edges', 'node', 'published']) — through fragments and inline fragments too.
 * For a resolver that would read rows only some of its fields need. A field under a directive
 * (@include, @skip) counts as asked: reading a row too many is only work, one too few a wrong answer
 * nowhere (the field resolvers read what is missing themselves).
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => below(node.selectionSet, path, info));
}

function below(
  selectionSet: SelectionSetNode | undefined,
  path: readonly string[],
  info: GraphQLResolveInfo,
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  if (!selectionSet) return false;
  return fields(selectionSet, info, new Set()).some(
    (field) => field.name.value === name && below(field.selectionSet, rest, info),
  );
}

/** The fields of a selection set, fragments spread (each fragment once). */
function fields(
  selectionSet: SelectionSetNode,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return fields(selection.selectionSet, info, seen);
    }
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fields(fragment.selectionSet, info, seen);
  });
}
