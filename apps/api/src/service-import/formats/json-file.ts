import { fileError, OLE_SIGNATURE, ZIP_SIGNATURE } from './import-file';

/** A JSON object as read from a file. */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A UTF-8 JSON file (a BOM is dropped) as its value; NDJSON (one JSON value per line, what the HSDS
 * bulk export writes) as the array of its lines. Anything else is refused as NOT_JSON (or BINARY /
 * NOT_UTF8) with nothing read further.
 */
export function parseJsonFile(bytes: Buffer): unknown {
  if (bytes.length === 0) throw fileError('EMPTY', 'The file is empty.');
  if (
    bytes.subarray(0, 4).equals(ZIP_SIGNATURE) ||
    bytes.subarray(0, 4).equals(OLE_SIGNATURE) ||
    bytes.includes(0)
  ) {
    throw fileError('BINARY', 'The file has binary content, not JSON text.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError('NOT_UTF8', 'The file is not UTF-8 text.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1) {
      try {
        return lines.map((line) => JSON.parse(line) as unknown);
      } catch {
        // Not NDJSON either: report the whole-file error below.
      }
    }
    throw fileError('NOT_JSON', `The file is not valid JSON: ${(error as Error).message}`);
  }
}

/** A string field, trimmed; undefined when absent or not text. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An array field's items; [] when absent or not an array. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An array field's object items. */
export function objects(value: unknown): JsonObject[] {
  return list(value).filter(isObject);
}
