import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE } from '../common/pagination/pagination.args';
import { type OperationLimitCode } from './format-error';

/** What one operation may ask for; exceeding any limit refuses it before anything runs. */
export interface OperationLimits {
  /** Deepest field nesting (a root field is at depth 1). */
  readonly maxDepth: number;
  /** Estimated cost, see `estimateCost`. */
  readonly maxCost: number;
  /** Aliased fields, counted once per place they run (the batching of a login guess, say). */
  readonly maxAliases: number;
}

/**
 * Token cap for the GraphQL parser. It runs before validation, whose overlapping-fields check is
 * quadratic in the number of same-named fields: without it, a 1 MB body of `a:__typename` aliases is
 * a denial of service that no later limit sees. The standard introspection query has 184 tokens,
 * the catalogue page of catalogue-queries.int-spec.ts about 110.
 */
export const MAX_QUERY_TOKENS = 5000;

/**
 * Depth of graphql-js's `getIntrospectionQuery()` with every option on (its `ofType` chain is what
 * makes it deep). Introspection is measured against at least this, so GraphiQL-style tools keep
 * working wherever introspection is on.
 */
export const INTROSPECTION_QUERY_DEPTH = 15;

const INTROSPECTION_ROOT_FIELDS = new Set(['__schema', '__type']);

/** A field's own hint, `@Field({ complexity })` / `@ResolveField(…, { complexity })` (H-15). */
function hintOf(field: GraphQLField<unknown, unknown>): unknown {
  return (field.extensions as { complexity?: unknown }).complexity;
}

/**
 * A function hint, `({ args, childComplexity }) => number`, replaces the estimate (on a paginated
 * field it must do the page multiplication itself).
 */
export const functionHintEstimator: ComplexityEstimator = (options) => {
  const hint = hintOf(options.field);
  return typeof hint === 'function' ? (hint as ComplexityEstimator)(options) : undefined;
};

/**
 * Cost of a paginated field (one that takes `first`, or returns a `…Connection`): the page size times
 * what each item costs, plus the field's own cost (1, or its numeric hint, which never lifts the
 * multiplication). `first` defaults to the API's page size and is taken as at least 1, so `first: 0`
 * or a negative value never makes the nested work free; it is not capped, so an oversized page costs
 * what it asks for (the resolver refuses it anyway).
 */
export const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const isPaginated =
    field.args.some((arg) => arg.name === 'first') ||
    getNamedType(field.type).name.endsWith('Connection');
  if (!isPaginated) return undefined;
  const hint = hintOf(field);
  const own = typeof hint === 'number' ? hint : 1;
  const first: unknown = args.first;
  const pageSize = typeof first === 'number' && Number.isFinite(first) ? first : DEFAULT_PAGE_SIZE;
  return own + Math.max(1, pageSize) * childComplexity;
};

/**
 * In this order: function hints, the page rule, numeric hints (added to the selection's cost), and
 * otherwise 1 plus the selection (simpleEstimator): plain lists are short (locations, producers).
 */
const ESTIMATORS: ComplexityEstimator[] = [
  functionHintEstimator,
  connectionEstimator,
  fieldExtensionsEstimator(),
  simpleEstimator({ defaultComplexity: 1 }),
];

export interface OperationShape {
  /** Deepest nesting under the application's root fields. */
  readonly depth: number;
  /** Deepest nesting under `__schema` / `__type`. */
  readonly introspectionDepth: number;
  readonly aliases: number;
}

