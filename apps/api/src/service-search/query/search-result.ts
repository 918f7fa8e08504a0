import { type ServiceSearchFacets } from '../models/service-search.model';
import { type PageRowJson } from './page-rows';

/** The one row of searchQuery. */
export interface SearchRow {
  total: number;
  /** More matches than the window holds: total is a lower bound. */
  totalCut: boolean;
  /** The unfiltered matches overflowed the window: the facets count the window only. */
  facetsCut: boolean;
  /** The most word groups any filtered match has (0 without matches or without text). */
  best: number;
  ids: string[];
  /** How many word groups each of `ids` matches. */
  words: number[];
  themes: { id: string; count: number }[] | null;
  targetGroups: { id: string; count: number }[] | null;
  languages: { value: string; count: number }[] | null;
  channels: { value: string; count: number }[] | null;
  free: { value: boolean; count: number }[] | null;
  accepting: { value: boolean; count: number }[] | null;
  /** The page's services and revisions, when the statement was asked for them (page-rows.ts). */
  pageRows?: PageRowJson[] | null;
}

/** json columns arrive parsed from one driver adapter and as text from the other. */
export function parseJsonColumns(row: SearchRow): SearchRow {
  const parse = <T>(value: T | string | null): T | null =>
    typeof value === 'string' ? (JSON.parse(value) as T) : value;
  return {
    total: row.total,
    totalCut: row.totalCut,
    facetsCut: row.facetsCut,
    best: row.best,
    ids: row.ids,
    words: row.words,
    themes: parse(row.themes),
    targetGroups: parse(row.targetGroups),
    languages: parse(row.languages),
    channels: parse(row.channels),
    free: parse(row.free),
    accepting: parse(row.accepting),
    ...(row.pageRows !== undefined ? { pageRows: parse(row.pageRows) } : {}),
  };
}

export function toFacets(row: SearchRow): ServiceSearchFacets {
  return {
    themes: (row.themes ?? []).map(({ id, count }) => ({ termId: id, count })),
    targetGroups: (row.targetGroups ?? []).map(({ id, count }) => ({ termId: id, count })),
    languages: (row.languages ?? []).map(({ value, count }) => ({ language: value, count })),
    channels: (row.channels ?? []).map(({ value, count }) => ({ channel: value, count })),
    freeOfCharge: row.free ?? [],
    acceptingClients: row.accepting ?? [],
  };
}
