import { type TLocale } from '@linja/domain';

type Texts = Partial<Record<TLocale | 'fiPlain', string>>;

/**
 * A localised JSON text in the response's language, falling back to Finnish (the language every
 * service is written in first) and then to '' — HSDS 3.1 carries one language per response.
 */
export function textIn(value: unknown, language: TLocale): string {
  const text = (value && typeof value === 'object' ? value : {}) as Texts;
  return text[language]?.trim() || text.fi?.trim() || '';
}

/** The plain-Finnish variant (selkosuomi) of a text, if it has one. */
export function plainFinnishOf(value: unknown): string | undefined {
  const text = (value && typeof value === 'object' ? value : {}) as Texts;
  return text.fiPlain?.trim() || undefined;
}

/** Three name columns (regions, wellbeing areas, municipalities) in the response's language. */
export function nameIn(
  row: { nameFi: string; nameSv: string; nameEn: string },
  language: TLocale,
): string {
  return language === 'sv' ? row.nameSv : language === 'en' ? row.nameEn : row.nameFi;
}

const displayNames = new Map<TLocale, Intl.DisplayNames>();

/** An ISO 639-1 code's name in the response's language ("fi" → "suomi" / "finska" / "Finnish"). */
export function languageName(code: string, language: TLocale): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Drops keys whose value is undefined, null or '' (HSDS leaves absent what is unknown). */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T;
}
