import { prepareTestTemplates } from '@linja/db/testing';

/**
 * Once per run, before the workers start (they inherit the variables): the test databases'
 * templates (packages/db/src/testing/test-templates.ts). On embedded PGlite, dumps of an empty, a
 * migrated and a seeded cluster, so a test database starts from a dump in about 1.5 s instead of
 * initdb's 5–6 s, and an app started on it finds its migrations and demo data done (about 1 s less
 * per app on a quiet machine). On a server (TEST_DATABASE_URL), a migrated and a seeded template database that each test
 * database is copied from. A run given PGLITE_TEMPLATE by hand keeps it and prepares nothing.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.PGLITE_TEMPLATE && !process.env.TEST_DATABASE_URL) return;
  const templates = await prepareTestTemplates(process.env.TEST_DATABASE_URL);
  Object.assign(process.env, templates.env);
  (globalThis as { removeTestTemplates?: () => Promise<void> }).removeTestTemplates = () =>
    templates.remove();
}
