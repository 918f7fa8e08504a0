import pino from 'pino';

import { openDatabase, type Database } from '../connection/database.js';
import { formatEnvIssues, ZDatabaseEnv } from '../database-env.js';

/** Opens the configured database, runs `work`, closes it, and exits non-zero with a clear message on error. */
export async function runWithDatabase(
  task: string,
  work: (database: Database, logger: pino.Logger) => Promise<void>,
): Promise<void> {
  const logger = pino({ name: `linja-db-${task}` });
  const env = ZDatabaseEnv.safeParse(process.env);
  if (!env.success) {
    logger.error(`Invalid environment:\n${formatEnvIssues(env.error)}`);
    process.exitCode = 1;
    return;
  }
  const database = await openDatabase({
    databaseUrl: env.data.DATABASE_URL,
    pgliteDataDir: env.data.PGLITE_DATA_DIR,
  });
  try {
    await work(database, logger);
  } catch (error) {
    logger.error(
      { err: error },
      `${task} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
