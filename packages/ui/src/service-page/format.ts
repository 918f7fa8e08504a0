import { type ServicePageT } from './context';

/** "Ikä 0–7 v.", "Ages 12 and over"; null without ages. */
export function ageText(t: ServicePageT, min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return t('card.ages', { min, max });
  if (min !== null) return t('card.agesFrom', { min });
  if (max !== null) return t('card.agesTo', { max });
  return null;
}

/** A language's name in the reader's language ("fi" → "suomi", "Finnish"), from the browser. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `tel:` for a number as people write it ("+358 40 000 0205", "09 2525 0111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
