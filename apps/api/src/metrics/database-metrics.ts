import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type Database } from '@linja/db';

import { DATABASE } from '../database/database.tokens';
import { MetricsRegistry } from './metrics.registry';

/**
 * The server pool's use at each scrape: connections open, idle and waiting queries, and the pool's
 * size. Embedded PGlite has one in-process session and no pool, so these are absent there.
 */
@Injectable()
export class DatabaseMetrics implements OnModuleInit {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly metrics: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    const stats = this.database.poolStats?.bind(this.database);
    if (!stats) return;
    this.metrics.gauge({
      name: 'db_pool_connections',
      help: 'Database pool: connections open (total), of them idle, and queries waiting for one.',
      labelNames: ['state'],
      collect() {
        const now = stats();
        this.set({ state: 'total' }, now.total);
        this.set({ state: 'idle' }, now.idle);
        this.set({ state: 'waiting' }, now.waiting);
      },
    });
    this.metrics.gauge({
      name: 'db_pool_max_connections',
      help: 'Most connections the database pool of this process opens.',
      collect() {
        this.set(stats().max);
      },
    });
  }
}
