import {
  expandOccurrences,
  instantOf,
  isRuleOccurrence,
  lastEndOf,
  localDateTime,
  type Occurrence,
  recurrenceProblem,
  slotDates,
} from './recurrence';

const HKI = 'Europe/Helsinki';

describe('recurring events in Europe/Helsinki', () => {
  // Weekly on Tuesdays 17:00–18:30 local, from 2026-10-13: DST ends on Sunday 2026-10-25.
  const weekly = {
    startsAt: instantOf('2026-10-13', '17:00'),
    endsAt: instantOf('2026-10-13', '18:30'),
    timeZone: HKI,
    recurrence: 'FREQ=WEEKLY;COUNT=4',
  };

  it('keeps the local time across the end of daylight-saving time', () => {
    const occ = expandOccurrences(weekly);
    expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-13T14:00:00.000Z', // EEST, UTC+3
      '2026-10-20T14:00:00.000Z',
      '2026-10-27T15:00:00.000Z', // EET, UTC+2
      '2026-11-03T15:00:00.000Z',
    ]);
    expect(occ.every((o) => localDateTime(o.startsAt).time === '17:00')).toBe(true);
    expect(occ.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 90 * 60_000)).toBe(true);
  });

  it('keeps the local time across the start of daylight-saving time (last Sunday of March)', () => {
    const occ = expandOccurrences({
      startsAt: instantOf('2027-03-21', '10:00'),
      endsAt: instantOf('2027-03-21', '11:00'),
      timeZone: HKI,
      recurrence: 'FREQ=WEEKLY;COUNT=2',
    });
    expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-03-21T08:00:00.000Z',
      '2027-03-28T07:00:00.000Z',
    ]);
  });

  it('reads "the second Tuesday of the month"', () => {
    const occ = expandOccurrences({
      startsAt: instantOf('2027-01-12', '13:00'),
      endsAt: instantOf('2027-01-12', '13:30'),
      timeZone: HKI,
      recurrence: 'FREQ=MONTHLY;BYDAY=+2TU;COUNT=3',
    });
    expect(occ.map((o) => localDateTime(o.startsAt).date)).toEqual([
      '2027-01-12',
      '2027-02-09',
      '2027-03-09',
    ]);
  });

  it('reads "the last Thursday" until a date, at 17:00 Helsinki time on both sides of the October change', () => {
    const occ = expandOccurrences({
      startsAt: instantOf('2027-09-30', '17:00'),
      endsAt: instantOf('2027-09-30', '18:00'),
      timeZone: HKI,
      recurrence: 'FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20271125T235959Z',
    });
    expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-09-30T14:00:00.000Z',
      '2027-10-28T14:00:00.000Z',
      '2027-11-25T15:00:00.000Z',
    ]);
  });

  it('leaves out a cancelled date and moves a moved one', () => {
    const [, second, third] = expandOccurrences(weekly) as [Occurrence, Occurrence, Occurrence];
    const moved = instantOf('2026-10-29', '17:00');
    const occ = expandOccurrences(weekly, [
      { occurrenceStart: second.originalStart, newStartsAt: null, newEndsAt: null },
      { occurrenceStart: third.originalStart, newStartsAt: moved, newEndsAt: null },
    ]);
    expect(occ).toHaveLength(3);
    expect(occ[1]!).toMatchObject({
      startsAt: moved,
      moved: true,
      originalStart: third.originalStart,
    });
    expect(occ[1]!.endsAt.getTime() - moved.getTime()).toBe(90 * 60_000);
    expect(isRuleOccurrence(weekly, second.originalStart)).toBe(true);
    expect(isRuleOccurrence(weekly, moved)).toBe(false);
  });

  it('filters by a window and knows the last end', () => {
    const occ = expandOccurrences(weekly, [], { from: instantOf('2026-10-21', '00:00') });
    expect(occ).toHaveLength(2);
    expect(lastEndOf(weekly).toISOString()).toBe('2026-11-03T16:30:00.000Z');
    expect(lastEndOf({ ...weekly, recurrence: null })).toEqual(weekly.endsAt);
  });

  it('refuses rules that do not parse, never end or run too long', () => {
    expect(recurrenceProblem(weekly)).toBeNull();
    expect(recurrenceProblem({ ...weekly, recurrence: 'FREQ=WEEKLY' })).toMatch(/COUNT or UNTIL/);
    expect(recurrenceProblem({ ...weekly, recurrence: 'FREQ=DAILY;COUNT=1000' })).toMatch(/200/);
    expect(recurrenceProblem({ ...weekly, recurrence: 'FREQ=YEARLY;COUNT=5' })).toMatch(/days/);
    expect(recurrenceProblem({ ...weekly, recurrence: 'NOT A RULE' })).not.toBeNull();
    // 13.10.2026 is the second Tuesday: a "third Tuesday" rule would skip the event's own start.
    expect(recurrenceProblem({ ...weekly, recurrence: 'FREQ=MONTHLY;BYDAY=+3TU;COUNT=3' })).toMatch(
      /start date/,
    );
    expect(
      recurrenceProblem({ ...weekly, recurrence: 'FREQ=MONTHLY;BYDAY=+2TU;COUNT=3' }),
    ).toBeNull();
  });

  it('lists a series slot: every Thursday 14:00, or the second Tuesday of each month', () => {
    const weeklySlot = slotDates({
      weekday: 4,
      startTime: '14:00',
      durationMinutes: 30,
      from: '2026-10-19',
      to: '2026-11-05',
    });
    expect(weeklySlot.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-10-22T11:00:00.000Z',
      '2026-10-29T12:00:00.000Z',
      '2026-11-05T12:00:00.000Z',
    ]);
    expect(weeklySlot[0]!.endsAt.toISOString()).toBe('2026-10-22T11:30:00.000Z');
    const monthly = slotDates({
      weekday: 2,
      nth: 2,
      startTime: '09:00',
      durationMinutes: 30,
      from: '2027-01-01',
      to: '2027-05-31',
    });
    expect(monthly.map((s) => localDateTime(s.startsAt).date)).toEqual([
      '2027-01-12',
      '2027-02-09',
      '2027-03-09',
      '2027-04-13',
      '2027-05-11',
    ]);
  });
});
