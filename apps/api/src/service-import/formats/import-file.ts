import { createHash } from 'node:crypto';

import { DomainError } from '../../common/errors/domain-error';

/** Largest file the import reads in one request (after base64 decoding), whatever its format. */
export const MAX_IMPORT_BYTES = 512 * 1024;
/** Most services (CSV rows, JSON records) one file may have. */
export const MAX_IMPORT_ROWS = 1000;

/** The formats the import reads (formats/<format>/: one reader each). */
export const IMPORT_FORMATS = ['CSV', 'HSDS_JSON', 'HSDS_DATAPACKAGE', 'PTV_JSON'] as const;
export type TImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Why a whole file is refused (nothing is read further and nothing changes). The admin app shows a
 * text per reason in the person's language; the message is English for API users.
 */
export type ImportFileProblem =
  | 'NOT_BASE64'
  | 'EMPTY'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'NOT_UTF8'
  | 'UTF16'
  | 'BINARY'
  | 'SPREADSHEET'
  | 'MALFORMED_CSV'
  | 'MISSING_COLUMNS'
  | 'DUPLICATE_COLUMNS'
  | 'NOT_JSON'
  | 'WRONG_SHAPE'
  | 'NOT_ZIP'
  | 'ZIP_TOO_LARGE'
  | 'MISSING_FILE';

/** BAD_USER_INPUT on `input.file` with the reason (`extensions.reason`) and any details. */
export function fileError(
  reason: ImportFileProblem,
  message: string,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field: 'input.file', reason, ...details });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes from base64 (whitespace allowed), within the size limit. */
export function decodeBase64File(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 === 1) {
    throw fileError('NOT_BASE64', 'The file must be sent as base64.');
  }
  // Checked before decoding: 4 characters carry 3 bytes.
  if (Math.floor((compact.length * 3) / 4) > MAX_IMPORT_BYTES + 2) {
    throw tooLarge();
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge();
  return bytes;
}

function tooLarge(): DomainError {
  return fileError('FILE_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES} bytes.`, {
    limit: MAX_IMPORT_BYTES,
  });
}

/** SHA-256 of the file's bytes, hex: what a preview is keyed by. */
export function fileHashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** More records than one import takes: the whole file is refused. */
export function checkRecordCount(count: number): void {
  if (count > MAX_IMPORT_ROWS) {
    throw fileError('TOO_MANY_ROWS', `The file has more than ${MAX_IMPORT_ROWS} services.`, {
      limit: MAX_IMPORT_ROWS,
    });
  }
}

export const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
