import { cacheScheduleTicks, cachedShouldSendIt, cronParser, keptTick } from './schedule-ticks';
import { SCHEDULE_TIME_ZONE } from './queue.service';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- pg-boss's module, as schedule-ticks.ts
const timekeeper = require('pg-boss/src/timekeeper') as {
  prototype: { shouldSendIt: (this: { clockSkew: number }, cron: string, tz: string) => boolean };
};
const TZ = SCHEDULE_TIME_ZONE;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The last tick pg-boss's check (timekeeper.js shouldSendIt) compares with the clock at `now`. */
function libraryPrev(cron: string, now: number): number {
  return cronParser
    .parseExpression(cron, { tz: TZ, currentDate: new Date(now) })
    .prev()
    .getTime();
}
/** pg-boss's answer: due while the last tick is less than a minute old by the database's time. */
const libraryAnswer = (now: number, prev: number, skew: number) => (now + skew - prev) / 1000 < 60;

/** The ticks of `cron` in [from, to]. */
function ticksBetween(cron: string, from: number, to: number): number[] {
  const interval = cronParser.parseExpression(cron, { tz: TZ, currentDate: new Date(from - 1) });
  const ticks: number[] = [];
  for (;;) {
    const tick = interval.next().getTime();
    if (tick > to) return ticks;
    ticks.push(tick);
  }
}

/** Moments every `step` ms in [from, to], and around each tick of `cron` there. */
function moments(cron: string, from: number, to: number, step: number): number[] {
  const around = ticksBetween(cron, from, to).flatMap((tick) =>
    [-1500, -1000, -999, -1, 0, 1, 999, 1000, 1500, 59_999, 60_000, 60_001].map((d) => tick + d),
  );
  const regular = Array.from(
    { length: Math.floor((to - from) / step) + 1 },
    (_, i) => from + i * step,
  );
  return [...new Set([...regular, ...around])].sort((a, b) => a - b);
}

describe('pg-boss schedule checks with kept tick spans', () => {
  // Windows around the moments that matter: Finnish summer time starting (2026-03-29 03:00 EET →
  // 04:00 EEST) and ending (2026-10-25 04:00 EEST → 03:00 EET), and a weekly Monday-morning tick.
  // `step`: the moments between the ticks (around each tick they are a millisecond to a second apart).
  const cases: { cron: string; from: string; to: string; step?: number }[] = [
    // 03:40 does not exist on the first day of summer time: the next tick is a day later.
    {
      cron: '40 3 * * *',
      from: '2026-03-29T00:35:00Z',
      to: '2026-03-30T00:45:00Z',
      step: 180 * MINUTE,
    },
    { cron: '15 * * * *', from: '2026-03-29T00:05:00Z', to: '2026-03-29T01:25:00Z' },
    { cron: '30 3 * * *', from: '2026-10-25T00:20:00Z', to: '2026-10-25T01:40:00Z' },
    { cron: '* * * * *', from: '2026-10-25T00:57:00Z', to: '2026-10-25T01:03:00Z' },
    { cron: '0 7 * * 1', from: '2026-12-07T04:55:00Z', to: '2026-12-07T05:05:00Z' },
    { cron: '20 * * * 1-5', from: '2026-12-04T21:10:00Z', to: '2026-12-04T22:30:00Z' },
  ];

  it.each(cases)(
    'answers as pg-boss does at every moment: $cron from $from',
    ({ cron, from, to, step = 97 * SECOND }) => {
      const times = moments(cron, Date.parse(from), Date.parse(to), step);
      const prevs = times.map((time) => libraryPrev(cron, time));
      for (const skew of [0, 20 * SECOND, -20 * SECOND]) {
        let clock = 0;
        const keeper = { clockSkew: skew, shouldSendIt: cachedShouldSendIt(() => clock) };
        const differing = times.filter((time, index) => {
          clock = time;
          return keeper.shouldSendIt(cron, TZ) !== libraryAnswer(time, prevs[index] ?? 0, skew);
        });
        expect(differing.map((time) => new Date(time).toISOString())).toEqual([]);
      }
      // Not a comparison of two constants: the schedule is due at some moments and not at others.
      const due = times.filter((time, index) => libraryAnswer(time, prevs[index] ?? 0, 0));
      expect(due.length).toBeGreaterThan(0);
      expect(due.length).toBeLessThan(times.length);
    },
  );

  it('evaluates a cron line once per tick, not once per check', () => {
    const parse = jest.spyOn(cronParser, 'parseExpression');
    try {
      let clock = Date.parse('2026-12-07T10:00:10Z');
      const keeper = { clockSkew: 0, shouldSendIt: cachedShouldSendIt(() => clock) };
      // Twenty checks 30 s apart between two ticks of a daily schedule (09:00 in Helsinki).
      const answers: boolean[] = [];
      for (let check = 0; check < 20; check++) {
        answers.push(keeper.shouldSendIt('0 9 * * *', TZ));
        clock += 30 * SECOND;
      }
      expect(answers.every((answer) => !answer)).toBe(true);
      // Once: the last tick, the next one, and the last tick seen from just before the next one.
      expect(parse).toHaveBeenCalledTimes(3);
      // The next day's tick: a new span, and the schedule is due for its first minute.
      clock = Date.parse('2026-12-08T07:00:20Z');
      expect(keeper.shouldSendIt('0 9 * * *', TZ)).toBe(true);
      clock += MINUTE;
      expect(keeper.shouldSendIt('0 9 * * *', TZ)).toBe(false);
      expect(parse).toHaveBeenCalledTimes(6);
    } finally {
      parse.mockRestore();
    }
  });

  it('keeps a last tick until a second before the next one', () => {
    const now = Date.parse('2026-12-07T10:00:10Z');
    expect(keptTick('0 9 * * *', TZ, now)).toEqual({
      prev: Date.parse('2026-12-07T07:00:00Z'),
      from: now,
      until: Date.parse('2026-12-08T06:59:59Z'),
    });
    expect(keptTick('*/5 * * * *', TZ, now)).toEqual({
      prev: Date.parse('2026-12-07T10:00:00Z'),
      from: now,
      until: Date.parse('2026-12-07T10:04:59Z'),
    });
  });

  it('keeps nothing where cron-parser sees a tick in the hour repeated in autumn', () => {
    // 03:30 comes twice on 2026-10-25 (00:30Z summer time, 01:30Z winter time); prev() finds both.
    const now = Date.parse('2026-10-25T00:45:00Z');
    const tick = keptTick('30 3 * * *', TZ, now);
    expect(tick.prev).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(tick.until).toBe(now);
  });

  it('replaces pg-boss’s check once', () => {
    const library = timekeeper.prototype.shouldSendIt;
    cacheScheduleTicks();
    const installed = timekeeper.prototype.shouldSendIt;
    expect(installed).not.toBe(library);
    cacheScheduleTicks();
    expect(timekeeper.prototype.shouldSendIt).toBe(installed);
  });
});
