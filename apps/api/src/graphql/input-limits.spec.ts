import { buildSchema, GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';

import {
  assertInputLimitCoordinates,
  DEFAULT_INPUT_LIMITS,
  enforceInputLimits,
  type InputLimits,
} from './input-limits';

const schema = buildSchema(`
  input Text { fi: String, sv: String }
  input Content { name: Text!, themeIds: [ID!], steps: [Step!] }
  input Step { title: Text! }
  input Areas { codes: [String!] }
  type Thing { id: ID!, children(after: String, filter: String): [Thing!]! }
  type Query { thing(id: ID!): Thing, things(search: String, areas: Areas): [Thing!]! }
  type Mutation { create(input: Content!): Thing }
`);

const LIMITS: InputLimits = {
  maxStringLength: 20,
  maxIdLength: 10,
  maxListLength: 3,
  overrides: { 'Areas.codes': 5, 'Thing.children(filter:)': 30 },
};

/** The refusal's code and field, or null when the operation passes. */
function check(query: string, variables: Record<string, unknown> = {}, limits = LIMITS) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  try {
    enforceInputLimits(limits, schema, operation, document, variables);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message };
  }
}

describe('enforceInputLimits', () => {
  it('lets ordinary input through', () => {
    expect(check('{ things(search: "lahti") { id } }')).toBeNull();
    expect(
      check('mutation ($input: Content!) { create(input: $input) { id } }', {
        input: { name: { fi: 'Nimi', sv: 'Namn' }, themeIds: ['a', 'b'] },
      }),
    ).toBeNull();
  });

  it('names the path of a NUL or an unpaired surrogate in a nested input object', () => {
    const create = 'mutation ($input: Content!) { create(input: $input) { id } }';
    expect(check(create, { input: { name: { fi: 'a\u0000' } } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name.fi',
    });
    expect(check(create, { input: { name: { sv: '\uD800' } } })).toMatchObject({
      field: 'input.name.sv',
      message: expect.stringContaining('surrogate') as string,
    });
    expect(
      check(create, { input: { name: { fi: 'x' }, steps: [{ title: { fi: '\uDC00' } }] } }),
    ).toMatchObject({ field: 'input.steps.0.title.fi' });
    // A surrogate pair (an emoji) is a character, not a problem.
    expect(check(create, { input: { name: { fi: 'kiva 😀' } } })).toBeNull();
  });

  it('checks literals as well as variables', () => {
    expect(check('{ things(search: "a\\u0000b") { id } }')).toMatchObject({ field: 'search' });
  });

  it('bounds strings, ids and lists, with overrides by schema coordinate', () => {
    expect(check('{ things(search: "' + 'a'.repeat(21) + '") { id } }')).toMatchObject({
      field: 'search',
    });
    expect(check('{ thing(id: "12345678901") { id } }')).toMatchObject({ field: 'id' });
    const create = 'mutation ($input: Content!) { create(input: $input) { id } }';
    expect(
      check(create, { input: { name: { fi: 'x' }, themeIds: ['1', '2', '3', '4'] } }),
    ).toMatchObject({
      field: 'input.themeIds',
      message: 'input.themeIds has 4 items; at most 3 are allowed.',
    });
    // Areas.codes may have 5 items, but each still only 20 characters.
    const areas = 'query ($areas: Areas) { things(areas: $areas) { id } }';
    expect(check(areas, { areas: { codes: ['1', '2', '3', '4', '5'] } })).toBeNull();
    expect(check(areas, { areas: { codes: ['1', '2', '3', '4', '5', '6'] } })).toMatchObject({
      field: 'areas.codes',
    });
    expect(check(areas, { areas: { codes: ['a'.repeat(21)] } })).toMatchObject({
      field: 'areas.codes.0',
    });
    expect(
      check('{ thing(id: "1") { children(filter: "' + 'b'.repeat(25) + '") { id } } }'),
    ).toBeNull();
  });

  it('checks arguments of nested fields and inside fragments', () => {
    expect(check('{ thing(id: "1") { children(after: "\\u0000") { id } } }')).toMatchObject({
      field: 'after',
    });
    expect(
      check(
        'query { thing(id: "1") { ...F ...F } } fragment F on Thing { children(filter: "\\u0000") { id } }',
      ),
    ).toMatchObject({ field: 'filter' });
    expect(
      check('{ thing(id: "1") { ... on Thing { children(after: "\\u0000") { id } } } }'),
    ).toMatchObject({ field: 'after' });
  });

  it('leaves variables that do not fit their types to graphql-js', () => {
    expect(
      check('query ($id: ID!) { thing(id: $id) { id } }', { id: { not: 'an id' } }),
    ).toBeNull();
  });
});

describe('assertInputLimitCoordinates', () => {
  it('accepts existing input fields and arguments, refuses anything else', () => {
    expect(() => {
      assertInputLimitCoordinates(schema, LIMITS);
    }).not.toThrow();
    for (const coordinate of [
      'Areas.nothing',
      'Nothing.codes',
      'Thing.children(nothing:)',
      'Thing.id',
    ]) {
      expect(() => {
        assertInputLimitCoordinates(schema, { ...LIMITS, overrides: { [coordinate]: 1 } });
      }).toThrow(coordinate);
    }
  });

  it('default limits stay generous next to the domain rules', () => {
    expect(DEFAULT_INPUT_LIMITS.maxStringLength).toBeGreaterThanOrEqual(5000);
    expect(DEFAULT_INPUT_LIMITS.maxListLength).toBeGreaterThanOrEqual(50);
  });
});
