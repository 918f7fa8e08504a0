import { type TLocale, type TServiceContent, ZServiceContent } from '@linja/domain';

import { type IssueParams, type RowIssueCode } from '../import-messages';
import { type TImportFormat } from './import-file';

/** Longest external identifier kept. */
export const MAX_EXTERNAL_ID_LENGTH = 100;

export interface RowIssue {
  /** Where in the record: the CSV column (`name_fi`), or the field of a JSON record (`serviceNames`); empty for the whole record. */
  readonly column: string;
  readonly code: RowIssueCode;
  readonly params: IssueParams;
}

/** A network's taxonomy term as the import looks it up: by kind and code (slug), or Finnish label. */
export interface ImportTerm {
  readonly id: string;
  readonly kind: 'THEME' | 'TARGET_GROUP';
  readonly slug: string;
  readonly label: string;
  readonly archived: boolean;
}

/** The network's terms, keyed `KIND:slug` (lower case). */
export type TermIndex = ReadonlyMap<string, ImportTerm>;

/** What mapping a record needs besides the record itself. */
export interface MapContext {
  readonly terms: TermIndex;
  /** Term ids the existing service already has: archived ones may stay. */
  readonly carriedTermIds: ReadonlySet<string>;
}

export interface MappedRecord {
  /** The validated content to save; undefined when the record has issues. */
  readonly content?: TServiceContent;
  readonly issues: readonly RowIssue[];
  /** What was left out without stopping the record (an unknown taxonomy term, a language Linja lacks). */
  readonly warnings: readonly RowIssue[];
}

/**
 * One service of a file, whatever the format: where it is, its external identifier and name, and how
 * it maps onto the existing service's newest content (`base`, null for a new service).
 */
export interface ImportRecord {
  /** CSV and Data Package: the line of the file (services.csv) the row starts on; JSON: record number from 1. */
  readonly position: number;
  readonly externalId: string;
  readonly name: string;
  map(base: TServiceContent | null, context: MapContext): MappedRecord;
}

/** A read file: records in file order and what the report says about the file. */
export interface ImportSource {
  readonly format: TImportFormat;
  readonly fileHash: string;
  /** CSV only: the column separator found; '' otherwise. */
  readonly delimiter: string;
  /** Columns (CSV) or tables (Data Package) Linja does not read. */
  readonly ignoredColumns: readonly string[];
  /** HSDS only: the language of the file's texts (one per file); null when a record carries all. */
  readonly contentLanguage: TLocale | null;
  readonly records: readonly ImportRecord[];
}

/** REQUIRED / TOO_LONG for an external identifier in `column`. */
export function externalIdIssues(externalId: string, column: string): RowIssue[] {
  if (externalId === '') return [{ column, code: 'REQUIRED', params: {} }];
  if (externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    return [{ column, code: 'TOO_LONG', params: { max: MAX_EXTERNAL_ID_LENGTH } }];
  }
  return [];
}

/** Looks a code up among the network's terms of `kinds` (first found wins); archived ones only if carried. */
export function findTerm(
  context: MapContext,
  code: string,
  kinds: readonly ImportTerm['kind'][],
): { term: ImportTerm } | { problem: 'UNKNOWN_TERM' | 'ARCHIVED_TERM' } {
  const wanted = code.trim().toLowerCase();
  for (const kind of kinds) {
    const term =
      context.terms.get(`${kind}:${wanted}`) ??
      [...context.terms.values()].find(
        (candidate) => candidate.kind === kind && candidate.label.toLowerCase() === wanted,
      );
    if (!term) continue;
    if (term.archived && !context.carriedTermIds.has(term.id)) return { problem: 'ARCHIVED_TERM' };
    return { term };
  }
  return { problem: 'UNKNOWN_TERM' };
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly maximum?: number | bigint;
  readonly origin?: string;
}

/**
 * Validates a candidate by the same schema as a hand-made draft; each schema issue becomes a row issue
 * on the field `fieldOf` names for its content path (the format's own column or field name).
 */
export function validateContent(
  candidate: Record<string, unknown>,
  fieldOf: (path: readonly string[]) => string,
): { content: TServiceContent; issues: [] } | { content?: undefined; issues: RowIssue[] } {
  const result = ZServiceContent.safeParse(candidate);
  if (result.success) return { content: result.data, issues: [] };
  return {
    issues: result.error.issues.map((issue) => fromContentIssue(issue, candidate, fieldOf)),
  };
}

function fromContentIssue(
  issue: ZodIssueLike,
  content: Record<string, unknown>,
  fieldOf: (path: readonly string[]) => string,
): RowIssue {
  const path = issue.path.map(String);
  const column = fieldOf(path);
  const [first, second] = path;
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return issue.origin === 'array'
      ? { column, code: 'TOO_MANY', params: { max } }
      : { column, code: 'TOO_LONG', params: { max } };
  }
  if (issue.message === 'items must not repeat')
    return { column, code: 'REPEATED_VALUE', params: {} };
  if (first === 'name' && second === 'fi') return { column, code: 'REQUIRED', params: {} };
  if (first === 'contact' && second === 'phone') {
    return { column, code: 'INVALID_PHONE', params: {} };
  }
  if (first === 'contact' && second === 'email') {
    return { column, code: 'INVALID_EMAIL', params: {} };
  }
  if (first === 'contact' && second === 'website') {
    return { column, code: 'INVALID_URL', params: {} };
  }
  if (first === 'serviceLanguages') {
    const languages = content.serviceLanguages as string[] | undefined;
    return {
      column,
      code: 'INVALID_LANGUAGE',
      params: { value: languages?.[Number(second)] ?? '' },
    };
  }
  return { column, code: 'INVALID', params: { detail: issue.message } };
}

/** Content compared as stored: key order and the order of code lists do not matter. */
export function sameContent(a: TServiceContent, b: TServiceContent): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(sortDeep(value));
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sortDeep);
    const strings = items.filter((item): item is string => typeof item === 'string');
    return strings.length === items.length ? strings.sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([key, item]) => [key, sortDeep(item)]),
    );
  }
  return value;
}
