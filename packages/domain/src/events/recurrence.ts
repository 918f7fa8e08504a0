import { TZDate } from '@date-fns/tz';
import { RRule, RRuleSet, Weekday } from 'rrule';

/**
 * Recurring events: an RFC 5545 RRULE (without DTSTART) read by the `rrule` library, applied to the
 * event's local wall-clock start in its time zone (Europe/Helsinki). rrule itself works in "floating"
 * time: the wall-clock start is handed to it as if it were UTC, and every date it yields is turned
 * back into an instant in the event's zone. So a meeting at 17:00 stays at 17:00 local time across
 * daylight-saving changes (15:00 UTC in summer, 16:00 UTC in winter).
 */

/** No rule may make more occurrences than this, and it must end (COUNT or UNTIL). */
export const MAX_OCCURRENCES = 200;
/** ...nor run further than this many days after the first one. */
export const MAX_RECURRENCE_DAYS = 2 * 366;

export interface RecurringTimes {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  /** RRULE body, e.g. `FREQ=MONTHLY;BYDAY=+2TU;COUNT=9`; null or empty: one occurrence. */
  readonly recurrence: string | null;
  /**
   * One-off extra starts of a recurring event (RFC 5545 RDATE), as instants: each is an occurrence
   * with the event's duration, besides the rule's. Ignored when the event does not recur.
   */
  readonly extraDates?: readonly Date[] | null;
}

export interface OccurrenceException {
  /** The start the rule gives to the occurrence. */
  readonly occurrenceStart: Date;
  /** null: the occurrence is cancelled. */
  readonly newStartsAt: Date | null;
  readonly newEndsAt: Date | null;
}

export interface Occurrence {
  /** The start the rule gives it: its identity, also after a move. */
  readonly originalStart: Date;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly moved: boolean;
  /** True for an extra date (RDATE) rather than a date of the rule. */
  readonly extra: boolean;
}

/** "YYYY-MM-DD" and "HH:MM" as a floating date (see above). */
function floatingOf(date: string, time = '00:00'): Date {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  const [h = NaN, mi = NaN] = time.split(':').map(Number);
  const floating = new Date(Date.UTC(y, m - 1, d, h, mi));
  if (Number.isNaN(floating.getTime()))
    throw new RangeError(`Not a date and time: ${date} ${time}`);
  return floating;
}

/** The wall-clock fields of `instant` in `timeZone`, as a "floating" UTC date for rrule. */
function toFloating(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

/** The instant at which a floating date's wall-clock time occurs in `timeZone`. */
function fromFloating(floating: Date, timeZone: string): Date {
  return new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      floating.getUTCSeconds(),
      timeZone,
    ).getTime(),
  );
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function ruleOf(times: RecurringTimes): RRule | null {
  const body = times.recurrence?.trim();
  if (!body) return null;
  const options = RRule.parseString(body.replace(/^RRULE:/i, ''));
  return new RRule({ ...options, dtstart: toFloating(times.startsAt, times.timeZone), tzid: null });
}

/**
 * Why `recurrence` cannot be used (a message for the editor), or null when it can: it must parse,
 * end (COUNT or UNTIL), and stay within MAX_OCCURRENCES and MAX_RECURRENCE_DAYS.
 */
export function recurrenceProblem(times: RecurringTimes): string | null {
  if (!times.recurrence?.trim()) return null;
  if (times.recurrence.length > 200) return 'The rule is too long.';
  let rule: RRule | null;
  try {
    rule = ruleOf(times);
  } catch {
    return 'The rule is not a valid RFC 5545 RRULE.';
  }
  if (!rule) return null;
  const { options } = rule;
  if (options.count == null && options.until == null)
    return 'The rule must end: give COUNT or UNTIL.';
  if (options.count != null && options.count > MAX_OCCURRENCES)
    return `At most ${MAX_OCCURRENCES} occurrences.`;
  const starts = rule.all((_, i) => i < MAX_OCCURRENCES + 1);
  const [first] = starts;
  const last = starts.at(-1);
  if (!first || !last) return 'The rule gives no dates.';
  // rrule does not add DTSTART when the rule skips it ("second Tuesday" from a first Tuesday):
  // the event's start must be the rule's first date, or its first date would not be an occurrence.
  if (first.getTime() !== rule.options.dtstart.getTime())
    return "The start date is not one of the rule's dates: start on the first date the rule gives.";
  if (starts.length > MAX_OCCURRENCES) return `At most ${MAX_OCCURRENCES} occurrences.`;
  if (last.getTime() - first.getTime() > MAX_RECURRENCE_DAYS * 86_400_000)
    return `The occurrences must fit within ${MAX_RECURRENCE_DAYS} days.`;
  return null;
}

/**
 * Every start the rule gives (the first one included) and its extra dates (RDATE), as instants, in
 * order and without duplicates (rrule's RRuleSet), at most MAX_OCCURRENCES + the extra dates.
 */
