// Writes apps/api/schema.graphql from the code-first resolvers. Boots the app on an in-memory PGlite
// (no data, nothing listening) because the schema is only complete once every module has loaded.
import 'reflect-metadata';

import { writeFile } from 'node:fs/promises';

import { parseEnv } from '../src/config/env.schema';
import { createApp } from '../src/create-app';
import { printAppSchema, SCHEMA_FILE } from '../src/graphql/schema-file';

async function generate(): Promise<void> {
  const env = parseEnv({
    PGLITE_DATA_DIR: 'memory://',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(env, { staticApps: [] });
  await app.init();
  await writeFile(SCHEMA_FILE, printAppSchema(app));
  await app.close();
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

void generate();
