import { Global, Module } from '@nestjs/common';

import { DatabaseMetrics } from './database-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics.registry';
import { MetricsServer } from './metrics-server';
import { QueueMetrics } from './queue-metrics';

/**
 * Prometheus metrics: the registry every module may add to (MetricsRegistry), GraphQL requests,
 * latency and errors (graphql-metrics.plugin.ts, installed by the GraphQL module), the database
 * pool, the job queue (queue-metrics.ts), and GET /metrics on the API's port or on METRICS_PORT
 * (metrics-access.ts decides who).
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, DatabaseMetrics, QueueMetrics, MetricsServer],
  exports: [MetricsRegistry],
})
export class MetricsModule {}
