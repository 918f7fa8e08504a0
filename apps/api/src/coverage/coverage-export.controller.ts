import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { LOCALES, type TLocale } from '@linja/domain';
import { PrismaClient } from '@linja/db';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { coverageCsv, coverageXlsx } from './coverage-export';
import { CoverageService } from './coverage.service';

export const COVERAGE_EXPORT_PATH = '/files/coverage';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * GET /files/coverage?network=<slug>&format=csv|xlsx&dimension=THEME|TARGET_GROUP
 *   [&wellbeingAreaCode=07][&inPersonOnly=true][&acceptingOnly=true][&includeOtherProviders=true][&lang=fi|sv|en]
 * The coverage matrix as a download, for the same callers as Network.coverage (the session cookie or
 * a bearer token; `coverage.read`). A GET that changes nothing: a cross-site page can make a browser
 * fetch it (SameSite=Lax lets a top-level link carry the cookie) but never read the answer (no CORS),
 * so it needs no CSRF header, like the slides download.
 */
@Controller(COVERAGE_EXPORT_PATH.slice(1))
export class CoverageExportController {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly coverage: CoverageService,
  ) {}

  @Get()
  async download(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    try {
      const actor = request.actor ?? ANONYMOUS;
      if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
      const format = query.format;
      if (format !== 'csv' && format !== 'xlsx') {
        throw new BadUserInputError('format', 'format is csv or xlsx.');
      }
      const lang = query.lang ?? 'fi';
      if (typeof lang !== 'string' || !(LOCALES as readonly string[]).includes(lang)) {
        throw new BadUserInputError('lang', 'lang is fi, sv or en.');
      }
      const slug = typeof query.network === 'string' ? query.network : '';
      const network = slug
        ? await this.prisma.network.findUnique({
            where: { slug },
            select: { id: true, slug: true },
          })
        : null;
      if (!network) throw new DomainError('NOT_FOUND', 'No such network.', { field: 'network' });
      const matrix = await this.coverage.matrix(
        actor,
        network.id,
        {
          dimension: query.dimension,
          wellbeingAreaCode: query.wellbeingAreaCode,
          inPersonOnly: query.inPersonOnly,
          acceptingOnly: query.acceptingOnly,
          includeOtherProviders: query.includeOtherProviders,
        },
        'query',
      );
      const body =
        format === 'csv'
          ? coverageCsv(matrix, lang as TLocale)
          : await coverageXlsx(matrix, lang as TLocale);
      const name = [
        'coverage',
        network.slug,
        matrix.dimension.toLowerCase(),
        matrix.wellbeingAreaCode ?? 'all',
      ].join('-');
      response.setHeader('Cache-Control', 'private, no-store');
      response.setHeader('Content-Type', FORMATS[format]);
      response.setHeader('Content-Length', String(body.length));
      response.attachment(`${name}.${format}`);
      response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      response.end(body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(STATUS[error.code] ?? 400).json({
        error: { code: error.code, message: error.message, ...error.details },
      });
    }
  }
}
