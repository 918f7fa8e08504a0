import path from 'node:path';

import { LOCALES, type TLocale } from '@linja/domain';
import { CsvError, parse } from 'csv-parse/sync';

import {
  checkRecordCount,
  decodeBase64File,
  fileError,
  fileHashOf,
  ZIP_SIGNATURE,
} from '../import-file';
import { type ImportSource } from '../import-record';
import { isObject, type JsonObject, objects, parseJsonFile, text } from '../json-file';
import { readZipEntries } from '../zip-entries';
import { hsdsRecords } from './hsds-json-source';

/** The tables the import reads, with HSDS's file names (used when datapackage.json names none). */
const READ_TABLES = {
  service: 'services.csv',
  phone: 'phones.csv',
  contact: 'contacts.csv',
  language: 'languages.csv',
  cost_option: 'cost_options.csv',
  attribute: 'attributes.csv',
  taxonomy_term: 'taxonomy_terms.csv',
} as const;
type ReadTable = keyof typeof READ_TABLES;

type Row = Record<string, string>;

function parseTable(name: string, bytes: Buffer): Row[] {
  try {
    return parse<Row>(bytes, { bom: true, columns: true, skip_empty_lines: true });
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileError('MALFORMED_CSV', `${name} is not valid CSV: ${error.message}`, {
        csvCode: error.code,
        entry: name,
      });
    }
    throw error;
  }
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = row[key]?.trim();
    if (!id) continue;
    const group = groups.get(id) ?? [];
    group.push(row);
    groups.set(id, group);
  }
  return groups;
}

/**
 * An HSDS tabular Data Package (zip: datapackage.json and one CSV per table, as Linja's export writes
 * it): the services rebuilt as the JSON form (service with its phones, contacts, languages, cost
 * options and attributes with their taxonomy terms), then mapped like HSDS JSON. Other tables
 * (locations, schedules, service areas…) are listed as not read. The language is the descriptor's
 * `language` unless the caller says otherwise. The zip is read with zip-bomb guards (zip-entries.ts).
 */
export async function readHsdsDataPackageSource(
  contentBase64: string,
  contentLanguage: TLocale | null,
): Promise<ImportSource> {
  const bytes = decodeBase64File(contentBase64);
  if (bytes.length === 0) throw fileError('EMPTY', 'The file is empty.');
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw fileError('NOT_ZIP', 'The file is not a zip archive (an HSDS Data Package is zipped).');
  }
  const entries = await readZipEntries(bytes, (name) => /\.(json|csv)$/i.test(name));
  const byName = new Map(
    [...entries].map(([name, content]) => [path.posix.basename(name), content]),
  );
  const descriptorBytes = byName.get('datapackage.json');
  if (!descriptorBytes) {
    throw fileError('MISSING_FILE', 'The zip has no datapackage.json.', {
      files: ['datapackage.json'],
    });
  }
  const descriptor = parseJsonFile(descriptorBytes);
  if (!isObject(descriptor) || !Array.isArray(descriptor.resources)) {
    throw fileError('WRONG_SHAPE', 'datapackage.json lists no resources.', {
      expected: 'HSDS_DATAPACKAGE',
    });
  }
  const resources = objects(descriptor.resources);
  const fileOf = (table: ReadTable) =>
    path.posix.basename(
      text(resources.find((resource) => resource.name === table)?.path) ?? READ_TABLES[table],
    );
  const serviceFile = fileOf('service');
  if (!byName.has(serviceFile)) {
    throw fileError('MISSING_FILE', `The zip has no ${serviceFile}.`, { files: [serviceFile] });
  }
  const read = (table: ReadTable): Row[] => {
    const file = fileOf(table);
    const content = byName.get(file);
    return content ? parseTable(file, content) : [];
  };
  const serviceRows = read('service');
  checkRecordCount(serviceRows.length);
  const first = serviceRows[0];
  if (first && !('id' in first && 'name' in first)) {
    throw fileError('MISSING_COLUMNS', `${serviceFile} has no id and name columns.`, {
      columns: ['id', 'name'],
    });
  }

  const phones = read('phone');
  const servicePhones = groupBy(
    phones.filter((row) => !row.contact_id?.trim()),
    'service_id',
  );
  const contactPhones = groupBy(phones, 'contact_id');
  const contacts = groupBy(read('contact'), 'service_id');
  const languages = groupBy(read('language'), 'service_id');
  const costOptions = groupBy(read('cost_option'), 'service_id');
  const attributeRows = read('attribute');
  const attributes = groupBy(
    attributeRows.filter((row) => (row.link_type?.trim() || 'service') === 'service'),
    'link_id',
  );
  const terms = new Map(read('taxonomy_term').map((row) => [row.id?.trim(), row]));
  const termsRead = byName.has(fileOf('attribute'));

  const services = serviceRows.map((row): JsonObject => {
    const id = row.id?.trim() ?? '';
    return {
      ...row,
      phones: servicePhones.get(id) ?? [],
      contacts: (contacts.get(id) ?? []).map((contact) => ({
        ...contact,
        phones: contactPhones.get(contact.id?.trim() ?? '') ?? [],
      })),
      languages: languages.get(id) ?? [],
      cost_options: costOptions.get(id) ?? [],
      ...(termsRead
        ? {
            attributes: (attributes.get(id) ?? []).map((attribute) => ({
              ...attribute,
              taxonomy_term: terms.get(attribute.taxonomy_term_id?.trim()) ?? {
                code: attribute.taxonomy_term_id,
              },
            })),
          }
        : {}),
    };
  });

  const declared = text(descriptor.language);
  const language =
    contentLanguage ??
    (declared && (LOCALES as readonly string[]).includes(declared) ? (declared as TLocale) : 'fi');
  const readFiles = new Set<string>(
    (Object.keys(READ_TABLES) as ReadTable[]).map((table) => fileOf(table)),
  );
  return {
    format: 'HSDS_DATAPACKAGE',
    fileHash: fileHashOf(bytes),
    delimiter: '',
    ignoredColumns: [...byName.keys()]
      .filter((name) => name.endsWith('.csv') && !readFiles.has(name))
      .sort(),
    contentLanguage: language,
    records: hsdsRecords(services, language),
  };
}
