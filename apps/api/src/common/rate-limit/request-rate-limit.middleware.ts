import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { type Counter } from 'prom-client';

import { MetricsRegistry } from '../../metrics/metrics.registry';
import { RequestRateLimiter } from './request-rate-limiter';

/**
 * A general per-address request limit on the GraphQL endpoint (public searches included), against
 * scraping and floods. Sensitive operations have their own, much lower limits (RateLimitService).
 * Over the limit: 429 with Retry-After and a GraphQL-shaped RATE_LIMITED error; nothing runs.
 * Counted across every API process (RequestRateLimiter: in the process, synced with the database
 * every second).
 */
@Injectable()
export class RequestRateLimitMiddleware implements NestMiddleware {
  private readonly refused: Counter;

  constructor(
    private readonly limiter: RequestRateLimiter,
    metrics: MetricsRegistry,
  ) {
    this.refused = metrics.counter({
      name: 'graphql_rate_limited_requests_total',
      help: 'GraphQL requests refused with 429 by the per-address limit (before any operation ran).',
    });
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const refusal = await this.limiter.consume(request.ip ?? 'unknown');
    if (refusal) {
      this.refused.inc();
      const retryAfterSeconds = Math.ceil(refusal.msBeforeNext / 1000);
      response.setHeader('Retry-After', String(retryAfterSeconds));
      response.status(429).json({
        errors: [
          {
            message: `Too many requests; try again in ${retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
          },
        ],
      });
      return;
    }
    next();
  }
}
