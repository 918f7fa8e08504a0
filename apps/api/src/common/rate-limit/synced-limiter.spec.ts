import { type SharedCount, type SharedCounters, SyncedLimiter } from './synced-limiter';

const WINDOW_SECONDS = 60;

/**
 * The rate_limit table as RateLimitStore.counters treats it: points added to a key's window, a new
 * window where the old one has ended. `writes` counts its statements.
 */
function table(clock: { now: number }) {
  const rows = new Map<string, SharedCount>();
  const state = { writes: 0, failing: false };
  const counters: SharedCounters = async (points) => {
    await Promise.resolve();
    if (state.failing) throw new Error('connection refused');
    state.writes += 1;
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
  return { rows, state, counters };
}

function process(shared: SharedCounters, clock: { now: number }, points = 5) {
  return new SyncedLimiter(shared, { points, duration: WINDOW_SECONDS, now: () => clock.now });
}

/** How many of `n` requests `limiter` admits for `key`. */
function admitted(limiter: SyncedLimiter, key: string, n: number): number {
  let count = 0;
  for (let request = 0; request < n; request += 1) if (!limiter.consume(key)) count += 1;
  return count;
}

describe('SyncedLimiter', () => {
  let clock: { now: number };
  const limiters: SyncedLimiter[] = [];
  const start = (shared: SharedCounters, points = 5) => {
    const limiter = process(shared, clock, points);
    limiters.push(limiter);
    return limiter;
  };

  beforeEach(() => {
    clock = { now: Date.UTC(2026, 11, 7, 12) };
  });

  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((limiter) => limiter.close()));
  });

  it('counts one process exactly, refuses with the time left in the window, and writes nothing per request', async () => {
    const db = table(clock);
    const limiter = start(db.counters);

    expect(admitted(limiter, '203.0.113.1', 5)).toBe(5);
    clock.now += 10_000;
    expect(limiter.consume('203.0.113.1')).toEqual({ msBeforeNext: 50_000 });
    expect(limiter.consume('198.51.100.2')).toBeNull();
    expect(db.state.writes).toBe(0);

    await limiter.sync();
    expect(db.state.writes).toBe(1);
    expect(db.rows.get('203.0.113.1')?.points).toBe(5);
    expect(db.rows.get('198.51.100.2')?.points).toBe(1);
    expect(limiter.consume('203.0.113.1')).not.toBeNull();
  });

  it('admits an address again when its window ends', async () => {
    const db = table(clock);
    const limiter = start(db.counters);
    expect(admitted(limiter, '203.0.113.1', 6)).toBe(5);
    await limiter.sync();

    clock.now += WINDOW_SECONDS * 1000;
    expect(admitted(limiter, '203.0.113.1', 6)).toBe(5);
    await limiter.sync();
    expect(db.rows.get('203.0.113.1')).toEqual({
      points: 5,
      resetAt: clock.now + WINDOW_SECONDS * 1000,
    });
  });

  it('learns what other processes counted at its next sync', async () => {
    const db = table(clock);
    const a = start(db.counters);
    const b = start(db.counters);

    expect(admitted(a, '203.0.113.1', 2)).toBe(2);
    expect(admitted(b, '203.0.113.1', 2)).toBe(2);
    await a.sync();
    await b.sync();
    expect(db.rows.get('203.0.113.1')?.points).toBe(4);

    // B has heard of all four; A only of its own two until it syncs again.
    expect(admitted(b, '203.0.113.1', 3)).toBe(1);
    expect(admitted(a, '203.0.113.1', 3)).toBe(3);
    await b.sync();
    await a.sync();
    expect(db.rows.get('203.0.113.1')?.points).toBe(8);
    expect(a.consume('203.0.113.1')).not.toBeNull();
    expect(b.consume('203.0.113.1')).not.toBeNull();
  });

  it('syncs by itself a sync interval after a request, once for every address counted', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const db = table(clock);
      const limiter = start(db.counters);
      admitted(limiter, '203.0.113.1', 3);
      admitted(limiter, '198.51.100.2', 2);

      await jest.advanceTimersByTimeAsync(999);
      expect(db.state.writes).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(db.state.writes).toBe(1);
      expect(db.rows.get('203.0.113.1')?.points).toBe(3);
      expect(db.rows.get('198.51.100.2')?.points).toBe(2);

      // Nothing counted since: no more writes.
      await jest.advanceTimersByTimeAsync(5_000);
      expect(db.state.writes).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps limiting on its own when the database does not answer', async () => {
    const db = table(clock);
    const limiter = start(db.counters);
    db.state.failing = true;

    expect(admitted(limiter, '203.0.113.1', 3)).toBe(3);
    await limiter.sync();
    expect(admitted(limiter, '203.0.113.1', 3)).toBe(2);
    await limiter.sync();
    expect(limiter.consume('203.0.113.1')).not.toBeNull();
    expect(db.rows.size).toBe(0);

    // Back: what is counted from now on reaches the table.
    db.state.failing = false;
    clock.now += WINDOW_SECONDS * 1000;
    expect(admitted(limiter, '203.0.113.1', 1)).toBe(1);
    await limiter.sync();
    expect(db.rows.get('203.0.113.1')?.points).toBe(1);
  });
});
