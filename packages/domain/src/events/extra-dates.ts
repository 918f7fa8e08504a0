import {
  expandOccurrences,
  isRuleOccurrence,
  MAX_RECURRENCE_DAYS,
  type OccurrenceException,
  type RecurringTimes,
} from './recurrence';

/** Most extra dates (RDATE) one event may have. */
export const MAX_EXTRA_DATES = 50;

/** Why an extra date cannot be added (the API's error reason), or null when it can. */
export type ExtraDateProblem =
  'NOT_RECURRING' | 'IN_PAST' | 'BEFORE_FIRST' | 'TOO_FAR' | 'TOO_MANY' | 'DUPLICATE' | 'OVERLAPS';

/**
 * Whether `start` can become an extra date of a recurring event: the event recurs, the date is in
 * the future (after `now`), not before the event's first date nor beyond the rule's span limit, the
 * event has room for another, and no occurrence starts then — a rule date, an extra date, a cancelled
 * one (restore it instead) or a moved one — nor is under way then (the event's duration).
 */
export function extraDateProblem(
  times: RecurringTimes,
  exceptions: readonly OccurrenceException[],
  start: Date,
  now: Date,
): ExtraDateProblem | null {
  if (!times.recurrence?.trim()) return 'NOT_RECURRING';
  if (start.getTime() <= now.getTime()) return 'IN_PAST';
  if (start.getTime() < times.startsAt.getTime()) return 'BEFORE_FIRST';
  if (start.getTime() - times.startsAt.getTime() > MAX_RECURRENCE_DAYS * 86_400_000)
    return 'TOO_FAR';
  const extras = times.extraDates ?? [];
  if (extras.length >= MAX_EXTRA_DATES) return 'TOO_MANY';
  if (isRuleOccurrence(times, start)) return 'DUPLICATE';
  const duration = times.endsAt.getTime() - times.startsAt.getTime();
  const end = start.getTime() + duration;
  const clash = expandOccurrences(times, exceptions).some(
    (o) => o.startsAt.getTime() < end && o.endsAt.getTime() > start.getTime(),
  );
  return clash ? 'OVERLAPS' : null;
}
