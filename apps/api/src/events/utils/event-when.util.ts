import { type Occurrence } from '@linja/domain';

import { type MailLanguage } from '../../mail/templates/mail-layout';

const LOCALE: Record<MailLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** One occurrence written out in `language`, local time in `timeZone`: "ti 14.4.2027 klo 17.00–19.00". */
export function occurrenceText(
  occurrence: { startsAt: Date; endsAt: Date },
  timeZone: string,
  language: MailLanguage,
): string {
  const format = new Intl.DateTimeFormat(LOCALE[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return format.formatRange(occurrence.startsAt, occurrence.endsAt);
}

/** At most this many upcoming times are written in a mail (then "…"). */
const MAX_LINES = 6;

/** The occurrences written out one a line, the first MAX_LINES of them. */
export function occurrenceLines(
  occurrences: readonly Occurrence[],
  timeZone: string,
  language: MailLanguage,
): string[] {
  const lines = occurrences
    .slice(0, MAX_LINES)
    .map((occurrence) => occurrenceText(occurrence, timeZone, language));
  return occurrences.length > MAX_LINES ? [...lines, '…'] : lines;
}
