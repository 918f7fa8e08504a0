import { extraDateProblem } from './extra-dates';
import { expandOccurrences, instantOf, isRuleOccurrence, lastEndOf } from './recurrence';

const HKI = 'Europe/Helsinki';

// Second Thursday of the month 14:00–14:30 local, October 2026 to January 2027 (DST ends 25.10.).
const monthly = {
  startsAt: instantOf('2026-10-08', '14:00'),
  endsAt: instantOf('2026-10-08', '14:30'),
  timeZone: HKI,
  recurrence: 'FREQ=MONTHLY;BYDAY=+2TH;COUNT=4',
};
const now = instantOf('2026-09-01', '12:00');

describe('extra dates (RDATE) of a recurring event', () => {
  it('adds the extra date among the rule dates, at its Helsinki wall-clock time in winter', () => {
    const extra = instantOf('2026-11-26', '14:00'); // EET, UTC+2
    const occ = expandOccurrences({ ...monthly, extraDates: [extra] });
    expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-08T11:00:00.000Z', // EEST
      '2026-11-12T12:00:00.000Z', // EET
      '2026-11-26T12:00:00.000Z', // the extra date
      '2026-12-10T12:00:00.000Z',
      '2027-01-14T12:00:00.000Z',
    ]);
    expect(occ[2]?.endsAt.toISOString()).toBe('2026-11-26T12:30:00.000Z');
    expect(isRuleOccurrence({ ...monthly, extraDates: [extra] }, extra)).toBe(true);
    expect(isRuleOccurrence(monthly, extra)).toBe(false);
  });

  it('is ignored when the event does not recur, and counts for lastEndOf', () => {
    const extra = instantOf('2027-02-04', '14:00');
    expect(
      expandOccurrences({ ...monthly, recurrence: null, extraDates: [extra] }).map((o) =>
        o.startsAt.toISOString(),
      ),
    ).toEqual(['2026-10-08T11:00:00.000Z']);
    expect(lastEndOf({ ...monthly, extraDates: [extra] }).toISOString()).toBe(
      '2027-02-04T12:30:00.000Z',
    );
  });

  it('can be cancelled or moved like a rule date (an exception naming it)', () => {
    const extra = instantOf('2026-11-26', '14:00');
    const times = { ...monthly, extraDates: [extra] };
    expect(
      expandOccurrences(times, [{ occurrenceStart: extra, newStartsAt: null, newEndsAt: null }]),
    ).toHaveLength(4);
    const moved = expandOccurrences(times, [
      {
        occurrenceStart: extra,
        newStartsAt: instantOf('2026-11-27', '09:00'),
        newEndsAt: instantOf('2026-11-27', '09:30'),
      },
    ]).find((o) => o.moved);
    expect(moved?.originalStart.toISOString()).toBe(extra.toISOString());
    expect(moved?.startsAt.toISOString()).toBe('2026-11-27T07:00:00.000Z');
  });

  it.each([
    ['NOT_RECURRING', { ...monthly, recurrence: null }, instantOf('2026-11-26', '14:00')],
    ['IN_PAST', monthly, instantOf('2026-08-27', '14:00')],
    ['BEFORE_FIRST', monthly, instantOf('2026-10-01', '14:00')],
    ['TOO_FAR', monthly, instantOf('2029-01-01', '14:00')],
    ['DUPLICATE', monthly, instantOf('2026-11-12', '14:00')],
    ['OVERLAPS', monthly, instantOf('2026-11-12', '14:15')],
    [
      'TOO_MANY',
      {
        ...monthly,
        extraDates: Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2027, 2, 1 + i, 12))),
      },
      instantOf('2026-11-26', '14:00'),
    ],
  ] as const)('refuses %s', (problem, times, start) => {
    expect(extraDateProblem(times, [], start, now)).toBe(problem);
  });

  it('refuses the start of a cancelled rule date (restore it instead) and the new time of a moved date', () => {
    const cancelled = instantOf('2026-11-12', '14:00');
    expect(
      extraDateProblem(
        monthly,
        [{ occurrenceStart: cancelled, newStartsAt: null, newEndsAt: null }],
        cancelled,
        now,
      ),
    ).toBe('DUPLICATE');
    const movedTo = instantOf('2026-11-20', '10:00');
    expect(
      extraDateProblem(
        monthly,
        [
          {
            occurrenceStart: cancelled,
            newStartsAt: movedTo,
            newEndsAt: new Date(movedTo.getTime() + 30 * 60_000),
          },
        ],
        movedTo,
        now,
      ),
    ).toBe('OVERLAPS');
  });

  it('accepts a free future date', () => {
    expect(extraDateProblem(monthly, [], instantOf('2026-11-26', '14:00'), now)).toBeNull();
  });
});
