import yauzl from 'yauzl';

import { fileError } from './import-file';

/** Most entries a zip may list (the HSDS Data Package has 17 files). */
export const MAX_ZIP_ENTRIES = 64;
/** Most bytes the entries read may hold in total, uncompressed. */
export const MAX_ZIP_UNCOMPRESSED = 16 * 1024 * 1024;
/** Highest compression ratio an entry larger than RATIO_FLOOR may have (text rarely exceeds 20). */
export const MAX_ZIP_RATIO = 100;
const RATIO_FLOOR = 256 * 1024;

const bomb = (message: string, details: Record<string, unknown> = {}) =>
  fileError('ZIP_TOO_LARGE', message, {
    maxEntries: MAX_ZIP_ENTRIES,
    maxBytes: MAX_ZIP_UNCOMPRESSED,
    maxRatio: MAX_ZIP_RATIO,
    ...details,
  });

/**
 * The entries of a zip (in memory) that `wanted` names, by name, guarded against zip bombs: at most
 * MAX_ZIP_ENTRIES entries, MAX_ZIP_UNCOMPRESSED bytes in total and a compression ratio of
 * MAX_ZIP_RATIO, all checked on the central directory before inflating and again on the bytes
 * actually inflated (yauzl also checks them against the sizes declared). Not a zip: NOT_ZIP.
 */
export function readZipEntries(
  bytes: Buffer,
  wanted: (name: string) => boolean,
): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true },
      (error: Error | null, zip: yauzl.ZipFile) => {
        if (error) {
          reject(fileError('NOT_ZIP', `The file is not a zip archive: ${error.message}`));
          return;
        }
        if (zip.entryCount > MAX_ZIP_ENTRIES) {
          zip.close();
          reject(bomb(`The zip has more than ${MAX_ZIP_ENTRIES} entries.`));
          return;
        }
        const entries = new Map<string, Buffer>();
        let total = 0;
        const fail = (problem: Error) => {
          zip.close();
          reject(problem);
        };
        zip.on('error', (zipError: Error) => {
          fail(fileError('NOT_ZIP', `The zip archive is damaged: ${zipError.message}`));
        });
        zip.on('end', () => {
          resolve(entries);
        });
        zip.on('entry', (entry: yauzl.Entry) => {
          if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) {
            zip.readEntry();
            return;
          }
          const declared = entry.uncompressedSize;
          if (
            declared > RATIO_FLOOR &&
            declared > MAX_ZIP_RATIO * Math.max(entry.compressedSize, 1)
          ) {
            fail(
              bomb(`${entry.fileName} is compressed suspiciously well.`, { entry: entry.fileName }),
            );
            return;
          }
          if (total + declared > MAX_ZIP_UNCOMPRESSED) {
            fail(bomb(`The zip holds more than ${MAX_ZIP_UNCOMPRESSED} bytes.`));
            return;
          }
          zip.openReadStream(entry, (streamError: Error | null, stream) => {
            if (streamError) {
              fail(fileError('NOT_ZIP', `The zip archive is damaged: ${streamError.message}`));
              return;
            }
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => {
              total += chunk.length;
              if (total > MAX_ZIP_UNCOMPRESSED) {
                stream.destroy();
                fail(bomb(`The zip holds more than ${MAX_ZIP_UNCOMPRESSED} bytes.`));
                return;
              }
              chunks.push(chunk);
            });
            stream.on('error', (readError: Error) => {
              fail(fileError('NOT_ZIP', `The zip archive is damaged: ${readError.message}`));
            });
            stream.on('end', () => {
              entries.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}
