import { LOCALES, type TLocalizedText, type TServiceContent } from '@linja/domain';

import {
  externalIdIssues,
  type ImportTerm,
  type RowIssue,
  type TermIndex,
  validateContent,
} from '../import-record';
import { type CsvRow } from './csv-file';
import { type ImportColumn } from './csv-columns';

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
function columnOf(path: readonly string[]): string {
  const [first, second] = path;
  if (TEXT_FIELDS.includes(first as (typeof TEXT_FIELDS)[number]) && second) {
    return `${first}_${second}`;
  }
  if (first === 'contact' && second) return second;
  if (first === 'serviceLanguages') return 'languages';
  if (first === 'themeIds') return 'themes';
  if (first === 'targetGroupIds') return 'target_groups';
  return first ?? '';
}

/**
 * The content a row describes: the file's columns over the existing service's newest content
 * (`base`, null for a new service), validated by the same schema as a hand-made draft. A column the
 * file does not have keeps the existing value; an empty cell clears it (languages: back to Finnish).
 */
export function mapRow(
  reader: RowReader,
  base: TServiceContent | null,
  terms: TermIndex,
  carriedTermIds: ReadonlySet<string>,
): MappedRow {
  const issues: RowIssue[] = [];
  const countIssue = reader.cellCountIssue();
  if (countIssue) issues.push(countIssue);
  const externalId = reader.cell('external_id');
  issues.push(...externalIdIssues(externalId, 'external_id'));

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
  const result = validateContent(candidate, columnOf);
  issues.push(...result.issues);
  if (issues.length > 0 || !result.content) return { externalId, issues };
  return { externalId, content: result.content, issues };
}
