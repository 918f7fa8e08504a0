import { dirname } from 'node:path';

/**
 * pg-boss's schedule check without the cost of evaluating every cron line on every check.
 *
 * Every JOBS_CRON_CHECK_SECONDS one process (the API itself in a single-process deployment) asks,
 * for each schedule, whether its last tick is less than a minute old (pg-boss timekeeper.js
 * `shouldSendIt`): `cronParser.parseExpression(cron, { tz }).prev()`. cron-parser 4 walks back
 * from now field by field with a time-zone-aware date object per step, 3–17 ms a schedule here
 * (Europe/Helsinki), ~150–300 ms for our 15 schedules with their garbage: the event loop stood
 * still that long every 30–60 s, and every search in flight waited (ARCHITECTURE.md, "Background
 * jobs and mail").
 *
 * The answer only changes when a tick passes, so each schedule's last tick is kept with the span of
 * time in which it stays the last one (keptTick), and computed again when the clock leaves that
 * span: once per tick instead of once per check. The answer is the library's own at every instant
 * (schedule-ticks.spec.ts compares them across ticks and both daylight saving changes).
 */

/** The parts of pg-boss's Timekeeper this relies on (pg-boss 10: src/timekeeper.js). */
type ShouldSendIt = (this: { clockSkew: number }, cron: string, tz: string) => boolean;
interface Timekeeper {
  shouldSendIt: ShouldSendIt;
}
interface CronParser {
  parseExpression(
    cron: string,
    options: { tz: string; currentDate?: Date },
  ): { prev(): { getTime(): number }; next(): { getTime(): number } };
}

// pg-boss's own modules (the package has no `exports` map and no types for these), and the
// cron-parser it evaluates schedules with, so that ours are evaluated by the very same code.
/* eslint-disable @typescript-eslint/no-require-imports -- see above */
const timekeeper = require('pg-boss/src/timekeeper') as { prototype: Timekeeper };
export const cronParser = require(
  require.resolve('cron-parser', { paths: [dirname(require.resolve('pg-boss'))] }),
) as CronParser;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Nothing is kept for the last second before a tick (cron-parser works to the second). */
const EDGE_MS = 1000;

/**
 * A schedule's last tick before a moment (`prev`, what pg-boss's check compares with the clock) and
 * the span of time in which that stays its last tick: from the moment it was computed `until` just
 * before the following tick.
 */
export interface KeptTick {
  readonly prev: number;
  readonly from: number;
  readonly until: number;
}

/**
 * The last tick before `now`, as pg-boss computes it (cron-parser's prev() from now), and how long
 * it stays the last one: until a second before the next tick (next() from it), provided prev() from
 * there still answers the same tick. cron-parser's prev() and next() can disagree when the clocks
 * go back in autumn (prev() sees a 03:30 in the repeated hour that next() skips); then nothing is
 * kept (`until` = `now`) and the next check computes it again.
 */
export function keptTick(cron: string, tz: string, now: number): KeptTick {
  const prevAt = (time: number) =>
    cronParser
      .parseExpression(cron, { tz, currentDate: new Date(time) })
      .prev()
      .getTime();
  const prev = prevAt(now);
  const next = cronParser.parseExpression(cron, { tz, currentDate: new Date(prev) }).next();
  const until = next.getTime() - EDGE_MS;
  return { prev, from: now, until: until > now && prevAt(until) === prev ? until : now };
}

const CACHED = Symbol('linja.cachedTicks');
type Marked = ShouldSendIt & { [CACHED]?: true };

/** The check with kept tick spans; `now` is the clock (Date.now), as pg-boss's own. */
export function cachedShouldSendIt(now: () => number = Date.now): ShouldSendIt {
  const ticks = new Map<string, KeptTick>();
  const check = function (this: { clockSkew: number }, cron: string, tz: string): boolean {
    const time = now();
    const key = `${tz}\u0000${cron}`;
    let tick = ticks.get(key);
    if (!tick || time < tick.from || time > tick.until) {
      tick = keptTick(cron, tz, time);
      ticks.set(key, tick);
    }
    // pg-boss compares the last tick with the database's time (its clock plus the measured skew).
    return (time + this.clockSkew - tick.prev) / 1000 < 60;
  } as Marked;
  check[CACHED] = true;
  return check;
}

/**
 * Replaces pg-boss's schedule check with the cached one (once per process; QueueService). Fails
 * loudly when pg-boss no longer has the method it replaces, so an upgrade cannot drop it silently.
 */
export function cacheScheduleTicks(): void {
  const current = timekeeper.prototype.shouldSendIt as Marked | undefined;
  if (typeof current !== 'function') {
    throw new Error('pg-boss has no Timekeeper.shouldSendIt: review jobs/schedule-ticks.ts');
  }
  if (current[CACHED]) return;
  timekeeper.prototype.shouldSendIt = cachedShouldSendIt();
}