/**
 * Measures the depth and the aliases of one operation, following fragment spreads: each spread
 * counts where it is used, but each fragment is measured once (per level: root or nested) and
 * reused, so fragments that spread one another many times cost linear work, not exponential.
 * Inline fragments and spreads add no depth. Directives are ignored: a skipped field still counts,
 * which only errs on the safe side.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  document: DocumentNode,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const measured = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  const measureFragment = (name: string, isRoot: boolean): OperationShape => {
    const key = `${isRoot ? 'root' : 'nested'}:${name}`;
    const known = measured.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are refused by validation first; fail closed all the same.
    if (!fragment || inProgress.has(key)) {
      return { depth: Infinity, introspectionDepth: Infinity, aliases: Infinity };
    }
    inProgress.add(key);
    const shape = measureSelections(fragment.selectionSet, isRoot);
    inProgress.delete(key);
    measured.set(key, shape);
    return shape;
  };

  /** `isRoot`: these are the operation's root fields, where `__schema` and `__type` live. */
  const measureSelections = (
    selectionSet: SelectionSetNode | undefined,
    isRoot: boolean,
  ): OperationShape => {
    const shape = { depth: 0, introspectionDepth: 0, aliases: 0 };
    for (const selection of selectionSet?.selections ?? []) {
      let part: OperationShape;
      if (selection.kind === Kind.FIELD) {
        const below = measureSelections(selection.selectionSet, false);
        const depth = 1 + below.depth;
        const isIntrospection = isRoot && INTROSPECTION_ROOT_FIELDS.has(selection.name.value);
        part = {
          depth: isIntrospection ? 0 : depth,
          introspectionDepth: isIntrospection ? depth : 0,
          aliases: (selection.alias ? 1 : 0) + below.aliases,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        part = measureSelections(selection.selectionSet, isRoot);
      } else {
        part = measureFragment(selection.name.value, isRoot);
      }
      shape.depth = Math.max(shape.depth, part.depth);
      shape.introspectionDepth = Math.max(shape.introspectionDepth, part.introspectionDepth);
      shape.aliases += part.aliases;
    }
    return shape;
  };

  return measureSelections(operation.selectionSet, true);
}

/**
 * Estimated cost of the operation with these variables (graphql-query-complexity over only this
 * operation and the fragments). Throws a GraphQLError when it cannot be estimated: variables that do
 * not fit the operation, or more nodes than graphql-query-complexity will walk.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): number {
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      operation,
      ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    ],
  };
  return getComplexity({ schema, query, variables: variables ?? {}, estimators: ESTIMATORS });
}

function limitError(
  code: OperationLimitCode,
  message: string,
  limit: number,
  actual: number | null,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit, actual, http: { status: 400 } },
  });
}

/**
 * Refuses the operation (throws a GraphQLError with HTTP status 400) if it is too deep, has too many
 * aliases or costs too much; the cheap syntactic checks run first. Returns its figures otherwise.
 */
export function enforceOperationLimits(
  limits: OperationLimits,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): OperationShape & { cost: number } {
  const shape = measureOperation(operation, document);
  if (shape.depth > limits.maxDepth) {
    throw limitError(
      'QUERY_TOO_DEEP',
      `Query depth ${shape.depth} exceeds the limit of ${limits.maxDepth}.`,
      limits.maxDepth,
      shape.depth,
    );
  }
  const introspectionLimit = Math.max(limits.maxDepth, INTROSPECTION_QUERY_DEPTH);
  if (shape.introspectionDepth > introspectionLimit) {
    throw limitError(
      'QUERY_TOO_DEEP',
      `Introspection depth ${shape.introspectionDepth} exceeds the limit of ${introspectionLimit}.`,
      introspectionLimit,
      shape.introspectionDepth,
    );
  }
  if (shape.aliases > limits.maxAliases) {
    throw limitError(
      'TOO_MANY_ALIASES',
      `Query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}.`,
      limits.maxAliases,
      shape.aliases,
    );
  }
  // Variables that do not fit: say so as execution would (BAD_USER_INPUT), without running anything.
  const { errors: variableErrors } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variables ?? {},
    { maxErrors: 1 },
  );
  if (variableErrors?.[0]) {
    throw new GraphQLError(variableErrors[0].message, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  let cost: number;
  try {
    cost = estimateCost(schema, operation, document, variables);
  } catch {
    // More nodes than graphql-query-complexity walks (fragments spread many times): fail closed.
    throw limitError(
      'QUERY_TOO_COMPLEX',
      `Query is too large to estimate; the cost limit is ${limits.maxCost}.`,
      limits.maxCost,
      null,
    );
  }
  // Written so that a NaN cost (a broken hint) is refused too.
  if (!(cost <= limits.maxCost)) {
    throw limitError(
      'QUERY_TOO_COMPLEX',
      `Query cost ${cost} exceeds the limit of ${limits.maxCost}.`,
      limits.maxCost,
      cost,
    );
  }
  return { ...shape, cost };
}
