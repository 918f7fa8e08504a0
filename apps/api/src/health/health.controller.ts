import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { type Database } from '@linja/db';
import { type Response } from 'express';

import { DATABASE } from '../database/database.tokens';

export interface HealthReport {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

/** Liveness: 200 when the database answers, 503 when it does not (readiness: readiness.controller.ts). */
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const isUp = await this.database.ping();
    response.setHeader('Cache-Control', 'no-store');
    if (!isUp) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down' };
    }
    return { status: 'ok', database: 'up' };
  }
}
