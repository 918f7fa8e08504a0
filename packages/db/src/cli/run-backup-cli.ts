import path from 'node:path';

import pino from 'pino';

import { BackupError } from '../backup/embedded-backup.js';
import { formatEnvIssues, ZDatabaseEnv } from '../database-env.js';

const SERVER_HINT =
  'DATABASE_URL is set: back up a PostgreSQL server with pg_dump -Fc and restore it with pg_restore (README, "Backup and restore").';

/** Checks the arguments and the environment, runs `work` on the file and PGLITE_DATA_DIR. */
export async function runBackupCli(
  task: 'backup' | 'restore',
  work: (file: string, dataDir: string, logger: pino.Logger) => Promise<void>,
): Promise<void> {
  const logger = pino({ name: `linja-db-${task}` });
  const env = ZDatabaseEnv.safeParse(process.env);
  const args = process.argv.slice(2);
  let problem: string | undefined;
  if (!env.success) problem = `Invalid environment:\n${formatEnvIssues(env.error)}`;
  else if (env.data.DATABASE_URL) problem = SERVER_HINT;
  else if (env.data.PGLITE_DATA_DIR.startsWith('memory://'))
    problem = 'PGLITE_DATA_DIR is in memory; there is nothing on disk to back up or restore.';
  else if (args.length !== 1 || !args[0]) problem = `usage: npm run db:${task} -- <file>`;
  if (problem || !env.success || !args[0]) {
    logger.error(problem);
    process.exitCode = 1;
    return;
  }
  // npm runs scripts in the repository root; a relative file is meant from where npm was called.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  try {
    await work(file, env.data.PGLITE_DATA_DIR, logger);
  } catch (error) {
    if (error instanceof BackupError) logger.error(`${task} failed: ${error.message}`);
    else logger.error({ err: error }, `${task} failed`);
    process.exitCode = 1;
  }
}
