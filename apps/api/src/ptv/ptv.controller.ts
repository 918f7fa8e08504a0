import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { PtvExportService } from './ptv-export.service';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * GET /ptv/services/:id — one published service as PTV Open API v11 JSON with the limits report
 * (ptv-export.service.ts), as a download (`Content-Disposition: attachment`); the admin's "PTV
 * export" reads the same answer to show the report. Not cached (`private, no-store`): it needs a
 * session. Errors: `{ error: { code, message, … } }` with 401, 403, 404 or 409 (NOT_PUBLIC).
 */
@Controller('ptv')
export class PtvController {
  constructor(private readonly exports: PtvExportService) {}

  @Get('services/:id')
  async service(@Param('id') id: string, @Req() request: Request, @Res() response: Response) {
    response.setHeader('Cache-Control', 'private, no-store');
    try {
      const body = await this.exports.exportService(request.actor ?? ANONYMOUS, id);
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="ptv-service-${body.ptv.service.id}.json"`,
      );
      response
        .status(200)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(body, null, 2));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(STATUS[error.code] ?? 400).json({
        error: { code: error.code, message: error.message, ...error.details },
      });
    }
  }
}
