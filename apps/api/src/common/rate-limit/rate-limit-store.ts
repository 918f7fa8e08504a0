import { Inject, Injectable } from '@nestjs/common';
import { type Database } from '@linja/db';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
} from 'rate-limiter-flexible';

import { DATABASE } from '../../database/database.tokens';
import { type SharedCount, type SharedCounters } from './synced-limiter';

/** The table of every limit's counters (prisma/schema.prisma `RateLimit`, created by a migration). */
const TABLE = 'rate_limit';
/** Counters that expired this long ago are deleted… */
const PRUNE_AFTER_MS = 60 * 60 * 1000;
/** …at most this often per process, by whichever limit is consumed next. */
const PRUNE_INTERVAL_MS = 5 * 60 * 1000;

export interface LimitOptions {
  /** Names the limit; its rows are `<keyPrefix>:<key>`. */
  readonly keyPrefix: string;
  readonly points: number;
  /** Window in seconds. */
  readonly duration: number;
}

interface StoreQuery {
  text: string;
  values?: unknown[];
}

/**
 * The rate limits' counters in the application's own database, so every API process behind a load
 * balancer counts against the same rows: rate-limiter-flexible's PostgreSQL store over the open
 * `Database` (a pooled connection on a server, PGlite's one session embedded). No Redis is needed;
 * each consume is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`. When the database cannot be
 * reached, a limit falls back to an in-process counter (rate-limiter-flexible's insurance limiter)
 * instead of refusing every request.
 *
 * The library decides the window from each process's clock (`Date.now()`); the processes of one
 * installation are expected to keep time with NTP, and a skew of seconds only stretches a window.
 */
@Injectable()
export class RateLimitStore {
  private lastPruneAt = Date.now();
  private readonly client: { query(query: StoreQuery): Promise<unknown> };

  constructor(@Inject(DATABASE) private readonly database: Database) {
    this.client = {
      query: async ({ text, values }: StoreQuery) => {
        this.pruneNowAndThen();
        const rows = await database.withConnection((connection) =>
          connection.query<Record<string, unknown>>(text, values ?? []),
        );
        // BIGINT `expire` arrives as a string (pg) or a bigint (PGlite); the library does arithmetic.
        const numeric = rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([name, value]) => [
              name,
              typeof value === 'bigint' || (name === 'expire' && typeof value === 'string')
                ? Number(value)
                : value,
            ]),
          ),
        );
        // Only the DELETE behind `delete()` reads rowCount, and nothing here uses its answer.
        return { rows: numeric, rowCount: numeric.length };
      },
    };
  }

  /** A limit counted in the shared table. */
  limiter(options: LimitOptions): RateLimiterAbstract {
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.client,
      storeType: 'client',
      tableName: TABLE,
      tableCreated: true,
      // Expired rows are pruned here (pruneNowAndThen), not by one timer per limit that would
      // outlive the database at shutdown.
      clearExpiredByTimeout: false,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /**
   * The shared counters of a limit counted in each process (SyncedLimiter): one statement adds every
   * key's points to its `<keyPrefix>:<key>` row (as the library names them), locking the rows in key
   * order in every process, and returns the windows' totals; a window that has ended starts again,
   * as the library's upsert does.
   */
  counters(options: Pick<LimitOptions, 'keyPrefix' | 'duration'>): SharedCounters {
    return async (points) => {
      this.pruneNowAndThen();
      const keys = [...points.keys()];
      const now = Date.now();
      const rows = await this.database.withConnection((connection) =>
        connection.query<{ key: string; points: number; expire: string | number | bigint }>(
          `INSERT INTO ${TABLE} AS counter (key, points, expire)
             SELECT $1 || ':' || added.key, added.points, $4::bigint
               FROM unnest($2::text[], $3::int[]) AS added (key, points)
              ORDER BY added.key
           ON CONFLICT (key) DO UPDATE SET
             points = CASE WHEN counter.expire IS NULL OR counter.expire <= $5 THEN excluded.points
                           ELSE counter.points + excluded.points END,
             expire = CASE WHEN counter.expire IS NULL OR counter.expire <= $5 THEN excluded.expire ELSE counter.expire END
           RETURNING substr(key, length($1) + 2) AS key, points, expire`,
          [
            options.keyPrefix,
            keys,
            keys.map((key) => points.get(key) ?? 0),
            now + options.duration * 1000,
            now,
          ],
        ),
      );
      return new Map<string, SharedCount>(
        rows.map((row) => [row.key, { points: row.points, resetAt: Number(row.expire) }]),
      );
    };
  }

  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPruneAt < PRUNE_INTERVAL_MS) return;
    this.lastPruneAt = now;
    this.database
      .withConnection((connection) =>
        connection.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [now - PRUNE_AFTER_MS]),
      )
      .catch(() => undefined); // Not critical: the next prune tries again.
  }
}
