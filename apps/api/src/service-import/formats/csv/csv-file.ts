import { CsvError, parse } from 'csv-parse/sync';

import {
  decodeBase64File,
  fileError,
  fileHashOf,
  MAX_IMPORT_ROWS,
  OLE_SIGNATURE,
  ZIP_SIGNATURE,
} from '../import-file';

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** SHA-256 of the file's bytes, hex: what a preview is keyed by. */
  readonly fileHash: string;
  readonly delimiter: ',' | ';' | '\t';
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * The file as text: UTF-8 only (a UTF-8 BOM, which Excel's "CSV UTF-8" writes, is dropped). UTF-16,
 * Latin-1/Windows-1252, spreadsheets (.xlsx is a zip, .xls an OLE file) and other binary content are
 * refused with a reason that tells the person how to save the file instead.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw fileError('EMPTY', 'The file is empty.');
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE) || bytes.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw fileError(
      'SPREADSHEET',
      'This is a spreadsheet or archive, not CSV: save it as CSV UTF-8.',
    );
  }
  const twoBytes = bytes.subarray(0, 2);
  const utf16Bom =
    twoBytes.equals(Buffer.from([0xff, 0xfe])) || twoBytes.equals(Buffer.from([0xfe, 0xff]));
  // UTF-16 without a BOM: text in it has a NUL in every other byte.
  if (utf16Bom || looksLikeUtf16(bytes)) {
    throw fileError('UTF16', 'The file is UTF-16 text: save it as CSV UTF-8.');
  }
  if (bytes.includes(0)) throw fileError('BINARY', 'The file has binary content, not CSV text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError(
      'NOT_UTF8',
      'The file is not UTF-8 (perhaps Latin-1 or Windows-1252): save it as CSV UTF-8.',
    );
  }
  // Control characters other than tab, line feed and carriage return: not a text file.
  if (hasControlCharacter(text)) {
    throw fileError('BINARY', 'The file has binary content, not CSV text.');
  }
  return text;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true;
    }
  }
  return false;
}

function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 8) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 1) oddZeros += 1;
    else evenZeros += 1;
  });
  return Math.max(oddZeros, evenZeros) >= 0.4 * (sample.length / 2);
}

/**
 * The delimiter of the header line: the most frequent of `,`, `;` and tab outside quotes. Excel in a
 * Finnish or Swedish locale saves "CSV" with semicolons; both are accepted.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Reads a CSV file (base64 of its bytes) into header and rows, or throws a file error. */
export function readCsvFile(contentBase64: string): CsvTable {
  const bytes = decodeBase64File(contentBase64);
  const fileHash = fileHashOf(bytes);
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { empty_lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // No `to` limit: spreadsheets add rows of empty cells (";;;"), which do not count, and the
      // file is at most MAX_IMPORT_BYTES, so parsing all of it is bounded.
    }) as unknown as { record: string[]; info: { empty_lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileError('MALFORMED_CSV', `The file is not valid CSV: ${error.message}`, {
        csvCode: error.code,
      });
    }
    throw error;
  }
  const [first, ...rest] = records;
  const header = (first?.record ?? []).map((name) => name.trim().toLowerCase());
  const starts = startLines(records);
  const rows = rest
    .map((entry, index) => ({ line: starts[index + 1] ?? 0, cells: entry.record }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError('TOO_MANY_ROWS', `The file has more than ${MAX_IMPORT_ROWS} rows.`, {
      limit: MAX_IMPORT_ROWS,
    });
  }
  if (header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw fileError('EMPTY', 'The file has no header row.');
  }
  return { fileHash, delimiter, header, rows };
}

/**
 * The line each record starts on. csv-parse's own count is off after a quoted cell with a CRLF (it
 * counts both characters), so: the records before it, the line breaks inside their cells, and the
 * empty lines skipped so far.
 */
function startLines(records: readonly { record: string[]; info: { empty_lines: number } }[]) {
  let consumed = 0;
  return records.map((entry) => {
    const line = 1 + consumed + entry.info.empty_lines;
    const breaks = entry.record.reduce(
      (sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0),
      0,
    );
    consumed += 1 + breaks;
    return line;
  });
}
