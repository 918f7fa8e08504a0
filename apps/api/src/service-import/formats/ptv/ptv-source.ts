import { LANGUAGE_CODE, LOCALES, type TLocalizedText, type TServiceContent } from '@linja/domain';

import { checkRecordCount, decodeBase64File, fileError, fileHashOf } from '../import-file';
import {
  externalIdIssues,
  findTerm,
  type ImportTerm,
  type ImportRecord,
  type ImportSource,
  type MapContext,
  type MappedRecord,
  type RowIssue,
  validateContent,
} from '../import-record';
import { isObject, type JsonObject, list, objects, parseJsonFile, text } from '../json-file';

/** The PTV field each content path comes from. */
function fieldOf(path: readonly string[]): string {
  switch (path[0]) {
    case 'name':
      return 'serviceNames';
    case 'summary':
    case 'description':
    case 'costNote':
      return 'serviceDescriptions';
    case 'serviceLanguages':
      return 'languages';
    case 'themeIds':
      return 'serviceClasses';
    case 'targetGroupIds':
      return 'targetGroups';
    case 'cost':
      return 'serviceChargeType';
    default:
      return path[0] ?? '';
  }
}

/**
 * The services of a PTV Open API v11 file: one service, an array (/Service/list?guids=) or a paged
 * answer (`itemList`, /Service/list/organization). An HSDS file or other shape is WRONG_SHAPE.
 */
export function ptvServicesOf(value: unknown): unknown[] {
  const isService = (item: unknown) => isObject(item) && Array.isArray(item.serviceNames);
  let items: unknown[] | null = null;
  if (Array.isArray(value)) items = value;
  else if (isObject(value) && 'itemList' in value) items = list(value.itemList);
  else if (isService(value)) items = [value];
  if (!items || !items.every(isService)) {
    const hsds =
      isObject(value) && (typeof value.name === 'string' || Array.isArray(value.contents));
    throw fileError(
      'WRONG_SHAPE',
      hsds
        ? 'This is an HSDS file, not PTV: choose the HSDS format.'
        : 'Not PTV services: expected a service with serviceNames, an array of them or a page with itemList.',
      { expected: 'PTV_JSON' },
    );
  }
  return items;
}

/** PTV's localised list items of `type` as one Linja text (fi/sv/en; other languages left out). */
function localized(items: unknown, type: string): TLocalizedText {
  const result: TLocalizedText = {};
  for (const item of objects(items)) {
    const language = text(item.language);
    const value = text(item.value);
    if (item.type !== type || !value || !language) continue;
    if ((LOCALES as readonly string[]).includes(language)) {
      result[language as (typeof LOCALES)[number]] ??= value;
    }
  }
  return result;
}

/**
 * One PTV service onto Linja's content: names, summaries, descriptions and the charge's additional
 * information in fi/sv/en (PTV carries all languages, so each replaces the existing text; Linja's
 * plain Finnish stays), charge type, languages, target groups and service classes to the network's
 * terms by code or Finnish name (others are warnings). Channels, areas and organisations are not
 * service content in Linja: they are not imported.
 */
export function mapPtvService(
  service: JsonObject,
  base: TServiceContent | null,
  context: MapContext,
): MappedRecord {
  const issues: RowIssue[] = [...externalIdIssues(externalIdOf(service), 'id')];
  const warnings: RowIssue[] = [];
  const keepPlain = (field: 'name' | 'summary' | 'description', next: TLocalizedText) =>
    base?.[field].fiPlain ? { ...next, fiPlain: base[field].fiPlain } : next;
  const descriptions = service.serviceDescriptions;

  const languages: string[] = [];
  for (const raw of list(service.languages)) {
    const code = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (!code) continue;
    if (!LANGUAGE_CODE.test(code)) {
      warnings.push({ column: 'languages', code: 'UNSUPPORTED_LANGUAGE', params: { value: code } });
    } else if (!languages.includes(code)) languages.push(code);
  }

  const termIds = (field: string, kinds: ImportTerm['kind'][]) => {
    const ids: Record<ImportTerm['kind'], string[]> = { THEME: [], TARGET_GROUP: [] };
    for (const item of objects(service[field])) {
      const names = objects(item.name);
      const fiName = text(names.find((name) => name.language === 'fi')?.value);
      const code = text(item.code);
      const byCode = code ? findTerm(context, code, kinds) : undefined;
      const byName =
        (!byCode || 'problem' in byCode) && fiName ? findTerm(context, fiName, kinds) : byCode;
      if (!byName) continue;
      if ('problem' in byName) {
        warnings.push({
          column: field,
          code: byName.problem === 'ARCHIVED_TERM' ? 'ARCHIVED_TERM' : 'UNMAPPED_TERM',
          params: { value: code ?? fiName ?? '' },
        });
      } else if (!ids[byName.term.kind].includes(byName.term.id)) {
        ids[byName.term.kind].push(byName.term.id);
      }
    }
    return ids;
  };
  const groups = termIds('targetGroups', ['TARGET_GROUP', 'THEME']);
  const classes = termIds('serviceClasses', ['THEME', 'TARGET_GROUP']);
  const merged = (kind: ImportTerm['kind']) => [...new Set([...groups[kind], ...classes[kind]])];

  const charge = text(service.serviceChargeType);
  const candidate: Record<string, unknown> = {
    ...(base ?? {}),
    name: keepPlain('name', localized(service.serviceNames, 'Name')),
    summary: keepPlain('summary', localized(descriptions, 'Summary')),
    description: keepPlain('description', localized(descriptions, 'Description')),
    costNote: localized(descriptions, 'ChargeTypeAdditionalInfo'),
    cost: charge === 'FreeOfCharge' ? 'FREE' : charge === 'Chargeable' ? 'FEE' : base?.cost,
    serviceLanguages: languages.length > 0 ? languages : base?.serviceLanguages,
    themeIds: merged('THEME'),
    targetGroupIds: merged('TARGET_GROUP'),
  };
  const result = validateContent(candidate, fieldOf);
  issues.push(...result.issues);
  if (issues.length > 0 || !result.content) return { issues, warnings };
  return { content: result.content, issues, warnings };
}

/** PTV's own id (a GUID, stable) is the external identifier; a service without one: its sourceId. */
function externalIdOf(service: JsonObject): string {
  return text(service.id) ?? text(service.sourceId) ?? '';
}

export function readPtvSource(contentBase64: string): ImportSource {
  const bytes = decodeBase64File(contentBase64);
  const services = ptvServicesOf(parseJsonFile(bytes)) as JsonObject[];
  checkRecordCount(services.length);
  return {
    format: 'PTV_JSON',
    fileHash: fileHashOf(bytes),
    delimiter: '',
    ignoredColumns: [],
    contentLanguage: null,
    records: services.map((service, index): ImportRecord => ({
      position: index + 1,
      externalId: externalIdOf(service),
      name:
        localized(service.serviceNames, 'Name').fi ??
        text(objects(service.serviceNames)[0]?.value) ??
        '',
      map: (base, context) => mapPtvService(service, base, context),
    })),
  };
}
