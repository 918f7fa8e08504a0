import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { LOCALES, type TLocale } from '@linja/domain';
import { type ReportingPeriodKind } from '@linja/db';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../../auth/actor';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error';
import { ReportDataService } from './report-data.service';
import { filterFromQuery, paramOfField } from './report-filter';
import { reportPdf } from './report-pdf';
import { reportCsv, type ReportTableName } from './report-tables';
import { reportXlsx } from './report-xlsx';

export const REPORT_EXPORT_PATH = '/files/reporting';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const KINDS: readonly ReportingPeriodKind[] = ['YEAR', 'TERM', 'MONTH'];
const TABLES: readonly ReportTableName[] = ['results', 'figures', 'funders', 'reach'];

function integer(value: unknown, field: string): number | null {
  if (value === undefined || value === '') return null;
  const parsed = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(parsed)) throw new BadUserInputError(field, `${field} is a whole number.`);
  return parsed;
}

/**
 * GET /files/reporting?network=<slug>&format=xlsx|csv|pdf&year=2025[&kind=YEAR|TERM|MONTH&index=N]
 *   [&organization=<id>][&table=results|figures|funders|reach (csv)][&lang=fi|sv|en]
 *   [&serviceId=&funderName=&fundingType=&wellbeingAreaCode=|municipalityCode=]
 * The funder's report of a network (or of one member organisation) for a period, for the same callers
 * as `indicatorResults` (coordinators, REPORT_VIEWERs and platform admins; with `organization`, also
 * that organisation's admins), narrowed by the results page's filters (`IndicatorResultsFilterInput`,
 * checked by the same `checkResultsFilter`; an error names the parameter). A GET that changes nothing,
 * like the coverage export.
 */
@Controller(REPORT_EXPORT_PATH.slice(1))
export class ReportExportController {
  constructor(private readonly reports: ReportDataService) {}

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
      if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') {
        throw new BadUserInputError('format', 'format is csv, xlsx or pdf.');
      }
      const lang = query.lang ?? 'fi';
      if (typeof lang !== 'string' || !(LOCALES as readonly string[]).includes(lang)) {
        throw new BadUserInputError('lang', 'lang is fi, sv or en.');
      }
      const kind = (query.kind ?? 'YEAR') as ReportingPeriodKind;
      if (!KINDS.includes(kind))
        throw new BadUserInputError('kind', 'kind is YEAR, TERM or MONTH.');
      const table = (query.table ?? 'results') as ReportTableName;
      if (!TABLES.includes(table)) {
        throw new BadUserInputError('table', 'table is results, figures, funders or reach.');
      }
      const year = integer(query.year, 'year');
      if (year === null) throw new BadUserInputError('year', 'year is required.');
      const index = integer(query.index, 'index');
      const organization = typeof query.organization === 'string' ? query.organization : null;
      const filter = filterFromQuery(query);
      const slug = typeof query.network === 'string' ? query.network : '';
      const data = await this.reports.collect(
        actor,
        slug,
        { kind, year, index },
        organization,
        filter,
      );
      const locale = lang as TLocale;
      const body =
        format === 'csv'
          ? reportCsv(data, table, locale)
          : format === 'xlsx'
            ? await reportXlsx(data, locale)
            : await reportPdf(data, locale);
      const name = [
        'report',
        data.network.slug,
        data.period.label.replace('/', '-'),
        ...(data.organization ? [data.organization.id.slice(0, 8)] : []),
        ...(data.filters.some((line) => line.key !== 'organization') ? ['filtered'] : []),
        ...(format === 'csv' ? [table] : []),
      ].join('-');
      response.setHeader('Cache-Control', 'private, no-store');
      response.setHeader('Content-Type', FORMATS[format]);
      response.setHeader('Content-Length', String(body.length));
      response.attachment(`${name}.${format}`);
      response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      response.end(body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const details =
        'field' in error.details
          ? { ...error.details, field: paramOfField(error.details.field) }
          : error.details;
      response.status(STATUS[error.code] ?? 400).json({
        error: { code: error.code, message: error.message, ...details },
      });
    }
  }
}
