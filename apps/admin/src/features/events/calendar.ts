/** Calendar arithmetic on Helsinki dates ("YYYY-MM-DD"): the calendar always shows Finnish time. */
export const TIME_ZONE = 'Europe/Helsinki';

const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Helsinki calendar date of an instant. */
export function helsinkiDate(iso: string | Date): string {
  return DATE.format(new Date(iso));
}

/** "YYYY-MM" of today in Helsinki. */
export function currentMonth(): string {
  return helsinkiDate(new Date()).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y = 2026, m = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * A window of instants that surely covers the whole Helsinki month (Helsinki is UTC+2 or +3): the
 * occurrences are then placed by their Helsinki date.
 */
export function monthWindow(month: string): { from: string; to: string } {
  const [y = 2026, m = 1] = month.split('-').map(Number);
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - 3 * 3600_000).toISOString(),
    to: new Date(Date.UTC(y, m, 1)).toISOString(),
  };
}

/** The weeks (Monday first) of the month's grid, each seven dates; days outside the month included. */
export function monthGrid(month: string): string[][] {
  const [y = 2026, m = 1] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = Date.UTC(y, m - 1, 1 - offset);
  const weeks: string[][] = [];
  for (let week = 0; week < 6; week += 1) {
    const days = Array.from({ length: 7 }, (_, day) =>
      new Date(start + (week * 7 + day) * 86_400_000).toISOString().slice(0, 10),
    );
    if (week > 3 && !days.some((d) => d.startsWith(month))) break;
    weeks.push(days);
  }
  return weeks;
}

/** The wall-clock "HH:MM" of an instant in Helsinki. */
export function helsinkiTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The instant of a Helsinki date and "HH:MM" (tries both offsets; the right one round-trips). */
export function helsinkiInstant(date: string, time: string): string {
  for (const offset of ['+03:00', '+02:00']) {
    const candidate = new Date(`${date}T${time}:00${offset}`);
    if (Number.isNaN(candidate.getTime())) continue;
    if (
      helsinkiDate(candidate) === date &&
      helsinkiTime(candidate.toISOString(), 'fi-FI').replace('.', ':') === time
    )
      return candidate.toISOString();
  }
  return new Date(`${date}T${time}:00+02:00`).toISOString();
}
