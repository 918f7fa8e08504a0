import type { Language } from '@linja/ui';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "30.11.2026 klo 9.15" / "30.11.2026 9:15" / "30/11/2026, 09:15". */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(iso));
}

/** The text in the UI language, else Finnish, else any. */
export function localized(
  text: { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined,
  language: Language,
): string {
  if (!text) return '';
  return text[language] ?? text.fi ?? text.sv ?? text.en ?? '';
}
