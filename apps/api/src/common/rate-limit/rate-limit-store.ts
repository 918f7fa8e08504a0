import { Inject, Injectable } from '@nestjs/common';
import { type Database } from '@linja/db';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
} from 'rate-limiter-flexible';

import { DATABASE } from '../../database/database.tokens';

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
