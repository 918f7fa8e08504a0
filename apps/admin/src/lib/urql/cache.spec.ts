import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { keys } from './cache';

describe('Graphcache keys', () => {
  it('covers every object type of the committed schema that has no id', () => {
    const schema = buildSchema(
      readFileSync(path.resolve(__dirname, '../../../../api/schema.graphql'), 'utf8'),
    );
    const withoutId = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          type instanceof GraphQLObjectType &&
          !type.name.startsWith('__') &&
          type.name !== 'Query' &&
          type.name !== 'Mutation' &&
          !('id' in type.getFields()),
      )
      .map((type) => type.name);

    // Add a new type to EMBEDDED (or give it a key) in src/lib/urql/cache.ts.
    expect(withoutId.filter((name) => !(name in keys))).toEqual([]);
  });
});
