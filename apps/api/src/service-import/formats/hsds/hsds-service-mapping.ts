import {
  ACCESS_MODES,
  CHANNELS,
  LANGUAGE_CODE,
  type TLocale,
  type TLocalizedText,
  type TServiceContent,
} from '@linja/domain';

import { taxonomyId } from '../../../hsds/hsds-taxonomy.mapper';
import {
  externalIdIssues,
  findTerm,
  type ImportTerm,
  type MapContext,
  type MappedRecord,
  type RowIssue,
  validateContent,
} from '../import-record';
import { isObject, type JsonObject, list, objects, text } from '../json-file';

/** The field of an HSDS service (or its Linja profile) each content path comes from. */
function fieldOf(path: readonly string[]): string {
  const [first, second] = path;
  switch (first) {
    case 'name':
      return second === 'fiPlain' ? 'linja.plain_finnish.name' : 'name';
    case 'summary':
      return second === 'fiPlain' ? 'linja.plain_finnish.summary' : 'linja.summary';
    case 'description':
      return second === 'fiPlain' ? 'linja.plain_finnish.description' : 'description';
    case 'contact':
      return second === 'email' ? 'email' : second === 'website' ? 'url' : 'phones';
    case 'serviceLanguages':
      return 'languages';
    case 'themeIds':
    case 'targetGroupIds':
      return 'attributes';
    case 'costNote':
      return 'fees_description';
    case 'cost':
      return 'cost_options';
    case 'ageMin':
      return 'minimum_age';
    case 'ageMax':
      return 'maximum_age';
    case 'path':
      return 'application_process';
    case 'accessMode':
      return 'linja.access_mode';
    case 'channels':
      return 'linja.channels';
    default:
      return first ?? '';
  }
}

const STEP_TITLE: Record<TLocale, string> = {
  fi: 'Näin haet palvelua',
  sv: 'Så ansöker du',
  en: 'How to apply',
};

/**
 * A text of the file in `language` over the existing one. HSDS carries one language per file, and
 * Linja's export gives the Finnish text where a translation is missing: a non-Finnish value equal to
 * the Finnish one is that fallback, so it is not taken as a translation (the existing one is kept).
 * An absent value clears the language.
 */
export function mergeText(
  base: TLocalizedText | undefined,
  language: TLocale,
  value: string | undefined,
): TLocalizedText {
  const next: TLocalizedText = { ...(base ?? {}) };
  if (value === undefined) {
    return Object.fromEntries(Object.entries(next).filter(([key]) => key !== language));
  }
  if (language !== 'fi' && value === next.fi) return next;
  next[language] = value;
  return next;
}

interface Step {
  readonly title: string;
  readonly description?: string;
}

/**
 * HSDS's application_process as Linja writes it ("1. Title: text", one step a line, numbered from
 * 1); any other text is one step with a generic title and the text as its description.
 */
export function parseSteps(process: string, language: TLocale): Step[] {
  const starts: number[] = [];
  let from = 0;
  for (let number = 1; ; number += 1) {
    const marker = `${number}. `;
    const at =
      number === 1 && process.startsWith(marker) ? 0 : process.indexOf(`\n${marker}`, from);
    if (at < 0) break;
    starts.push(at === 0 && number === 1 ? 0 : at + 1);
    from = at + 1;
  }
  if (starts.length === 0) return [{ title: STEP_TITLE[language], description: process }];
  return starts.map((start, index) => {
    const next = starts[index + 1];
    const end = next === undefined ? process.length : next - 1;
    const body = process.slice(start, end).replace(/^\d+\. /, '');
    const split = body.indexOf(': ');
    return split < 0
      ? { title: body.trim() }
      : { title: body.slice(0, split).trim(), description: body.slice(split + 2).trim() };
  });
}

function mergePath(
  base: TServiceContent['path'],
  language: TLocale,
  process: string | undefined,
): TServiceContent['path'] {
  if (process === undefined) {
    // No steps in the file: none in Finnish; a translation's file leaves the steps as they are.
    return language === 'fi' ? [] : base;
  }
  const steps = parseSteps(process, language);
  if (language === 'fi') {
    return steps.map((step, index) => ({
      title: mergeText(base[index]?.title, 'fi', step.title),
      description: mergeText(base[index]?.description, 'fi', step.description),
    }));
  }
  return base.map((step, index) => {
    const read = steps[index];
    if (!read) return step;
    return {
      title: mergeText(step.title, language, read.title),
      description: mergeText(step.description, language, read.description),
    };
  });
}

const number = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return null;
};

/** An HSDS service object with its nested lists (the JSON form, or rebuilt from the tables). */
export type HsdsService = JsonObject;

/**
 * One HSDS service onto Linja's content (ARCHITECTURE.md "Importing services" has the table). The
 * file's language replaces that language's texts; other languages, professional information and what
 * HSDS has no place for are kept from the existing service. The Linja profile (`linja`: summary,
 * access mode, channels, plain Finnish, network) is read when present (Linja's JSON export).
 */
