import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import pino from 'pino';

import { InvalidEnvironmentError, parseEnv } from './config/env.schema';
import { createApp } from './create-app';

/** Hard limit for a clean shutdown; PGlite normally closes in well under a second. */
const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const bootLogger = pino({ name: 'linja-api' });
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      bootLogger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }

  try {
    const app = await createApp(env);
    await app.listen(env.PORT, env.HOST);
    bootLogger.info({ url: `http://localhost:${env.PORT}` }, 'Linja is running');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void shutDown(app, signal, bootLogger);
      });
    }
  } catch (error) {
    bootLogger.fatal(
      { err: error },
      `Linja could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

/**
 * Stops accepting requests, lets Nest run its shutdown hooks (the database closes last, so PGlite
 * flushes its files), and exits 0; a shutdown that hangs is cut off at the deadline.
 */
async function shutDown(app: INestApplication, signal: string, logger: pino.Logger): Promise<void> {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error(`shutdown took over ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  try {
    await app.close();
    logger.info('stopped cleanly');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}

void main();
