import { stringify } from 'csv-stringify/sync';

/**
 * The columns of the service import CSV (documented in ARCHITECTURE.md "Importing services"). Names
 * are matched case-insensitively; `external_id` and `name_fi` are required, the others optional. An
 * optional column left out of the file keeps what an existing service has; a column present with an
 * empty cell clears that field. Columns Linja does not know are listed in the report and ignored.
 */
export const IMPORT_COLUMNS = [
  'external_id',
  'name_fi',
  'name_sv',
  'name_en',
  'summary_fi',
  'summary_sv',
  'summary_en',
  'description_fi',
  'description_sv',
  'description_en',
  'phone',
  'email',
  'website',
  'themes',
  'target_groups',
  'languages',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['external_id', 'name_fi'];

const EXAMPLE_ROW: Record<ImportColumn, string> = {
  external_id: 'perhekahvila-1',
  name_fi: 'Perhekahvila',
  name_sv: 'Familjekafé',
  name_en: 'Family café',
  summary_fi: 'Avoin kohtaamispaikka vauvaperheille.',
  summary_sv: 'En öppen mötesplats för babyfamiljer.',
  summary_en: 'An open meeting place for families with babies.',
  description_fi: 'Tule juttelemaan ja tapaamaan muita perheitä. Ei ilmoittautumista.',
  description_sv: '',
  description_en: '',
  phone: '+358 40 123 4567',
  email: 'info@example.fi',
  website: 'https://example.fi/perhekahvila',
  themes: 'vanhemmuus;vertaistuki',
  target_groups: 'vauvaperheet',
  languages: 'fi;sv',
};

/** The template to download: the header and one example row, UTF-8 with a BOM (Excel reads it so). */
export function importTemplateCsv(): string {
  return (
    '\uFEFF' +
    stringify([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((column) => EXAMPLE_ROW[column])], {
      record_delimiter: '\r\n',
    })
  );
}
