#!/usr/bin/env node
// `npm run db:check` — the CI drift check for Prisma migrations.
//
// Fails (exit 1) when
//   - prisma/migrations is malformed: migration_lock.toml missing or not exactly what Prisma writes,
//     a migration directory not named <UTC YYYYMMDDHHMMSS>_<lowercase_snake_name>, or without a
//     readable migration.sql;
//   - a migration does not apply cleanly (the engine replays them all on an empty database);
//   - schema.prisma has changes that no migration contains, i.e. the diff FROM the migrations
//     directory TO schema.prisma is not empty. The missing SQL is printed on stdout.
// Exits 0 with "migrations match schema.prisma" otherwise.
//
// How: Prisma's schema engine (WebAssembly) computes the diff, with an in-memory PGlite as the shadow
// database; see lib/schema-engine.mjs. No database server, no network. Takes ~4 s.

import { readMigrationsDirectory, readSchemaFiles, SCHEMA_PATH } from './lib/migrations.mjs';
import {
  exitWhenFlushed,
  openSchemaEngine,
  SCHEMA_FILTER,
  SchemaEngineError,
} from './lib/schema-engine.mjs';

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

async function main() {
  const { migrationsList, problems } = await readMigrationsDirectory();
  if (problems.length > 0) {
    console.error('db:check: the migrations directory is malformed:');
    for (const { message } of problems) console.error(`  - ${message}`);
    return 1;
  }
  const schemaFiles = await readSchemaFiles();

  const engine = await openSchemaEngine({ schemaFiles });
  let result;
  try {
    result = await engine.call('diff', {
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: schemaFiles },
      script: true,
      // With exitCode, the engine reports a non-empty diff as exitCode 2 (an empty one renders as
      // the comment "-- This is an empty migration.", so the text itself is not the test).
      exitCode: true,
      filters: SCHEMA_FILTER,
    });
  } finally {
    await engine.close();
  }

  const count = migrationsList.migrationDirectories.length;
  if (result.exitCode === 0) {
    console.log(`db:check: migrations match ${SCHEMA_PATH} (${count} migrations, ${elapsed()})`);
    return 0;
  }
  if (result.exitCode !== 2) {
    console.error(
      `db:check: unexpected exit code ${result.exitCode} from the schema engine's diff`,
    );
    return 1;
  }
  process.stdout.write(result.stdout ?? '');
  console.error(
    `\ndb:check: FAILED: ${SCHEMA_PATH} has changes that no migration contains; ` +
      'run npm run db:migrate:create -- <name>\n' +
      `(the SQL above is what such a migration would contain; ${count} migrations checked, ${elapsed()})`,
  );
  return 1;
}

main().then(exitWhenFlushed, (error) => {
  if (error instanceof SchemaEngineError) {
    console.error(
      `db:check: FAILED: the schema engine reported an error${error.code ? ` (${error.code})` : ''}:`,
    );
    console.error(error.message);
  } else {
    console.error('db:check: FAILED:', error);
  }
  return exitWhenFlushed(1);
});
