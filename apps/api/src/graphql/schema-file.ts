import path from 'node:path';

import { type INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The committed SDL that the admin's codegen reads (H-14): apps/api/schema.graphql. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

const HEADER =
  '# Generated from the code-first resolvers by `npm run schema:generate -w @linja/api`. Do not edit.\n\n';

/** The running application's schema as sorted SDL, exactly as the schema file should hold it. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
