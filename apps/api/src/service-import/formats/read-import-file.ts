import { type TLocale } from '@linja/domain';

import { readCsvSource } from './csv/csv-source';
import { readHsdsDataPackageSource } from './hsds/hsds-datapackage-source';
import { readHsdsJsonSource } from './hsds/hsds-json-source';
import { type TImportFormat } from './import-file';
import { type ImportSource } from './import-record';
import { readPtvSource } from './ptv/ptv-source';

/**
 * The reader of each format: the file (base64) → its records, or a file error (BAD_USER_INPUT on
 * input.file with a reason) before anything is planned. Everything after is format-neutral.
 */
export async function readImportFile(
  format: TImportFormat,
  contentBase64: string,
  contentLanguage: TLocale | null,
): Promise<ImportSource> {
  switch (format) {
    case 'CSV':
      return readCsvSource(contentBase64);
    case 'HSDS_JSON':
      return readHsdsJsonSource(contentBase64, contentLanguage);
    case 'HSDS_DATAPACKAGE':
      return readHsdsDataPackageSource(contentBase64, contentLanguage);
    case 'PTV_JSON':
      return readPtvSource(contentBase64);
  }
}
