import { Injectable } from '@nestjs/common';
import {
  collectDefaultMetrics,
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from 'prom-client';

/** Every metric's name starts with this. */
export const METRIC_PREFIX = 'linja_';

/**
 * The process's Prometheus metrics (prom-client), served by GET /metrics. One registry per
 * application (not prom-client's global one), so tests can run several apps in one process.
 *
 * Other modules add their own through this service, e.g. the job queue's depth:
 *
 * ```ts
 * metrics.gauge({
 *   name: 'jobs',                       // becomes linja_jobs
 *   help: 'Jobs in the queue by state.',
 *   labelNames: ['queue', 'state'],
 *   async collect() { for (const row of await countJobs()) this.set(row.labels, row.count); },
 * });
 * ```
 *
 * `collect` runs at each scrape, so a gauge reads the current state then and costs nothing between
 * scrapes. Registering a name twice returns the metric registered first.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return (
      (this.existing(config.name) as Counter<L> | undefined) ?? new Counter({ ...this.own(config) })
    );
  }

  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return (
      (this.existing(config.name) as Gauge<L> | undefined) ?? new Gauge({ ...this.own(config) })
    );
  }

  histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
    return (
      (this.existing(config.name) as Histogram<L> | undefined) ??
      new Histogram({ ...this.own(config) })
    );
  }

  /** The text exposition format, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private own<C extends { name: string }>(config: C): C & { registers: Registry[] } {
    return { ...config, name: `${METRIC_PREFIX}${config.name}`, registers: [this.registry] };
  }

  private existing(name: string): unknown {
    return this.registry.getSingleMetric(`${METRIC_PREFIX}${name}`);
  }
}
