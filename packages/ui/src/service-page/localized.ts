import { type Language } from '../languages';

export interface LocalizedText {
  fi?: string | null;
  sv?: string | null;
  en?: string | null;
  fiPlain?: string | null;
}

export interface Picked {
  text: string;
  /** The language the text is actually in (for `lang` and the fallback note). */
  lang: Language;
  /** Plain-language Finnish was shown. */
  plain: boolean;
}

const FALLBACK_ORDER: Record<Language, Language[]> = {
  fi: ['fi', 'sv', 'en'],
  sv: ['sv', 'fi', 'en'],
  en: ['en', 'fi', 'sv'],
};

/**
 * The text in the reader's language, else the first other language that has it (Finnish is the
 * content's source language). With `plain`, Finnish readers get the plain-language version where one
 * exists. Null when the text is empty in every language.
 */
export function pick(
  value: LocalizedText | null | undefined,
  language: Language,
  plain = false,
): Picked | null {
  if (!value) return null;
  if (plain && language === 'fi' && value.fiPlain?.trim()) {
    return { text: value.fiPlain, lang: 'fi', plain: true };
  }
  for (const lang of FALLBACK_ORDER[language]) {
    const text = value[lang];
    if (text?.trim()) return { text, lang, plain: false };
  }
  return null;
}

/** Plain text for attributes and titles (no fallback marking). */
export function pickText(value: LocalizedText | null | undefined, language: Language): string {
  return pick(value, language)?.text ?? '';
}
