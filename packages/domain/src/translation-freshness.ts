import { type TLocalizedText } from './localized-text';
import { type TServiceContent } from './service-content';

/** The translations whose freshness is tracked against the Finnish source text. */
export const TRANSLATED_LOCALES = ['sv', 'en'] as const;
export type TTranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * One translation of one field, as a key `<field path>.<locale>`: `summary.sv`,
 * `contact.note.en`, `professionalInfo.eligibility.sv`, `path.0.title.en` (steps counted from 0,
 * the form's paths). Stored in `service_revision.hidden_translations`.
 */
export type TTranslationKey = string;

/** The shape of a service's localised texts, whatever one text is (stored content, a form's values). */
export interface LocalizedFieldsOf<T> {
  name: T;
  summary: T;
  description: T;
  costNote: T;
  contact: { note: T };
  professionalInfo: { howToRefer: T; eligibility: T; whatHappensNext: T };
  path: readonly { title: T; description: T }[];
}

/**
 * Every localised text of a service with its field path (`path.0.title`, steps from 0), in the order
 * a reader meets them: one list for the API's rule and the admin's form.
 */
export function localizedTextsOf<T = TLocalizedText>(
  content: LocalizedFieldsOf<T>,
): { field: string; text: T }[] {
  return [
    { field: 'name', text: content.name },
    { field: 'summary', text: content.summary },
    { field: 'description', text: content.description },
    { field: 'costNote', text: content.costNote },
    { field: 'contact.note', text: content.contact.note },
    { field: 'professionalInfo.howToRefer', text: content.professionalInfo.howToRefer },
    { field: 'professionalInfo.eligibility', text: content.professionalInfo.eligibility },
    { field: 'professionalInfo.whatHappensNext', text: content.professionalInfo.whatHappensNext },
    ...content.path.flatMap((step, index) => [
      { field: `path.${index}.title`, text: step.title },
      { field: `path.${index}.description`, text: step.description },
    ]),
  ];
}

/** `summary.sv` → { field: 'summary', locale: 'sv' }. */
export function splitTranslationKey(key: TTranslationKey): {
  field: string;
  locale: TTranslatedLocale;
} {
  const dot = key.lastIndexOf('.');
  return { field: key.slice(0, dot), locale: key.slice(dot + 1) as TTranslatedLocale };
}

/**
 * The translations of `current` that are older than its Finnish text, against the published
 * revision it replaces: a Swedish or English text that is unchanged since publication while the
 * Finnish text of the same field changed — or that was already out of date (hidden) when the
 * published revision was approved. Any change to the translation's own text clears it; an empty
 * translation is missing, not out of date. Nothing is out of date before the first publication.
 */
export function outdatedTranslations(
  current: TServiceContent,
  published: TServiceContent | null,
  publishedHidden: readonly TTranslationKey[] = [],
): TTranslationKey[] {
  if (!published) return [];
  const before = new Map(localizedTextsOf(published).map(({ field, text }) => [field, text]));
  const hidden = new Set(publishedHidden);
  const out: TTranslationKey[] = [];
  for (const { field, text } of localizedTextsOf(current)) {
    const old = before.get(field);
    if (!old || !text.fi) continue;
    for (const locale of TRANSLATED_LOCALES) {
      const key = `${field}.${locale}`;
      const translation = text[locale];
      if (!translation || translation !== old[locale]) continue;
      if (text.fi !== old.fi || hidden.has(key)) out.push(key);
    }
  }
  return out;
}

function without(text: TLocalizedText, field: string, hidden: ReadonlySet<string>) {
  if (!TRANSLATED_LOCALES.some((locale) => hidden.has(`${field}.${locale}`))) return text;
  return Object.fromEntries(
    Object.entries(text).filter(([variant]) => !hidden.has(`${field}.${variant}`)),
  ) as TLocalizedText;
}

/**
 * The content as the public sees it: the hidden translations removed, so readers get the Finnish
 * text with the portal's "not available in your language" note, as for a missing translation.
 */
export function withoutHiddenTranslations(
  content: TServiceContent,
  hiddenKeys: readonly TTranslationKey[],
): TServiceContent {
  if (hiddenKeys.length === 0) return content;
  const hidden = new Set(hiddenKeys);
  const text = (field: string, value: TLocalizedText) => without(value, field, hidden);
  return {
    ...content,
    name: text('name', content.name),
    summary: text('summary', content.summary),
    description: text('description', content.description),
    costNote: text('costNote', content.costNote),
    contact: { ...content.contact, note: text('contact.note', content.contact.note) },
    professionalInfo: {
      howToRefer: text('professionalInfo.howToRefer', content.professionalInfo.howToRefer),
      eligibility: text('professionalInfo.eligibility', content.professionalInfo.eligibility),
      whatHappensNext: text(
        'professionalInfo.whatHappensNext',
        content.professionalInfo.whatHappensNext,
      ),
    },
    path: content.path.map((step, index) => ({
      title: text(`path.${index}.title`, step.title),
      description: text(`path.${index}.description`, step.description),
    })),
  };
}
