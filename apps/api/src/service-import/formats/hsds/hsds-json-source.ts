import { LOCALES, type TLocale } from '@linja/domain';

import { checkRecordCount, decodeBase64File, fileError, fileHashOf } from '../import-file';
import { type ImportRecord, type ImportSource } from '../import-record';
import { isObject, objects, parseJsonFile, text } from '../json-file';
import { type HsdsService, mapHsdsService } from './hsds-service-mapping';

/**
 * The services of an HSDS JSON file: one service object, an array of them, a paged `/services`
 * answer (`contents`), or NDJSON (Linja's bulk export). A PTV file or any other shape is refused
 * (WRONG_SHAPE) before anything is read.
 */
export function hsdsServicesOf(value: unknown): unknown[] {
  const items = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.contents)
      ? value.contents
      : isObject(value) && typeof value.name === 'string'
        ? [value]
        : null;
  const looksLikePtv = (item: unknown) =>
    isObject(item) && (Array.isArray(item.serviceNames) || 'itemList' in item);
  if (!items || items.some(looksLikePtv) || looksLikePtv(value)) {
    throw fileError(
      'WRONG_SHAPE',
      looksLikePtv(value) || (items ?? []).some(looksLikePtv)
        ? 'This is a PTV file, not HSDS: choose the PTV format.'
        : 'Not HSDS services: expected a service, an array of services or a page with "contents".',
      { expected: 'HSDS_JSON' },
    );
  }
  return items;
}

/** The language the file says its texts are in (a taxonomy term's `language`), if any. */
export function languageOfServices(services: readonly unknown[]): TLocale | null {
  for (const service of services.filter(isObject)) {
    for (const attribute of objects(service.attributes)) {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
      const language = text(term?.language);
      if (language && (LOCALES as readonly string[]).includes(language)) return language as TLocale;
    }
  }
  return null;
}

/** HSDS services as import records, numbered from 1, in the file's language. */
export function hsdsRecords(
  services: readonly unknown[],
  language: TLocale,
  positionOf: (index: number) => number = (index) => index + 1,
): ImportRecord[] {
  return services.map((item, index): ImportRecord => {
    const service: HsdsService = isObject(item) ? item : {};
    return {
      position: positionOf(index),
      externalId: text(service.id) ?? '',
      name: text(service.name) ?? '',
      map: (base, context) =>
        isObject(item)
          ? mapHsdsService(service, language, base, context)
          : {
              issues: [{ column: '', code: 'INVALID', params: { detail: 'not an object' } }],
              warnings: [],
            },
    };
  });
}

export function readHsdsJsonSource(
  contentBase64: string,
  contentLanguage: TLocale | null,
): ImportSource {
  const bytes = decodeBase64File(contentBase64);
  const services = hsdsServicesOf(parseJsonFile(bytes));
  checkRecordCount(services.length);
  const language = contentLanguage ?? languageOfServices(services) ?? 'fi';
  return {
    format: 'HSDS_JSON',
    fileHash: fileHashOf(bytes),
    delimiter: '',
    ignoredColumns: [],
    contentLanguage: language,
    records: hsdsRecords(services, language),
  };
}
