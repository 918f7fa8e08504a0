import { type ReportingPeriodKind } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';

/** A reporting period: a calendar year, a term (half year: 1 = Jan–Jun, 2 = Jul–Dec) or a month. */
export interface PeriodSpec {
  readonly kind: ReportingPeriodKind;
  readonly year: number;
  /** TERM: 1–2; MONTH: 1–12; YEAR: ignored (1). */
  readonly index?: number | null;
}

/** The period as dates: its first day and the day after its last (UTC midnight, `date` columns). */
export interface PeriodRange {
  readonly kind: ReportingPeriodKind;
  readonly start: Date;
  readonly end: Date;
}

const day = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/** BAD_USER_INPUT on `${field}.year` / `${field}.index` for a period that does not exist. */
export function periodRange(spec: PeriodSpec, field: string): PeriodRange {
  if (!Number.isInteger(spec.year) || spec.year < 2000 || spec.year > 2100) {
    throw new BadUserInputError(`${field}.year`, `${field}.year: a year from 2000 to 2100.`);
  }
  const index = spec.index ?? 1;
  const limit = spec.kind === 'MONTH' ? 12 : spec.kind === 'TERM' ? 2 : 1;
  if (!Number.isInteger(index) || index < 1 || index > limit) {
    throw new BadUserInputError(`${field}.index`, `${field}.index: 1–${limit} for ${spec.kind}.`);
  }
  switch (spec.kind) {
    case 'YEAR':
      return { kind: spec.kind, start: day(spec.year, 0), end: day(spec.year + 1, 0) };
    case 'TERM':
      return {
        kind: spec.kind,
        start: day(spec.year, (index - 1) * 6),
        end: day(spec.year, index * 6),
      };
    case 'MONTH':
      return { kind: spec.kind, start: day(spec.year, index - 1), end: day(spec.year, index) };
  }
}

/** YYYY-MM-DD of a `date` column value. */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * The `count` periods of the same kind ending with `last` (inclusive), oldest first: e.g. the four
 * years up to 2025, or the six terms up to the second term of 2025.
 */
export function periodsUpTo(last: PeriodSpec, count: number): PeriodSpec[] {
  const perYear = last.kind === 'MONTH' ? 12 : last.kind === 'TERM' ? 2 : 1;
  const lastIndex = last.year * perYear + ((last.kind === 'YEAR' ? 1 : (last.index ?? 1)) - 1);
  return Array.from({ length: count }, (_, position) => {
    const ordinal = lastIndex - (count - 1 - position);
    const year = Math.floor(ordinal / perYear);
    return {
      kind: last.kind,
      year,
      index: last.kind === 'YEAR' ? null : (ordinal % perYear) + 1,
    };
  });
}
