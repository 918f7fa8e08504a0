import { type SharedCount, type SharedCounters, SyncedLimiter } from './synced-limiter';

const WINDOW_SECONDS = 60;
const LIMIT = 5;
const ADDRESS = '203.0.113.1';

/**
 * The rate_limit table as RateLimitStore.counters treats it: points added to a key's window, a new
 * window where the old one has ended. `writes` counts its statements, `keys` their keys in order;
 * with `hold`, a statement waits until `release()`.
 */
function table(clock: { now: number }) {
  const rows = new Map<string, SharedCount>();
  const state = { writes: 0, failing: false, hold: false, keys: [] as string[][] };
  let release: () => void = () => undefined;
  const counters: SharedCounters = async (points) => {
    if (state.hold) await new Promise<void>((resolve) => (release = resolve));
    await Promise.resolve();
    if (state.failing) throw new Error('connection refused');
    state.writes += 1;
    state.keys.push([...points.keys()]);
    const totals = new Map<string, SharedCount>();
    for (const [key, added] of points) {
      const row = rows.get(key);
      const next =
        row && row.resetAt > clock.now
          ? { points: row.points + added, resetAt: row.resetAt }
          : { points: added, resetAt: clock.now + WINDOW_SECONDS * 1000 };
      rows.set(key, next);
      totals.set(key, next);
    }
    return totals;
  };
  return {
    rows,
    state,
    counters,
    release: () => {
      release();
    },
  };
}

/** How many of `n` requests from `key`, one after another, `limiter` admits. */
async function admitted(limiter: SyncedLimiter, key: string, n: number): Promise<number> {
  let count = 0;
  for (let request = 0; request < n; request += 1) {
    if ((await limiter.consume(key)) === null) count += 1;
  }
  return count;
}

describe('SyncedLimiter', () => {
  let clock: { now: number };
  const limiters: SyncedLimiter[] = [];
  const start = (shared: SharedCounters) => {
    const limiter = new SyncedLimiter(shared, {
      points: LIMIT,
      duration: WINDOW_SECONDS,
      now: () => clock.now,
    });
    limiters.push(limiter);
    return limiter;
  };

  beforeEach(() => {
    clock = { now: Date.UTC(2026, 11, 7, 12) };
  });

  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((limiter) => limiter.close()));
  });

  it('asks the table about an address it has not heard of, then counts it in the process until the next sync', async () => {
    const db = table(clock);
    const limiter = start(db.counters);

    expect(await admitted(limiter, ADDRESS, 1)).toBe(1);
    expect(db.state.writes).toBe(1);
    expect(await admitted(limiter, ADDRESS, 4)).toBe(4);
    clock.now += 1_000;
    expect(await limiter.consume(ADDRESS)).toEqual({ msBeforeNext: 59_000 });
    expect(db.state.writes).toBe(1);

    await limiter.sync();
    expect(db.state.writes).toBe(2);
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT);
  });

  it('refuses by an older total without asking, counts no refused request, and admits again in a new window', async () => {
    const db = table(clock);
    const limiter = start(db.counters);
    expect(await admitted(limiter, ADDRESS, 6)).toBe(LIMIT);
    await limiter.sync();
    const writes = db.state.writes;

    clock.now += 30_000;
    expect(await limiter.consume(ADDRESS)).toEqual({ msBeforeNext: 30_000 });
    expect(db.state.writes).toBe(writes);
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT);

    clock.now += 30_000;
    expect(await admitted(limiter, ADDRESS, 6)).toBe(LIMIT);
    await limiter.sync();
    expect(db.rows.get(ADDRESS)).toEqual({ points: LIMIT, resetAt: clock.now + 60_000 });
  });

  it('learns what other processes counted at its next sync', async () => {
    const db = table(clock);
    const a = start(db.counters);
    const b = start(db.counters);

    expect(await admitted(a, ADDRESS, 1)).toBe(1); // asked: 1 in the table
    expect(await admitted(b, ADDRESS, 3)).toBe(3); // asked: 2, then 2 counted in B
    expect(await admitted(a, ADDRESS, 1)).toBe(1); // A knows of 1, counts 1
    await b.sync(); // 4
    await a.sync(); // 5: A knows the total
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT);
    expect(await a.consume(ADDRESS)).not.toBeNull();

    // B last heard 4: it admits one more (the slack), and knows after its next sync.
    expect(await admitted(b, ADDRESS, 2)).toBe(1);
    await b.sync();
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT + 1);
    expect(await b.consume(ADDRESS)).not.toBeNull();
  });

  it('counts what a sync under way is sending', async () => {
    const db = table(clock);
    const limiter = start(db.counters);
    expect(await admitted(limiter, ADDRESS, 3)).toBe(3);

    db.state.hold = true;
    const syncing = limiter.sync();
    await Promise.resolve();
    // The table has not answered: 1 known + 2 on their way + this one.
    expect(await admitted(limiter, ADDRESS, 3)).toBe(2);
    db.release();
    db.state.hold = false;
    await syncing;
    await limiter.sync();
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT);
  });

  it('syncs by itself a sync interval after counting, once for every address, keys in order', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const db = table(clock);
      const limiter = start(db.counters);
      for (const key of ['c', 'a', 'b']) await limiter.consume(key);
      expect(db.state.writes).toBe(3);
      for (const key of ['c', 'b', 'a', 'c']) await limiter.consume(key);

      await jest.advanceTimersByTimeAsync(999);
      expect(db.state.writes).toBe(3);
      await jest.advanceTimersByTimeAsync(1);
      expect(db.state.writes).toBe(4);
      expect(db.state.keys.at(-1)).toEqual(['a', 'b', 'c']);
      expect(db.rows.get('c')?.points).toBe(3);

      // Nothing counted since: no more writes.
      await jest.advanceTimersByTimeAsync(5_000);
      expect(db.state.writes).toBe(4);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps limiting on its own when the database does not answer, and sends the points once it does', async () => {
    const db = table(clock);
    const limiter = start(db.counters);
    db.state.failing = true;

    expect(await admitted(limiter, ADDRESS, 6)).toBe(LIMIT);
    expect(db.rows.size).toBe(0);

    db.state.failing = false;
    await limiter.sync();
    expect(db.rows.get(ADDRESS)?.points).toBe(LIMIT);
  });
});
