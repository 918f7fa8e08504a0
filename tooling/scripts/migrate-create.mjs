#!/usr/bin/env node
// `npm run db:migrate:create -- <name>` — writes the next Prisma migration, the SQL that takes the
// database from what prisma/migrations produces to what prisma/schema.prisma describes:
//
//   prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql   (+ migration_lock.toml, as Prisma)
//
// <name> must be lowercase snake case (add_network_description). When schema.prisma has no changes,
// prints "No schema changes: no migration written" and exits 0. Review the SQL before committing:
// it may start with a "Warnings" comment (dropped columns, required columns added to a table that may
// hold rows, ...), exactly as `prisma migrate dev` writes it.
//
// How: Prisma's schema engine (WebAssembly; see lib/schema-engine.mjs) with in-memory PGlite
// databases, following the steps of `prisma migrate dev` against a throw-away development database:
//   1. applyMigrations          apply the existing migrations to the (empty, in-memory) main database;
//   2. diagnoseMigrationHistory replay them on a shadow database, check the history is sound;
//   3. createMigration          diff the migrations' schema against schema.prisma and render the SQL.
// Step 2 is also what makes step 3 possible: the WebAssembly engine's createMigration cannot open a
// shadow database itself ("PostgreSQL shadow DB must be provided through an external factory"), but
// it reuses the schema that step 2 computed for the same migrations (the engine's
// MigrationSchemaCache), which is exactly how `prisma migrate dev` sequences these calls.
// Why not the engine's `diff`: it renders the same SQL but never the "Warnings" comment that
// createMigration puts at the top of a destructive migration, so its output is not byte-identical
// to `prisma migrate dev`'s. (migrate-check.mjs uses `diff`: it only needs to know whether there is
// a difference.) Takes ~5 s.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  MIGRATION_FILE_NAME,
  MIGRATIONS_PATH,
  migrationDirectoryNameProblem,
  readMigrationsDirectory,
  readSchemaFiles,
  REPO_ROOT,
  SCHEMA_PATH,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
} from './lib/migrations.mjs';
import {
  exitWhenFlushed,
  openSchemaEngine,
  SCHEMA_FILTER,
  SchemaEngineError,
} from './lib/schema-engine.mjs';

const USAGE =
  'usage: npm run db:migrate:create -- <name>   (lowercase snake case, e.g. add_network_description)';

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

class UsageError extends Error {}

async function main(args) {
  // ---- the name --------------------------------------------------------------------------------
  if (args.length !== 1) throw new UsageError(USAGE);
  const [name] = args;
  if (!SLUG_PATTERN.test(name)) {
    throw new UsageError(
      `"${name}" is not a valid migration name: use lowercase snake case\n${USAGE}`,
    );
  }
  if (name.length > SLUG_MAX_LENGTH) {
    throw new UsageError(`the migration name is longer than ${SLUG_MAX_LENGTH} characters`);
  }

  // ---- the existing migrations ------------------------------------------------------------------
  const { migrationsList, problems } = await readMigrationsDirectory();
  // A missing or reformatted lock file is repaired below, as Prisma does: it rewrites the file with
  // every migration it creates. Anything else must be fixed by hand first.
  const blocking = problems.filter(
    ({ kind }) => kind !== 'lockfile-missing' && kind !== 'lockfile-content',
  );
  if (blocking.length > 0) {
    throw new Error(
      `fix the migrations directory first:\n${blocking.map(({ message }) => `  - ${message}`).join('\n')}`,
    );
  }
  const schemaFiles = await readSchemaFiles();
  const existing = migrationsList.migrationDirectories.map(({ path: dir }) => dir);

  // ---- ask the engine ---------------------------------------------------------------------------
  const engine = await openSchemaEngine({ schemaFiles });
  let created;
  try {
    await engine
      .call('applyMigrations', { migrationsList, filters: SCHEMA_FILTER })
      .catch((error) => {
        error.message = `the existing migrations do not apply cleanly (npm run db:check names the failing one):\n${error.message}`;
        throw error;
      });
    const diagnosis = await engine.call('diagnoseMigrationHistory', {
      migrationsList,
      optInToShadowDatabase: true,
      filters: SCHEMA_FILTER,
    });
    if (
      diagnosis.history !== null ||
      diagnosis.failedMigrationNames.length > 0 ||
      diagnosis.editedMigrationNames.length > 0
    ) {
      throw new Error(`unexpected migration history diagnosis: ${JSON.stringify(diagnosis)}`);
    }
    created = await engine.call('createMigration', {
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: schemaFiles },
      filters: SCHEMA_FILTER,
    });
  } finally {
    await engine.close();
  }

  if (created.migrationScript === null) {
    console.log(
      `No schema changes: no migration written (${SCHEMA_PATH} matches ${MIGRATIONS_PATH}, ${elapsed()})`,
    );
    return 0;
  }

  // ---- write it, as Prisma's CLI does -----------------------------------------------------------
  // The engine names the migration <UTC YYYYMMDDHHMMSS>_<name> from the clock, like migrate dev.
  const directoryName = created.generatedMigrationName;
  const nameProblem = migrationDirectoryNameProblem(directoryName);
  if (nameProblem)
    throw new Error(`the engine generated a malformed name "${directoryName}": ${nameProblem}`);
  const latest = existing.at(-1);
  if (latest !== undefined && directoryName <= latest) {
    // Migrations are applied in name order: a new one must sort after every existing one.
    throw new Error(
      `the new migration "${directoryName}" would sort before or equal to the latest existing one ` +
        `"${latest}" (is the clock right?); wait a second or fix the clock, then run again`,
    );
  }
  if (created.extension !== 'sql' || created.connectorType !== 'postgresql') {
    throw new Error(`unexpected engine output: ${created.connectorType} / .${created.extension}`);
  }

  const baseDir = path.join(REPO_ROOT, MIGRATIONS_PATH);
  const directory = path.join(baseDir, directoryName);
  await mkdir(baseDir, { recursive: true });
  await mkdir(directory); // fails if it exists, as Prisma does
  const file = path.join(directory, MIGRATION_FILE_NAME);
  await writeFile(file, created.migrationScript, { encoding: 'utf8', flag: 'wx' });
  await writeFile(path.join(baseDir, LOCKFILE_NAME), LOCKFILE_CONTENT, 'utf8');

  const relativeFile = path.relative(REPO_ROOT, file);
  console.log(`Wrote ${relativeFile}:\n`);
  console.log(created.migrationScript);
  if (problems.some(({ kind }) => kind.startsWith('lockfile'))) {
    console.log(`(Re)wrote ${MIGRATIONS_PATH}/${LOCKFILE_NAME} as Prisma writes it.`);
  }
  if (created.migrationScript.startsWith('/*\n  Warnings:')) {
    console.log(
      '⚠ The migration starts with warnings: read them before applying it anywhere with data.',
    );
  }
  console.log(`Review it, then commit it with schema.prisma. (${elapsed()})`);
  return 0;
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error) => {
  if (error instanceof UsageError) {
    console.error(`db:migrate:create: ${error.message}`);
  } else if (error instanceof SchemaEngineError) {
    console.error(
      `db:migrate:create: the schema engine reported an error${error.code ? ` (${error.code})` : ''}:`,
    );
    console.error(error.message);
  } else {
    console.error(`db:migrate:create: ${error instanceof Error ? error.message : error}`);
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(error);
  }
  return exitWhenFlushed(1);
});
