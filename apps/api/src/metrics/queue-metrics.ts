import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { MetricsRegistry } from './metrics.registry';

interface StateCount {
  queue: string;
  state: string;
  count: number;
}

/**
 * The job queue's depth and failures at each scrape: jobs by queue and pg-boss state (`created` and
 * `retry` waiting, `active` running, `failed` out of attempts, …) from pg-boss's own table (schema
 * `pgboss`, made by a migration), one grouped query. A scrape while the database is away reports no
 * queue samples rather than failing the whole scrape.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly metrics: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    const prisma = this.prisma;
    this.metrics.gauge({
      name: 'jobs',
      help: 'Jobs in the queue by queue name and state (created, retry, active, completed, cancelled, failed).',
      labelNames: ['queue', 'state'],
      async collect() {
        this.reset();
        const rows = await prisma.$queryRaw<StateCount[]>`
          SELECT name AS queue, state::text AS state, count(*)::int AS count
          FROM pgboss.job WHERE name NOT LIKE '\\_\\_pgboss%' GROUP BY name, state`.catch(
          () => [] as StateCount[],
        );
        for (const row of rows) this.set({ queue: row.queue, state: row.state }, row.count);
      },
    });
  }
}
