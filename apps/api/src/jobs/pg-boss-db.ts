import { type Database } from '@linja/db';
import type PgBoss from 'pg-boss';

/** The schema of pg-boss's tables (migration 20261204180500_add_job_queue). */
export const JOB_SCHEMA = 'pgboss';

// pg-boss's own SQL (the package has no `exports` map and no types for it).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const plans = require('pg-boss/src/plans') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};

/**
 * The statements pg-boss sends without awaiting them: marking a job done or failed after its
 * handler (manager.js `watch` calls `this.complete(...)` / `this.fail(...)` and moves on). A failure
 * there (the pool busy past its connection timeout, the database gone) would reject with nobody
 * listening: an unhandled rejection, which ends a Node process.
 */
const UNAWAITED_STATEMENTS = new Set([
  plans.completeJobs(JOB_SCHEMA),
  plans.failJobsById(JOB_SCHEMA),
]);

/**
 * pg-boss over the application's own database connection instead of a pool of its own: on PGlite
 * the process has a single session, and on a server the API's pool is shared. pg-boss sends single
 * statements with bind parameters (our migration creates its tables, so its multi-statement
 * installer never runs); a parameterless script with several statements would go through `exec`.
 */
export function pgBossDb(database: Database, afterStop: AfterStopPolicy): PgBoss.Db {
  const run = (text: string, values?: unknown[]) =>
    database.withConnection(async (connection) => {
      if (values === undefined && /;\s*\S/.test(text)) {
        await connection.exec(text);
        return { rows: [] };
      }
      const params = (values ?? []).map((value) => (value === undefined ? null : value));
      return { rows: await connection.query<Record<string, unknown>>(text, params) };
    });
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      try {
        return await run(text, values);
      } catch (error) {
        if (!afterStop.stopped() && !UNAWAITED_STATEMENTS.has(text)) throw error;
        // Nobody would hear this failure (UNAWAITED_STATEMENTS), or the queue has stopped and the
        // database is closing. The job stays active in the table and pg-boss's maintenance expires
        // and retries it (at-least-once delivery), so dropping the write is safe.
        afterStop.dropped(error);
        return droppedResult(text);
      }
    },
  };
}

/**
 * The answer given for a dropped statement, shaped as the statement would have answered with nothing
 * affected: pg-boss's complete/fail/cancel end in `SELECT COUNT(*) FROM results` and read
 * `rows[0].count` (manager.js `mapCommandResponse`); every other statement reads `rows` as zero or
 * more jobs or queues, where none is the truthful "nothing happened".
 */
function droppedResult(text: string): { rows: Record<string, unknown>[] } {
  return /\bSELECT\s+COUNT\(\*\)\s+FROM\s+\w+\s*;?\s*$/i.test(text)
    ? { rows: [{ count: 0 }] }
    : { rows: [] };
}

/** When a failed queue write is dropped instead of thrown (see `pgBossDb`): the queue has stopped, or pg-boss does not await the write. */
export interface AfterStopPolicy {
  stopped(): boolean;
  dropped(error: unknown): void;
}
