import { type Database } from '@linja/db';
import type PgBoss from 'pg-boss';

/** The schema of pg-boss's tables (migration 20261204180500_add_job_queue). */
export const JOB_SCHEMA = 'pgboss';

/**
 * pg-boss over the application's own database connection instead of a pool of its own: on PGlite
 * the process has a single session, and on a server the API's pool is shared. pg-boss sends single
 * statements with bind parameters (our migration creates its tables, so its multi-statement
 * installer never runs); a parameterless script with several statements would go through `exec`.
 */
export function pgBossDb(database: Database): PgBoss.Db {
  return {
    executeSql: (text: string, values?: unknown[]) =>
      database.withConnection(async (connection) => {
        if (values === undefined && /;\s*\S/.test(text)) {
          await connection.exec(text);
          return { rows: [] };
        }
        const params = (values ?? []).map((value) => (value === undefined ? null : value));
        return { rows: await connection.query<Record<string, unknown>>(text, params) };
      }),
  };
}
