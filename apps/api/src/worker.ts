import 'reflect-metadata';

import pino from 'pino';

import { InvalidEnvironmentError, parseEnv } from './config/env.schema';
import { createApp } from './create-app';

/** Hard limit for a clean shutdown: running jobs get most of it (jobs/queue.service.ts). */
const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * `npm run worker`: a process that runs the job workers and schedules and serves no HTTP. For
 * installations on a PostgreSQL server that run their API processes with WORKERS=off (or want more
 * workers); it reads the same environment as the API. PGlite has a single session per data
 * directory, so with the embedded database the API process is the only worker.
 */
async function main(): Promise<void> {
  const logger = pino({ name: 'linja-worker' });
  let env;
  try {
    env = { ...parseEnv(process.env), WORKERS: 'on' as const };
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (!env.DATABASE_URL) {
    logger.fatal(
      'npm run worker needs DATABASE_URL: the embedded database (PGlite) has one session, so the API process is its worker',
    );
    process.exit(1);
  }
  try {
    const app = await createApp(env);
    await app.init();
    logger.info('Linja worker is running');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'shutting down');
        setTimeout(() => {
          logger.error(`shutdown took over ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
          process.exit(1);
        }, SHUTDOWN_DEADLINE_MS).unref();
        app.close().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  } catch (error) {
    logger.fatal(
      { err: error },
      `Linja worker could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void main();
