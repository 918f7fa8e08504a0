import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';

import { selectsPath } from './selection';

const schema = buildSchema(`
  type Query { search: Connection }
  type Connection { total: Int, edges: [Edge], facets: Facets }
  type Edge { node: Node }
  type Node { id: ID, published: Content, name: String }
  type Content { summary: String }
  type Facets { themes: [Int] }
`);

/** The resolve info of `search` in `query`. */
function infoOf(query: string): GraphQLResolveInfo {
  let seen: GraphQLResolveInfo | undefined;
  // A root value's function field is called with (args, context, info).
  const search = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = info;
    return null;
  };
  void execute({ schema, document: parse(query), rootValue: { search } });
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
