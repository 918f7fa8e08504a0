import { Controller, Get, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { AppConfig } from '../config/app-config';
import { metricsAccess } from './metrics-access';
import { MetricsRegistry } from './metrics.registry';
import { sendMetrics } from './metrics-server';

/** GET /metrics on the API's own port, for whom metricsAccess allows. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  @Get()
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    await sendMetrics(this.metrics, metricsAccess(this.config.env, request, 'api-port'), response);
  }
}
