import { Injectable, type OnModuleDestroy } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { RateLimitStore } from './rate-limit-store';
import { type Refusal, SyncedLimiter } from './synced-limiter';

/**
 * The per-address request budget (GRAPHQL_RATE_LIMIT_PER_MINUTE) that /graphql, the feeds, HSDS,
 * the PTV export (RequestRateLimitMiddleware) and the portal's server-rendered first page share:
 * one counter per address, counted in the process and synced with the rate_limit table every
 * second (SyncedLimiter), so that a request of an address that keeps sending costs no database
 * write.
 */
@Injectable()
export class RequestRateLimiter implements OnModuleDestroy {
  private readonly limiter: SyncedLimiter;

  constructor(config: AppConfig, store: RateLimitStore) {
    const limit = { points: config.env.GRAPHQL_RATE_LIMIT_PER_MINUTE, duration: 60 };
    this.limiter = new SyncedLimiter(store.counters({ keyPrefix: 'graphql', ...limit }), limit);
  }

  /** Counts a request from `address`, or refuses it when the address is over its budget. */
  consume(address: string): Promise<Refusal | null> {
    return this.limiter.consume(address);
  }

  /** What this process counted, added to the shared counters now (tests, shutdown). */
  sync(): Promise<void> {
    return this.limiter.sync();
  }

  async onModuleDestroy(): Promise<void> {
    await this.limiter.close();
  }
}
