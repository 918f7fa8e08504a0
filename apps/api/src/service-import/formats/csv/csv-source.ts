import { fileError } from '../import-file';
import { type ImportSource } from '../import-record';
import { IMPORT_COLUMNS, type ImportColumn, REQUIRED_COLUMNS } from './csv-columns';
import { readCsvFile } from './csv-file';
import { mapRow, RowReader } from './csv-row-mapping';

/**
 * The CSV reader: one record per row with content, positioned by the line it starts on. A column the
 * file leaves out keeps the existing service's value; an empty cell clears it (csv-row-mapping.ts).
 */
export function readCsvSource(contentBase64: string): ImportSource {
  const table = readCsvFile(contentBase64);
  const ignoredColumns = checkHeader(table.header);
  return {
    format: 'CSV',
    fileHash: table.fileHash,
    delimiter: table.delimiter,
    ignoredColumns,
    contentLanguage: null,
    records: table.rows.map((row) => {
      const reader = new RowReader(table.header, row);
      return {
        position: row.line,
        externalId: reader.cell('external_id'),
        name: reader.cell('name_fi'),
        map: (base, context) => ({
          ...mapRow(reader, base, context.terms, context.carriedTermIds),
          warnings: [],
        }),
      };
    }),
  };
}

/** Duplicate or missing required columns refuse the file; returns the columns Linja ignores. */
function checkHeader(header: readonly string[]): string[] {
  const duplicates = header.filter((name, index) => name !== '' && header.indexOf(name) !== index);
  if (duplicates.length > 0) {
    throw fileError(
      'DUPLICATE_COLUMNS',
      `Columns appear twice: ${[...new Set(duplicates)].join(', ')}.`,
      { columns: [...new Set(duplicates)] },
    );
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw fileError('MISSING_COLUMNS', `Required columns are missing: ${missing.join(', ')}.`, {
      columns: missing,
    });
  }
  const known = new Set<string>(IMPORT_COLUMNS);
  return header.filter((name) => name !== '' && !known.has(name as ImportColumn));
}
