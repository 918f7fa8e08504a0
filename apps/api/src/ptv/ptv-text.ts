import { type PtvLanguage, type PtvLanguageItem, type PtvLocalizedListItem } from './ptv-types';

/** The content languages PTV and Linja share (Linja's plain Finnish has no place in PTV). */
export const PTV_LANGUAGES: readonly PtvLanguage[] = ['fi', 'sv', 'en'];

type Texts = Partial<Record<PtvLanguage | 'fiPlain', string>>;

const textsOf = (value: unknown): Texts => (value && typeof value === 'object' ? value : {});

/** A localised Linja text in one language, trimmed, or undefined (never another language's text). */
export function textOf(value: unknown, language: PtvLanguage): string | undefined {
  return textsOf(value)[language]?.trim() || undefined;
}

/** A localised Linja text → PTV LocalizedListItems of `type`, one per language that has the text. */
export function localizedList(value: unknown, type: string): PtvLocalizedListItem[] {
  return PTV_LANGUAGES.flatMap((language) => {
    const text = textOf(value, language);
    return text ? [{ language, value: text, type }] : [];
  });
}

/** A localised Linja text → PTV LanguageItems, one per language that has the text. */
export function languageItems(value: unknown): PtvLanguageItem[] {
  return PTV_LANGUAGES.flatMap((language) => {
    const text = textOf(value, language);
    return text ? [{ value: text, language }] : [];
  });
}

/** Names kept in three columns (municipalities, regions) → PTV LanguageItems. */
export function columnNames(row: {
  nameFi: string;
  nameSv: string;
  nameEn: string;
}): PtvLanguageItem[] {
  return [
    { value: row.nameFi, language: 'fi' },
    { value: row.nameSv, language: 'sv' },
    { value: row.nameEn, language: 'en' },
  ];
}

/** True when the localised text has a plain-Finnish variant (which PTV cannot carry). */
export function hasPlainFinnish(value: unknown): boolean {
  return Boolean(textsOf(value).fiPlain?.trim());
}
