import { LOCALES, type TLocalizedText, type TServiceContent, ZServiceContent } from '@linja/domain';

import { type CsvRow } from './csv-file';
import { type ImportColumn, MAX_EXTERNAL_ID_LENGTH } from './import-columns';
import { type IssueParams, type RowIssueCode } from './import-messages';

export interface RowIssue {
  /** The CSV column the problem is in (`name_fi`, `themes`; empty for the whole row). */
  readonly column: string;
  readonly code: RowIssueCode;
  readonly params: IssueParams;
}

/** A network's taxonomy term as the import looks it up: by kind and code (slug). */
export interface ImportTerm {
  readonly id: string;
  readonly kind: 'THEME' | 'TARGET_GROUP';
  readonly slug: string;
  readonly archived: boolean;
}

export interface MappedRow {
  readonly externalId: string;
  /** The validated content to save; undefined when the row has issues. */
  readonly content?: TServiceContent;
  readonly issues: readonly RowIssue[];
}

/** Reads one row by column name; knows which columns the file has. */
export class RowReader {
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly header: readonly string[],
    private readonly row: CsvRow,
  ) {
    this.index = new Map(header.map((name, position) => [name, position]));
  }

  has(column: ImportColumn): boolean {
    return this.index.has(column);
  }

  cell(column: ImportColumn): string {
    const position = this.index.get(column);
    return position === undefined ? '' : (this.row.cells[position] ?? '').trim();
  }

  /** A mismatch in the number of cells, unless the extra cells are all empty (spreadsheets add them). */
  cellCountIssue(): RowIssue | undefined {
    const { cells } = this.row;
    const extra = cells.slice(this.header.length);
    if (cells.length < this.header.length || extra.some((cell) => cell.trim() !== '')) {
      return {
        column: '',
        code: 'WRONG_CELL_COUNT',
        params: { cells: cells.length, columns: this.header.length },
      };
    }
    return undefined;
  }
}

/** `a; b,c` → [a, b, c]: lists in a cell are separated by semicolons (commas also accepted). */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const TEXT_FIELDS = ['name', 'summary', 'description'] as const;

/** Which CSV column a content path comes from. */
function columnOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (TEXT_FIELDS.includes(first as (typeof TEXT_FIELDS)[number]) && second) {
    return `${first}_${second}`;
  }
  if (first === 'contact' && second) return second;
  if (first === 'serviceLanguages') return 'languages';
  if (first === 'themeIds') return 'themes';
  if (first === 'targetGroupIds') return 'target_groups';
  return first ?? '';
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly maximum?: number | bigint;
  readonly origin?: string;
}

/** A content schema issue as a row issue on its column. */
function fromContentIssue(issue: ZodIssueLike, content: Record<string, unknown>): RowIssue {
  const column = columnOf(issue.path);
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return issue.origin === 'array'
      ? { column, code: 'TOO_MANY', params: { max } }
      : { column, code: 'TOO_LONG', params: { max } };
  }
  if (issue.message === 'items must not repeat')
    return { column, code: 'REPEATED_VALUE', params: {} };
  if (column === 'name_fi') return { column, code: 'REQUIRED', params: {} };
  if (column === 'phone') return { column, code: 'INVALID_PHONE', params: {} };
  if (column === 'email') return { column, code: 'INVALID_EMAIL', params: {} };
  if (column === 'website') return { column, code: 'INVALID_URL', params: {} };
  if (column === 'languages') {
    const languages = content.serviceLanguages as string[] | undefined;
    const position = Number(issue.path[1]);
    return {
      column,
      code: 'INVALID_LANGUAGE',
      params: { value: languages?.[position] ?? '' },
    };
  }
  return { column, code: 'INVALID', params: { detail: issue.message } };
}

/**
 * The content a row describes: the file's columns over the existing service's newest content
 * (`base`, null for a new service), validated by the same schema as a hand-made draft. A column the
 * file does not have keeps the existing value; an empty cell clears it (languages: back to Finnish).
 */
export function mapRow(
  reader: RowReader,
  base: TServiceContent | null,
  terms: ReadonlyMap<string, ImportTerm>,
  carriedTermIds: ReadonlySet<string>,
): MappedRow {
  const issues: RowIssue[] = [];
  const countIssue = reader.cellCountIssue();
  if (countIssue) issues.push(countIssue);
  const externalId = reader.cell('external_id');
  if (externalId === '') issues.push({ column: 'external_id', code: 'REQUIRED', params: {} });
  else if (externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    issues.push({
      column: 'external_id',
      code: 'TOO_LONG',
      params: { max: MAX_EXTERNAL_ID_LENGTH },
    });
  }

  const text = (field: (typeof TEXT_FIELDS)[number]): TLocalizedText => {
    const next: TLocalizedText = { ...(base?.[field] ?? {}) };
    for (const locale of LOCALES) {
      const column = `${field}_${locale}` as ImportColumn;
      if (reader.has(column)) next[locale] = reader.cell(column);
    }
    return next;
  };
  const termIds = (column: 'themes' | 'target_groups', kind: ImportTerm['kind']) => {
    const previous = kind === 'THEME' ? base?.themeIds : base?.targetGroupIds;
    if (!reader.has(column)) return previous;
    const ids: string[] = [];
    for (const code of splitList(reader.cell(column))) {
      const term = terms.get(`${kind}:${code.toLowerCase()}`);
      if (!term) issues.push({ column, code: 'UNKNOWN_TERM', params: { value: code } });
      else if (term.archived && !carriedTermIds.has(term.id)) {
        issues.push({ column, code: 'ARCHIVED_TERM', params: { value: code } });
      } else ids.push(term.id);
    }
    return ids;
  };
  const optionalCell = (column: 'phone' | 'email' | 'website', previous: string | undefined) =>
    reader.has(column) ? reader.cell(column) || undefined : previous;

  const languages = reader.has('languages')
    ? splitList(reader.cell('languages')).map((code) => code.toLowerCase())
    : base?.serviceLanguages;
  const candidate: Record<string, unknown> = {
    ...(base ?? {}),
    name: text('name'),
    summary: text('summary'),
    description: text('description'),
    contact: {
      ...(base?.contact ?? { note: {} }),
      phone: optionalCell('phone', base?.contact.phone),
      email: optionalCell('email', base?.contact.email),
      website: optionalCell('website', base?.contact.website),
    },
    themeIds: termIds('themes', 'THEME'),
    targetGroupIds: termIds('target_groups', 'TARGET_GROUP'),
    serviceLanguages: languages && languages.length > 0 ? languages : undefined,
  };
  const result = ZServiceContent.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(fromContentIssue(issue, candidate));
  }
  if (issues.length > 0 || !result.success) return { externalId, issues };
  return { externalId, content: result.data, issues };
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
