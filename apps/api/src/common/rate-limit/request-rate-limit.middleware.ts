import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { type Counter } from 'prom-client';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

import { AppConfig } from '../../config/app-config';
import { MetricsRegistry } from '../../metrics/metrics.registry';
import { RateLimitStore } from './rate-limit-store';

/**
 * A general per-address request limit on the GraphQL endpoint (public searches included), against
 * scraping and floods. Sensitive operations have their own, much lower limits (RateLimitService).
 * Over the limit: 429 with Retry-After and a GraphQL-shaped RATE_LIMITED error; nothing runs.
 * Counted in the database (RateLimitStore), across every API process.
 */
@Injectable()
export class RequestRateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RateLimiterAbstract;
  private readonly refused: Counter;

  constructor(config: AppConfig, store: RateLimitStore, metrics: MetricsRegistry) {
    this.refused = metrics.counter({
      name: 'graphql_rate_limited_requests_total',
      help: 'GraphQL requests refused with 429 by the per-address limit (before any operation ran).',
    });
    this.limiter = store.limiter({
      keyPrefix: 'graphql',
      points: config.env.GRAPHQL_RATE_LIMIT_PER_MINUTE,
      duration: 60,
    });
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    try {
      await this.limiter.consume(request.ip ?? 'unknown');
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        next(error);
        return;
      }
      this.refused.inc();
      const retryAfterSeconds = Math.ceil(error.msBeforeNext / 1000);
      response.setHeader('Retry-After', String(retryAfterSeconds));
      response.status(429).json({
        errors: [
          {
            message: `Too many requests; try again in ${retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
          },
        ],
      });
    }
  }
}
