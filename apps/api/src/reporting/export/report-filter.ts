import { type PrismaClient } from '@linja/db';

import { BadUserInputError } from '../../common/errors/domain-error';
import { type LocalizedText } from '../../common/localization/localized-text.model';
import { namesToLocalizedText } from '../../common/localization/localized-text.util';
import { type IndicatorResultsFilterInput, type ResultsFilter } from '../filter/results-filter';
import { FundingType } from '../models/reporting-enums';

/**
 * The download's filter parameters: the fields of `IndicatorResultsFilterInput`, by the same names, so
 * an error of `checkResultsFilter` (`filter.<field>`) names the parameter (`<field>`).
 */
export const FILTER_PARAMS = [
  'serviceId',
  'funderName',
  'fundingType',
  'wellbeingAreaCode',
  'municipalityCode',
] as const;

const MAX_PARAM_CHARS = 200;

/**
 * The filter of the query string, its shape checked (one string each, a known funding type); whether
 * the ids and codes exist is `checkResultsFilter`'s, as for the results page. Null without one.
 */
export function filterFromQuery(
  query: Record<string, unknown>,
): IndicatorResultsFilterInput | null {
  const input: { -readonly [K in (typeof FILTER_PARAMS)[number]]?: string } = {};
  for (const name of FILTER_PARAMS) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || value.length > MAX_PARAM_CHARS) {
      throw new BadUserInputError(
        name,
        `${name}: one value of at most ${MAX_PARAM_CHARS} characters.`,
      );
    }
    input[name] = value;
  }
  if (input.fundingType && !(input.fundingType in FundingType)) {
    throw new BadUserInputError(
      'fundingType',
      `fundingType is one of ${Object.keys(FundingType).join(', ')}.`,
    );
  }
  if (Object.keys(input).length === 0) return null;
  return { ...input, fundingType: input.fundingType as FundingType | undefined };
}

/** An error of the checked filter names the query parameter rather than the GraphQL input's path. */
export const paramOfField = (field: unknown): unknown =>
  typeof field === 'string' && field.startsWith('filter.') ? field.slice('filter.'.length) : field;

/** One active filter as the report prints it: a label key of REPORT_STRINGS and the chosen value. */
export interface ReportFilterLine {
  key: 'organization' | 'service' | 'funder' | 'fundingType' | 'wellbeingArea' | 'municipality';
  /** The value's name (a funding type: its key, translated when printed). */
  value: LocalizedText | string;
}

/** The active filters with the names of what they choose (the filter is checked: all exist). */
export async function describeFilter(
  prisma: Pick<PrismaClient, 'service' | 'wellbeingArea' | 'municipality'>,
  filter: ResultsFilter,
  organization: { name: string } | null,
): Promise<ReportFilterLine[]> {
  const [service, area, municipality] = await Promise.all([
    filter.serviceId
      ? prisma.service.findUnique({ where: { id: filter.serviceId }, select: { sortName: true } })
      : null,
    filter.wellbeingAreaCode
      ? prisma.wellbeingArea.findUnique({ where: { code: filter.wellbeingAreaCode } })
      : null,
    filter.municipalityCode
      ? prisma.municipality.findUnique({ where: { code: filter.municipalityCode } })
      : null,
  ]);
  const lines: ReportFilterLine[] = [];
  if (organization) lines.push({ key: 'organization', value: organization.name });
  if (service) lines.push({ key: 'service', value: service.sortName });
  if (filter.funderName) lines.push({ key: 'funder', value: filter.funderName });
  if (filter.fundingType) lines.push({ key: 'fundingType', value: filter.fundingType });
  if (area) lines.push({ key: 'wellbeingArea', value: namesToLocalizedText(area) });
  if (municipality) lines.push({ key: 'municipality', value: namesToLocalizedText(municipality) });
  return lines;
}
