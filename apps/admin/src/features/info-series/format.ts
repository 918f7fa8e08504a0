import type { Language } from '@linja/ui';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * A session's date and time in Helsinki, whatever zone the browser is in: the slot is a Helsinki
 * wall-clock time ("torstai 10.9.2027 klo 14.00").
 */
export function formatSessionTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
