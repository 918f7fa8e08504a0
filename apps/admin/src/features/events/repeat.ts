/**
 * The repeat choices of the event form and the RFC 5545 rule each one writes (the API expands it with
 * the rrule library in Helsinki wall-clock time, so 17:00 stays 17:00 across daylight-saving changes).
 * Monthly choices follow the chosen first date: "the second Tuesday" when it is the second Tuesday of
 * its month, "the last Thursday" when no other Thursday follows it in that month, "on day 12".
 * A rule the form does not know how to edit is kept as it is ('custom').
 */
export type RepeatKind =
  'none' | 'weekly' | 'monthlyNth' | 'monthlyLast' | 'monthlyDate' | 'custom';
export type RepeatEnd = 'count' | 'until';

export interface RepeatValues {
  repeat: RepeatKind;
  repeatEnd: RepeatEnd;
  repeatCount: number;
  /** YYYY-MM-DD: the last date an occurrence may fall on. */
  repeatUntil: string;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface DatePosition {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Which such weekday of its month the date is (1–5). */
  nth: number;
  /** No later such weekday in its month. */
  last: boolean;
  /** Day of the month. */
  day: number;
}

/** Where a YYYY-MM-DD date falls in its month; null for an incomplete date. */
export function positionOf(date: string): DatePosition | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCDate() !== d) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    weekday: (at.getUTCDay() + 6) % 7,
    nth: Math.ceil(d / 7),
    last: d + 7 > daysInMonth,
    day: d,
  };
}

/** The repeat kinds a first date allows (a fifth weekday only as "the last"). */
export function repeatKindsFor(date: string): RepeatKind[] {
  const position = positionOf(date);
  const kinds: RepeatKind[] = ['none', 'weekly'];
  if (!position) return kinds;
  if (position.nth <= 4) kinds.push('monthlyNth');
  if (position.last) kinds.push('monthlyLast');
  kinds.push('monthlyDate');
  return kinds;
}

/**
 * The rule of the form's values starting on `date`: null for no repeat, undefined to keep the stored
 * rule ('custom', or a monthly choice the date no longer allows — the API then names the problem).
 */
export function ruleOf(values: RepeatValues, date: string): string | null | undefined {
  if (values.repeat === 'none') return null;
  if (values.repeat === 'custom') return undefined;
  const end =
    values.repeatEnd === 'until'
      ? `UNTIL=${values.repeatUntil.replaceAll('-', '')}T235959Z`
      : `COUNT=${values.repeatCount}`;
  if (values.repeat === 'weekly') return `FREQ=WEEKLY;${end}`;
  const position = positionOf(date);
  if (!position) return undefined;
  const day = DAYS[position.weekday] ?? 'MO';
  if (values.repeat === 'monthlyNth') return `FREQ=MONTHLY;BYDAY=+${position.nth}${day};${end}`;
  if (values.repeat === 'monthlyLast') return `FREQ=MONTHLY;BYDAY=-1${day};${end}`;
  return `FREQ=MONTHLY;BYMONTHDAY=${position.day};${end}`;
}

const RULE =
  /^FREQ=(WEEKLY|MONTHLY)(?:;BYDAY=([+-]?)([1-5])(MO|TU|WE|TH|FR|SA|SU)|;BYMONTHDAY=(\d{1,2}))?;(?:COUNT=(\d+)|UNTIL=(\d{4})(\d{2})(\d{2})T235959Z)$/;

/** The form's values of a stored rule ('custom' when the form did not write it). */
export function parseRule(rule: string | null | undefined, fallbackCount: number): RepeatValues {
  const base: RepeatValues = {
    repeat: 'none',
    repeatEnd: 'count',
    repeatCount: fallbackCount,
    repeatUntil: '',
  };
  if (!rule) return base;
  const m = RULE.exec(rule);
  if (!m) return { ...base, repeat: 'custom' };
  const [, freq, sign, , , monthDay, count, uy, um, ud] = m;
  const byDay = m[4] !== undefined;
  let repeat: RepeatKind;
  if (freq === 'WEEKLY') repeat = byDay || monthDay ? 'custom' : 'weekly';
  else if (byDay) repeat = sign === '-' ? (m[3] === '1' ? 'monthlyLast' : 'custom') : 'monthlyNth';
  else repeat = monthDay ? 'monthlyDate' : 'custom';
  return count
    ? { ...base, repeat, repeatCount: Number(count) }
    : { ...base, repeat, repeatEnd: 'until', repeatUntil: `${uy}-${um}-${ud}` };
}
