import { type Language } from '@linja/ui';

/**
 * Event times are shown in Helsinki time whatever the reader's device says (an event happens at a
 * place in Finland), formatted per language with Intl. No date library: Intl knows the zone's rules.
 */
export const EVENT_TIME_ZONE = 'Europe/Helsinki';

const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Helsinki wall-clock fields of an instant. */
export function wallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" of an instant in Helsinki. */
export function helsinkiDate(instant: Date): string {
  const w = wallClock(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Minutes Helsinki is ahead of UTC at an instant (120 or 180). */
function offsetMinutes(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of Helsinki midnight starting a day "YYYY-MM-DD" (null for a malformed day). */
export function helsinkiStartOfDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(utcMidnight) || helsinkiDate(new Date(utcMidnight + 12 * 3_600_000)) !== day) {
    return null;
  }
  // Midnight is never inside a Helsinki DST gap (changes happen at 03:00/04:00).
  const guess = new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000);
  return new Date(utcMidnight - offsetMinutes(guess) * 60_000);
}

/** The day after "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** ISO 8601 with Helsinki's offset, e.g. "2030-03-19T17:00:00+02:00" (schema.org startDate). */
export function isoWithOffset(instant: Date): string {
  const w = wallClock(instant);
  const offset = offsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "tiistai 19.3.2030" / "tisdag 19.3.2030" / "Tuesday 19 March 2030". */
export function formatDay(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: language === 'en' ? 'long' : 'numeric',
    year: 'numeric',
  }).format(instant);
}

/** "17.00" / "17:00" / "17:00". */
export function formatClock(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: EVENT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** "tiistai 19.3.2030 17.00–18.30" (the end's day too when it is another day). */
export function formatTimeRange(startsAt: Date, endsAt: Date, language: Language): string {
  const sameDay = helsinkiDate(startsAt) === helsinkiDate(endsAt);
  const start = `${formatDay(startsAt, language)} ${formatClock(startsAt, language)}`;
  return sameDay
    ? `${start}–${formatClock(endsAt, language)}`
    : `${start} – ${formatDay(endsAt, language)} ${formatClock(endsAt, language)}`;
}

/** An ISO weekday (1 Monday … 7 Sunday) by name: "torstai" / "torsdag" / "Thursday". */
export function formatWeekday(isoWeekday: number, language: Language): string {
  // 1 January 2024 was a Monday; noon UTC is the same day in Helsinki.
  const day = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'long',
  }).format(day);
}
