import { localizedTextsOf } from '@linja/domain';

import type { ResultOf } from '../../../gql';
import type { ServiceContentFields, ServiceContentInput } from '../services.documents';

export type ContentData = ResultOf<typeof ServiceContentFields>;

/** The text variants the form edits; Finnish is the source language. */
export const TEXT_VARIANTS = ['fi', 'fiPlain', 'sv', 'en'] as const;
export type TextVariant = (typeof TEXT_VARIANTS)[number];
export const TRANSLATIONS = ['fiPlain', 'sv', 'en'] as const;

export type Loc = Record<TextVariant, string>;

export interface PathStepValues {
  /** Stable React key (not sent). */
  key: string;
  title: Loc;
  description: Loc;
}

export interface ServiceFormValues {
  name: Loc;
  summary: Loc;
  description: Loc;
  themeIds: string[];
  targetGroupIds: string[];
  ageMin: number | string;
  ageMax: number | string;
  serviceLanguages: string[];
  accessMode: 'SELF_REFERRAL' | 'PROFESSIONAL_REFERRAL' | 'BOTH';
  channels: ('IN_PERSON' | 'PHONE' | 'CHAT' | 'VIDEO' | 'GROUP' | 'HOME_VISIT')[];
  cost: 'FREE' | 'FEE';
  costNote: Loc;
  contact: { phone: string; email: string; website: string; note: Loc };
  professionalInfo: { howToRefer: Loc; eligibility: Loc; whatHappensNext: Loc };
  path: PathStepValues[];
}

type LocIn = {
  fi?: string | null;
  fiPlain?: string | null;
  sv?: string | null;
  en?: string | null;
};

export function loc(text: LocIn | null | undefined): Loc {
  return {
    fi: text?.fi ?? '',
    fiPlain: text?.fiPlain ?? '',
    sv: text?.sv ?? '',
    en: text?.en ?? '',
  };
}

let keySeq = 0;
export function newStepKey(): string {
  keySeq += 1;
  return `step-${keySeq}`;
}

export function contentToValues(content: ContentData | null | undefined): ServiceFormValues {
  return {
    name: loc(content?.name),
    summary: loc(content?.summary),
    description: loc(content?.description),
    themeIds: content?.themes.map((term) => term.id) ?? [],
    targetGroupIds: content?.targetGroups.map((term) => term.id) ?? [],
    ageMin: content?.ageMin ?? '',
    ageMax: content?.ageMax ?? '',
    serviceLanguages: content?.serviceLanguages ?? ['fi'],
    accessMode: content?.accessMode ?? 'SELF_REFERRAL',
    channels: content?.channels ?? [],
    cost: content?.cost ?? 'FREE',
    costNote: loc(content?.costNote),
    contact: {
      phone: content?.contact.phone ?? '',
      email: content?.contact.email ?? '',
      website: content?.contact.website ?? '',
      note: loc(content?.contact.note),
    },
    professionalInfo: {
      howToRefer: loc(content?.professionalInfo?.howToRefer),
      eligibility: loc(content?.professionalInfo?.eligibility),
      whatHappensNext: loc(content?.professionalInfo?.whatHappensNext),
    },
    path: (content?.path ?? []).map((step) => ({
      key: newStepKey(),
      title: loc(step.title),
      description: loc(step.description),
    })),
  };
}

/** Only the variants with text (trimmed); the API drops empty ones anyway. */
export function locInput(text: Loc): { fi?: string; fiPlain?: string; sv?: string; en?: string } {
  const out: Record<string, string> = {};
  for (const variant of TEXT_VARIANTS) {
    const value = text[variant].trim();
    if (value) out[variant] = value;
  }
  return out;
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function age(value: number | string): number | null {
  if (value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The whole content as updateService / createService take it (every save sends everything). */
export function valuesToInput(values: ServiceFormValues): ServiceContentInput {
  return {
    name: locInput(values.name),
    summary: locInput(values.summary),
    description: locInput(values.description),
    themeIds: values.themeIds,
    targetGroupIds: values.targetGroupIds,
    ageMin: age(values.ageMin),
    ageMax: age(values.ageMax),
    serviceLanguages: values.serviceLanguages,
    accessMode: values.accessMode,
    channels: values.channels,
    cost: values.cost,
    costNote: locInput(values.costNote),
    contact: {
      phone: optional(values.contact.phone),
      email: optional(values.contact.email),
      website: optional(values.contact.website),
      note: locInput(values.contact.note),
    },
    professionalInfo: {
      howToRefer: locInput(values.professionalInfo.howToRefer),
      eligibility: locInput(values.professionalInfo.eligibility),
      whatHappensNext: locInput(values.professionalInfo.whatHappensNext),
    },
    path: values.path.map((step) => ({
      title: locInput(step.title),
      description: locInput(step.description),
    })),
  };
}

/** Every localised text of the form with its dotted path (e.g. "path.0.title"; @linja/domain's list). */
export function localizedFields(values: ServiceFormValues): { path: string; text: Loc }[] {
  return localizedTextsOf<Loc>(values).map(({ field, text }) => ({ path: field, text }));
}

export interface TranslationStatus {
  /** Fields with Finnish text and no text in this variant. */
  missing: string[];
  /**
   * Fields whose Finnish changed since publication while this variant's text did not, or whose text
   * was hidden as out of date at publication and has not changed since (@linja/domain's rule).
   */
  outdated: string[];
}

/**
 * Per translation (plain Finnish, Swedish, English): which texts are missing and which are older than
 * the Finnish text (the Finnish changed against the published version, the translation did not).
 */
export function translationStatus(
  values: ServiceFormValues,
  published: ServiceFormValues | null,
  /** Translations hidden at the published revision's approval, as `summary.sv`. */
  hiddenAtPublication: ReadonlySet<string> = new Set(),
): Record<(typeof TRANSLATIONS)[number], TranslationStatus> {
  const before = new Map(
    published ? localizedFields(published).map((field) => [field.path, field.text]) : [],
  );
  const result = {
    fiPlain: { missing: [], outdated: [] } as TranslationStatus,
    sv: { missing: [], outdated: [] } as TranslationStatus,
    en: { missing: [], outdated: [] } as TranslationStatus,
  };
  for (const field of localizedFields(values)) {
    const fi = field.text.fi.trim();
    if (!fi) continue;
    const old = before.get(field.path);
    for (const variant of TRANSLATIONS) {
      const text = field.text[variant].trim();
      if (!text) {
        result[variant].missing.push(field.path);
      } else if (
        old &&
        old[variant].trim() === text &&
        (old.fi.trim() !== fi || hiddenAtPublication.has(`${field.path}.${variant}`))
      ) {
        result[variant].outdated.push(field.path);
      }
    }
  }
  return result;
}