function ruleStarts(times: RecurringTimes): Date[] {
  const rule = ruleOf(times);
  if (!rule) return [times.startsAt];
  const extras = times.extraDates ?? [];
  if (extras.length === 0)
    return rule
      .all((_, i) => i < MAX_OCCURRENCES)
      .map((floating) => fromFloating(floating, times.timeZone));
  const set = new RRuleSet();
  set.rrule(rule);
  // Wall-clock (floating) like the rule's dates, so the set orders and de-duplicates them together.
  for (const extra of extras) set.rdate(toFloating(extra, times.timeZone));
  return set
    .all((_, i) => i < MAX_OCCURRENCES + extras.length)
    .map((floating) => fromFloating(floating, times.timeZone));
}

/**
 * The event's occurrences that overlap [from, to) (all of them without a window), in start order,
 * after its exceptions: a cancelled one is left out, a moved one has its new times. Each occurrence
 * keeps the event's local duration.
 */
export function expandOccurrences(
  times: RecurringTimes,
  exceptions: readonly OccurrenceException[] = [],
  window?: { readonly from?: Date; readonly to?: Date },
): Occurrence[] {
  const duration = times.endsAt.getTime() - times.startsAt.getTime();
  const byStart = new Map(exceptions.map((e) => [e.occurrenceStart.getTime(), e]));
  const extras = new Set(
    times.recurrence?.trim() ? (times.extraDates ?? []).map((d) => d.getTime()) : [],
  );
  const occurrences: Occurrence[] = [];
  for (const start of ruleStarts(times)) {
    const exception = byStart.get(start.getTime());
    if (exception && !exception.newStartsAt) continue;
    const startsAt = exception?.newStartsAt ?? start;
    const endsAt = exception?.newEndsAt ?? new Date(startsAt.getTime() + duration);
    if (window?.from && endsAt <= window.from) continue;
    if (window?.to && startsAt >= window.to) continue;
    occurrences.push({
      originalStart: start,
      startsAt,
      endsAt,
      moved: Boolean(exception),
      extra: extras.has(start.getTime()),
    });
  }
  return occurrences.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Whether the rule or an extra date gives an occurrence starting exactly at `start` (an exception
 * must name one).
 */
export function isRuleOccurrence(times: RecurringTimes, start: Date): boolean {
  return ruleStarts(times).some((s) => s.getTime() === start.getTime());
}

/** The end of the last occurrence (exceptions included): when the event is over. */
export function lastEndOf(
  times: RecurringTimes,
  exceptions: readonly OccurrenceException[] = [],
): Date {
  const all = expandOccurrences(times, exceptions);
  if (all.length === 0) return times.endsAt;
  return new Date(Math.max(...all.map((o) => o.endsAt.getTime()), times.endsAt.getTime()));
}

const WEEKDAYS: readonly Weekday[] = [
  RRule.MO,
  RRule.TU,
  RRule.WE,
  RRule.TH,
  RRule.FR,
  RRule.SA,
  RRule.SU,
];

/**
 * The dates of an info session series' fixed slot between two days (inclusive), local time in
 * `timeZone`: every `weekday` (ISO 1 = Monday … 7) — or, with `nth`, the nth such weekday of each
 * month (2 = "second Tuesday", -1 = the last) — at `startTime` ("HH:MM") for `durationMinutes`.
 * `from` and `to` are calendar days "YYYY-MM-DD".
 */
export function slotDates(slot: {
  readonly weekday: number;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly from: string;
  readonly to: string;
  readonly nth?: number | null;
  readonly timeZone?: string;
}): { startsAt: Date; endsAt: Date }[] {
  const timeZone = slot.timeZone ?? 'Europe/Helsinki';
  const weekday = WEEKDAYS[slot.weekday - 1];
  if (!weekday) throw new RangeError(`Not an ISO weekday: ${slot.weekday}`);
  const rule = new RRule({
    freq: slot.nth ? RRule.MONTHLY : RRule.WEEKLY,
    byweekday: [slot.nth ? weekday.nth(slot.nth) : weekday],
    dtstart: floatingOf(slot.from, slot.startTime),
    until: floatingOf(slot.to, '23:59'),
    tzid: null,
  });
  return rule
    .all((_, i) => i < MAX_OCCURRENCES)
    .map((floating) => {
      const startsAt = fromFloating(floating, timeZone);
      return { startsAt, endsAt: new Date(startsAt.getTime() + slot.durationMinutes * 60_000) };
    });
}

/** The local wall-clock "YYYY-MM-DD" and "HH:MM" of an instant in `timeZone`. */
export function localDateTime(
  instant: Date,
  timeZone = 'Europe/Helsinki',
): { date: string; time: string } {
  const f = toFloating(instant, timeZone).toISOString();
  return { date: f.slice(0, 10), time: f.slice(11, 16) };
}

/** The instant of a local wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in `timeZone`. */
export function instantOf(date: string, time: string, timeZone = 'Europe/Helsinki'): Date {
  return fromFloating(floatingOf(date, time), timeZone);
}
