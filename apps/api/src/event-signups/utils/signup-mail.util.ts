import { expandOccurrences, pickText, type TLocalizedText } from '@linja/domain';

import { type MailLanguage } from '../../mail/templates/mail-layout';

const LOCALES: Record<MailLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The event's text in `language` (Finnish fallback). */
export function eventText(value: unknown, language: MailLanguage): string {
  return pickText(value as TLocalizedText | null, language)?.trim() ?? '';
}

/**
 * "tiistai 9. joulukuuta 2026 klo 17.00–18.30" in the event's time zone (a start and end on
 * different days: both written in full). `note` adds how many times a recurring event meets.
 */
export function whenText(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  language: MailLanguage,
  occurrences = 1,
): string {
  const locale = LOCALES[language];
  const day = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  const at = { fi: 'klo ', sv: 'kl. ', en: '' }[language];
  const text = sameDay
    ? `${day.format(startsAt)} ${at}${time.format(startsAt)}–${time.format(endsAt)}`
    : `${day.format(startsAt)} ${at}${time.format(startsAt)} – ${day.format(endsAt)} ${at}${time.format(endsAt)}`;
  if (occurrences <= 1) return text;
  const more = {
    fi: `(ensimmäinen ${occurrences} kerrasta)`,
    sv: `(den första av ${occurrences} gånger)`,
    en: `(the first of ${occurrences} meetings)`,
  }[language];
  return `${text} ${more}`;
}

/** How many times the event meets (its occurrences after exceptions). */
export function occurrenceCount(event: {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  recurrence: string | null;
  exceptions: readonly {
    occurrenceStart: Date;
    newStartsAt: Date | null;
    newEndsAt: Date | null;
  }[];
}): number {
  return event.recurrence ? expandOccurrences(event, event.exceptions).length : 1;
}

/** Place name and address on one line, or null when the event has no place. */
export function placeText(event: {
  placeName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postOffice: string | null;
}): string | null {
  const town = [event.postalCode, event.postOffice].filter(Boolean).join(' ');
  const parts = [event.placeName, event.streetAddress, town].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  return parts.length > 0 ? parts.join(', ') : null;
}
