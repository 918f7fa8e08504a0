/** The formats the API's service import reads (ServiceImportFormat). */
export const IMPORT_FORMATS = ['CSV', 'HSDS_JSON', 'HSDS_DATAPACKAGE', 'PTV_JSON'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * The format of a chosen file from its name and first bytes (base64 of the file, as sent): a zip is an
 * HSDS Data Package; JSON (or NDJSON) naming PTV's `serviceNames` is PTV, other JSON is HSDS; anything
 * else is CSV. The API checks the shape itself and says when the guess was wrong (WRONG_SHAPE).
 */
export function detectImportFormat(fileName: string, contentBase64: string): ImportFormat {
  // 8 KiB of base64 (a multiple of 4, so always decodable) = 6 KiB of bytes: the start of a record.
  const head = atob(contentBase64.slice(0, 8192));
  if (head.startsWith('PK\u0003\u0004') || /\.zip$/i.test(fileName)) return 'HSDS_DATAPACKAGE';
  const text = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[') || /\.(nd)?json$/i.test(fileName)) {
    return /"(serviceNames|itemList)"\s*:/.test(text) ? 'PTV_JSON' : 'HSDS_JSON';
  }
  return 'CSV';
}
