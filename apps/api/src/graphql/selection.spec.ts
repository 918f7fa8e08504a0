import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';

import { selectsPath, selectsPathWithArgument } from './selection';

const schema = buildSchema(`
  type Query { search: Connection }
  type Connection { total: Int, edges: [Edge], facets: Facets }
  type Edge { node: Node }
  type Node { id: ID, published: Content, name: String, deliveries(municipalityCode: String): [Int] }
  type Content { summary: String }
  type Facets { themes: [Int] }
`);

/** The resolve info of `search` in `query`. */
function infoOf(query: string, variableValues?: Record<string, unknown>): GraphQLResolveInfo {
  let seen: GraphQLResolveInfo | undefined;
  // A root value's function field is called with (args, context, info).
  const search = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = info;
    return null;
  };
  void execute({ schema, document: parse(query), rootValue: { search }, variableValues });
  if (!seen) throw new Error('search did not resolve');
  return seen;
}

describe('selectsPath', () => {
  it('finds a field below the resolved one, by its name (not its alias)', () => {
    const info = infoOf('{ search { edges { node { id content: published { summary } } } } }');

    expect(selectsPath(info, ['edges', 'node', 'published'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'published', 'summary'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'content'])).toBe(false);
    expect(selectsPath(info, ['edges', 'node', 'name'])).toBe(false);
    expect(selectsPath(info, ['facets'])).toBe(false);
  });

  it('follows fragment spreads and inline fragments', () => {
    const info = infoOf(`
      query { search { ...Page } }
      fragment Page on Connection { total edges { ... on Edge { node { ...Card } } } }
      fragment Card on Node { name }
    `);

    expect(selectsPath(info, ['edges', 'node', 'name'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'published'])).toBe(false);
    expect(selectsPath(info, ['total'])).toBe(true);
  });

  it('counts a field under @include or @skip as asked', () => {
    const info = infoOf('{ search { facets @skip(if: true) { themes } } }');

    expect(selectsPath(info, ['facets', 'themes'])).toBe(true);
  });
});

describe('selectsPathWithArgument', () => {
  const path = ['edges', 'node', 'deliveries'];

  it('tells a literal value from none and from null', () => {
    const literal = infoOf('{ search { edges { node { deliveries(municipalityCode: "398") } } } }');
    const none = infoOf('{ search { edges { node { deliveries } } } }');
    const nul = infoOf('{ search { edges { node { deliveries(municipalityCode: null) } } } }');

    expect(selectsPathWithArgument(literal, path, 'municipalityCode')).toBe(true);
    expect(selectsPathWithArgument(none, path, 'municipalityCode')).toBe(false);
    expect(selectsPathWithArgument(nul, path, 'municipalityCode')).toBe(false);
    expect(selectsPathWithArgument(literal, ['edges', 'node', 'name'], 'municipalityCode')).toBe(
      false,
    );
  });

  it("reads a variable's value, through fragments", () => {
    const query = `
      query ($m: String) { search { ...Page } }
      fragment Page on Connection { edges { node { deliveries(municipalityCode: $m) } } }
    `;

    expect(selectsPathWithArgument(infoOf(query, { m: '398' }), path, 'municipalityCode')).toBe(
      true,
    );
    expect(selectsPathWithArgument(infoOf(query, {}), path, 'municipalityCode')).toBe(false);
    expect(selectsPathWithArgument(infoOf(query, { m: null }), path, 'municipalityCode')).toBe(
      false,
    );
  });

  it("is true when any of the field's selections has a value", () => {
    const info = infoOf(
      '{ search { edges { node { deliveries a: deliveries(municipalityCode: "091") } } } }',
    );

    expect(selectsPathWithArgument(info, path, 'municipalityCode')).toBe(true);
  });
});
