import { z } from 'zod';

/** The languages of Linja's UI and content. Plain-language Finnish (selkosuomi) is an extra variant. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];

/** Every key a localised text may hold: the three locales and plain-language Finnish. */
export const TEXT_VARIANTS = ['fi', 'sv', 'en', 'fiPlain'] as const;
export type TTextVariant = (typeof TEXT_VARIANTS)[number];

/** { fi, sv, en, fiPlain }, each optional; empty strings are dropped. */
export type TLocalizedText = Partial<Record<TTextVariant, string>>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** A localised text with an upper length; Finnish may be required. */
export function ZLocalizedText(options: { max: number; requireFinnish?: boolean }) {
  const base = z.strictObject({
    fi: optionalText(options.max),
    sv: optionalText(options.max),
    en: optionalText(options.max),
    fiPlain: optionalText(options.max),
  });
  const shaped = base.transform((text) =>
    Object.fromEntries(Object.entries(text).filter(([, value]) => value !== undefined)),
  ) as unknown as z.ZodType<TLocalizedText>;
  return options.requireFinnish
    ? shaped.refine((text) => Boolean(text.fi), {
        message: 'Finnish text is required',
        path: ['fi'],
      })
    : shaped;
}

/**
 * The text to show in `locale`, falling back to Finnish, then Swedish, then English
 * (Finnish is the source language of the content).
 */
export function pickText(
  text: TLocalizedText | null | undefined,
  locale: TLocale,
): string | undefined {
  if (!text) return undefined;
  return text[locale] ?? text.fi ?? text.sv ?? text.en;
}
