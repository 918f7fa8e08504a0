import { readFileSync } from 'node:fs';

import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';

import {
  enforceOperationLimits,
  estimateCost,
  INTROSPECTION_QUERY_DEPTH,
  measureOperation,
} from './operation-limits';
import { SCHEMA_FILE } from './schema-file';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const DEFAULT_LIMITS = { maxDepth: 12, maxCost: 5000, maxAliases: 15 };

function operationOf(query: string): {
  document: DocumentNode;
  operation: OperationDefinitionNode;
} {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return { document, operation };
}

function figures(query: string, variables: Record<string, unknown> = {}) {
  const { document, operation } = operationOf(query);
  return {
    cost: estimateCost(schema, operation, document, variables),
    ...measureOperation(operation, document),
  };
}

function refusal(
  query: string,
  limits = DEFAULT_LIMITS,
  variables: Record<string, unknown> = {},
): Record<string, unknown> {
  const { document, operation } = operationOf(query);
  try {
    enforceOperationLimits(limits, schema, operation, document, variables);
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, ...error.extensions };
    throw error;
  }
  throw new Error('not refused');
}

const ADMIN_CATALOGUE = `{ services(first: 50) { edges { node { name { fi } deliveries(first: 10) {
  edges { node { municipalities { name { fi } } } } } } } } }`;

describe('operation limits', () => {
  it('prices the admin catalogue query at 2751 (50 × (10 × 5 + 5) + 1), depth 9', () => {
    expect(figures(ADMIN_CATALOGUE)).toEqual({
      cost: 2751,
      depth: 9,
      introspectionDepth: 0,
      aliases: 0,
    });
  });

  it('prices a page by its `first`, from variables too, defaulting to 20 and never below 1', () => {
    const page = 'query ($first: Int) { networks(first: $first) { edges { node { id } } } }';

    expect(figures(page, { first: 5 }).cost).toBe(1 + 5 * 3);
    expect(figures(page).cost).toBe(1 + 20 * 3);
    expect(figures(page, { first: 0 }).cost).toBe(1 + 1 * 3);
    expect(figures(page, { first: -1000 }).cost).toBe(1 + 1 * 3);
    expect(figures(page, { first: 1000 }).cost).toBe(1 + 1000 * 3);
  });

  it('honours per-field complexity hints, never lifting the page multiplication with a number', () => {
    const item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLID } } });
    const page = new GraphQLObjectType({
      name: 'ItemConnection',
      fields: { edges: { type: new GraphQLList(item) } },
    });
    const first = { first: { type: GraphQLInt } };
    const hinted = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          costly: { type: item, extensions: { complexity: 10 } },
          page: { type: page, args: first, extensions: { complexity: 5 } },
          bounded: {
            type: page,
            args: first,
            extensions: {
              // e.g. reference data known to have at most 19 rows, whatever `first` says.
              complexity: ({ childComplexity }: { childComplexity: number }) =>
                1 + 19 * childComplexity,
            },
          },
        },
      }),
    });
    const cost = (query: string) => {
      const { document, operation } = operationOf(query);
      return estimateCost(hinted, operation, document, {});
    };

    expect(cost('{ costly { id } }')).toBe(10 + 1);
    expect(cost('{ page(first: 3) { edges { id } } }')).toBe(5 + 3 * 2);
    expect(cost('{ bounded(first: 100) { edges { id } } }')).toBe(1 + 19 * 2);
  });

  it('measures the standard introspection query apart from the application fields', () => {
    const introspection = figures(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );

    expect(introspection).toMatchObject({
      depth: 0,
      introspectionDepth: INTROSPECTION_QUERY_DEPTH,
    });
    expect(introspection.cost).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('refuses a nested cycle by depth and a wide one by cost', () => {
    const cycle = (levels: number, first: number): string => {
      let query = 'id';
      for (let level = 0; level < levels; level += 1) {
        query = `deliveries(first: ${first}) { edges { node { organization { services(first: ${first}) { edges { node { ${query} } } } } } } }`;
      }
      return `{ services(first: ${first}) { edges { node { ${query} } } } }`;
    };

    expect(refusal(cycle(2, 2))).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 18 });
    expect(refusal(cycle(1, 20))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 5000,
      actual: 25_661,
    });
  });

  it('refuses 100 aliased pages by aliases, and would by cost (30100) too', () => {
    const aliased = `{ ${Array.from(
      { length: 100 },
      (_, index) => `p${index}: services(first: 100) { edges { node { id } } }`,
    ).join(' ')} }`;

    expect(figures(aliased)).toMatchObject({ cost: 30_100, aliases: 100 });
    expect(refusal(aliased)).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 15, actual: 100 });
    expect(refusal(aliased, { ...DEFAULT_LIMITS, maxAliases: 1000 })).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      actual: 30_100,
    });
  });

  it('counts aliases in fragments once per spread, without exponential work', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 aliases if expanded naively.
    const fragments = Array.from({ length: 30 }, (_, index) =>
      index === 29
        ? `fragment F${index} on Query { a: __typename }`
        : `fragment F${index} on Query { ...F${index + 1} x: __typename ...F${index + 1} }`,
    );
    const query = `{ ...F0 } ${fragments.join(' ')}`;
    const { document, operation } = operationOf(query);

    const started = Date.now();
    const shape = measureOperation(operation, document);

    expect(Date.now() - started).toBeLessThan(100);
    expect(shape.aliases).toBe(2 ** 30 - 1);
    expect(refusal(query)).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    // With aliases allowed, the cost walk gives up on so many nodes: refused as too complex.
    expect(refusal(query, { ...DEFAULT_LIMITS, maxAliases: Infinity })).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 5000,
      actual: null,
    });
  });

  it('reports variables that do not fit the operation as BAD_USER_INPUT', () => {
    const query = 'query ($first: Int) { networks(first: $first) { totalCount } }';

    expect(refusal(query, DEFAULT_LIMITS, { first: 'many' })).toEqual({
      message:
        'Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"',
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
    });
  });
});
