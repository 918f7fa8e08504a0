import { writePgliteTemplate } from '@linja/db/testing';

/**
 * On embedded PGlite, initdb once per run: test databases start from the dumped empty cluster
 * (PGLITE_TEMPLATE, read by createTestDatabase). Workers are started after global setup and inherit
 * the variable. Nothing to do on a PostgreSQL server.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL || process.env.PGLITE_TEMPLATE) return;
  const template = await writePgliteTemplate();
  process.env.PGLITE_TEMPLATE = template.file;
  (globalThis as { removePgliteTemplate?: () => Promise<void> }).removePgliteTemplate =
    template.remove;
}
