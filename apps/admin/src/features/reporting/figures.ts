import { type Language } from '../../lib/i18n';
import { type ResultRow } from './reporting.documents';

/** Whole per cent of the target, or null without a target or a figure. */
export function percentOf(row: Pick<ResultRow, 'value' | 'target'>): number | null {
  if (row.value === null || !row.target) return null;
  return Math.round((row.value / row.target) * 100);
}

/** The number formatting of the reporting pages' figures in the reader's language. */
export function figureLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}

/** A figure with at most one decimal, or a dash without one. */
export function formatFigure(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A percentage of the target as the tables show it. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent} %`;
}
