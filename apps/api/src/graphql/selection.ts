import {
  type FieldNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (response
 * field names, e.g. ['edges', 'node', 'published']) — through fragments and inline fragments too.
 * For a resolver that would read rows only some of its fields need. A field under a directive
 * (@include, @skip) counts as asked: reading a row too many is only work, one too few a wrong answer
 * nowhere (the field resolvers read what is missing themselves).
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/**
 * Whether the operation asks for the field at `path` (as selectsPath) with a value for its argument
 * `argument`: a literal other than null, or a variable the request gives a value.
 */
export function selectsPathWithArgument(
  info: GraphQLResolveInfo,
  path: readonly string[],
  argument: string,
): boolean {
  return fieldsAt(info, path).some((field) =>
    (field.arguments ?? []).some((node) => {
      if (node.name.value !== argument) return false;
      const value = valueFromASTUntyped(node.value, info.variableValues);
      return value !== null && value !== undefined;
    }),
  );
}

/** The nodes of the field at `path` below the field being resolved (none when it is not asked). */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  return info.fieldNodes.flatMap((node) => below(node, path, info));
}

function below(field: FieldNode, path: readonly string[], info: GraphQLResolveInfo): FieldNode[] {
  const [name, ...rest] = path;
  if (name === undefined) return [field];
  if (!field.selectionSet) return [];
  return fields(field.selectionSet, info, new Set())
    .filter((child) => child.name.value === name)
    .flatMap((child) => below(child, rest, info));
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