export function mapHsdsService(
  service: HsdsService,
  language: TLocale,
  base: TServiceContent | null,
  context: MapContext,
): MappedRecord {
  const issues: RowIssue[] = [...externalIdIssues(text(service.id) ?? '', 'id')];
  const warnings: RowIssue[] = [];
  const linja = isObject(service.linja) ? service.linja : undefined;
  const plain = linja && isObject(linja.plain_finnish) ? linja.plain_finnish : {};
  const summary = linja ? text(linja.summary) : undefined;
  let description = text(service.description);
  // Linja's export gives the summary as the description when there is none.
  if (linja && description !== undefined && description === summary) description = undefined;

  const withPlain = (field: 'name' | 'summary' | 'description', next: TLocalizedText) => {
    if (!linja) return next;
    const value = text(plain[field]);
    const result = { ...next };
    if (value === undefined) delete result.fiPlain;
    else result.fiPlain = value;
    return result;
  };

  const phones = objects(service.phones);
  const contacts = objects(service.contacts);
  // A file from elsewhere may give its contact details in a contact rather than on the service.
  const fallbackContact = linja ? undefined : contacts[0];
  const phone =
    text(phones[0]?.number) ?? text(objects(fallbackContact?.phones)[0]?.number) ?? undefined;
  const email = text(service.email) ?? text(fallbackContact?.email);

  const costOptions = objects(service.cost_options);
  const cost: TServiceContent['cost'] | undefined =
    costOptions.length === 0
      ? base?.cost
      : costOptions.some((option) => number(option.amount) === 0)
        ? 'FREE'
        : 'FEE';
  const feesDescription =
    text(service.fees_description) ?? text(costOptions[0]?.amount_description);

  const languages: string[] = [];
  for (const entry of objects(service.languages)) {
    const code = text(entry.code)?.toLowerCase();
    if (!code) continue;
    if (!LANGUAGE_CODE.test(code)) {
      warnings.push({ column: 'languages', code: 'UNSUPPORTED_LANGUAGE', params: { value: code } });
    } else if (!languages.includes(code)) languages.push(code);
  }

  const terms = mapTerms(service, linja, context, warnings);
  const candidate: Record<string, unknown> = {
    ...(base ?? {}),
    name: withPlain('name', mergeText(base?.name, language, text(service.name))),
    summary: linja
      ? withPlain('summary', mergeText(base?.summary, language, summary))
      : base?.summary,
    description: withPlain('description', mergeText(base?.description, language, description)),
    contact: {
      ...(base?.contact ?? { note: {} }),
      phone,
      email,
      website: text(service.url),
      note: mergeText(base?.contact.note, language, text(phones[0]?.description)),
    },
    serviceLanguages: languages.length > 0 ? languages : base?.serviceLanguages,
    themeIds: terms?.THEME ?? base?.themeIds,
    targetGroupIds: terms?.TARGET_GROUP ?? base?.targetGroupIds,
    cost,
    costNote: mergeText(base?.costNote, language, feesDescription),
    ageMin: number(service.minimum_age),
    ageMax: number(service.maximum_age),
    path: mergePath(base?.path ?? [], language, text(service.application_process)),
    accessMode:
      linja && ACCESS_MODES.includes(linja.access_mode as never)
        ? linja.access_mode
        : base?.accessMode,
    channels: linja
      ? list(linja.channels).filter((channel) => CHANNELS.includes(channel as never))
      : base?.channels,
  };
  const result = validateContent(candidate, fieldOf);
  issues.push(...result.issues);
  if (issues.length > 0 || !result.content) return { issues, warnings };
  return { content: result.content, issues, warnings };
}

/**
 * The service's attributes' taxonomy terms → the network's themes and target groups, by code. With
 * the Linja profile the taxonomy tells the kind (its id derives from the source network); otherwise
 * a code is looked up among themes, then target groups. A code the network lacks is left out with a
 * warning. Undefined when the file says nothing about terms (the existing ones stay).
 */
function mapTerms(
  service: HsdsService,
  linja: JsonObject | undefined,
  context: MapContext,
  warnings: RowIssue[],
): Record<ImportTerm['kind'], string[]> | undefined {
  if (!Array.isArray(service.attributes)) return undefined;
  const network = linja && isObject(linja.network) ? text(linja.network.id) : undefined;
  const ids: Record<ImportTerm['kind'], string[]> = { THEME: [], TARGET_GROUP: [] };
  for (const attribute of objects(service.attributes)) {
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
    const code = text(term?.code) ?? text(term?.name);
    if (!code) continue;
    const taxonomy = text(term?.taxonomy_id);
    const kinds: ImportTerm['kind'][] =
      network && taxonomy === taxonomyId(network, 'THEME')
        ? ['THEME']
        : network && taxonomy === taxonomyId(network, 'TARGET_GROUP')
          ? ['TARGET_GROUP']
          : ['THEME', 'TARGET_GROUP'];
    const found = findTerm(context, code, kinds);
    if ('problem' in found) {
      warnings.push({
        column: 'attributes',
        code: found.problem === 'ARCHIVED_TERM' ? 'ARCHIVED_TERM' : 'UNMAPPED_TERM',
        params: { value: code },
      });
    } else if (!ids[found.term.kind].includes(found.term.id)) {
      ids[found.term.kind].push(found.term.id);
    }
  }
  return ids;
}
