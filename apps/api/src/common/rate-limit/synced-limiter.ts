/** How often a process adds what it counted to the shared counters, and reads their totals back. */
export const SYNC_INTERVAL_MS = 1000;

interface Count {
  /** Points consumed in this process since its last sync. */
  pending: number;
  /** Points of the window as of the last sync: every process's, this one's included. */
  shared: number;
  /** When the window ends (ms since the epoch). */
  resetAt: number;
}

/** A key's window in the shared counters after points were added to it. */
export interface SharedCount {
  /** Every process's points in the window. */
  readonly points: number;
  /** When the window ends (ms since the epoch). */
  readonly resetAt: number;
}

/** The shared counters of one limit (RateLimitStore.counters): adds points to keys, in one write. */
export type SharedCounters = (
  points: ReadonlyMap<string, number>,
) => Promise<ReadonlyMap<string, SharedCount>>;

/** A request over the limit: how long until its window ends. */
export interface Refusal {
  readonly msBeforeNext: number;
}

export interface SyncedLimitOptions {
  readonly points: number;
  /** Window in seconds. */
  readonly duration: number;
  readonly syncIntervalMs?: number;
  readonly now?: () => number;
}

/**
 * A limit counted in the process and synced with the shared counters (the rate_limit table) every
 * SYNC_INTERVAL_MS, for a limit that every request passes through: the per-address limit on
 * /graphql. Counting each request in the table was a write, a commit and a round trip before every
 * search, and every request of one address updated the same row; now a process writes once a
 * second, one statement for every address it counted, and only while it serves requests.
 *
 * `consume` decides at once, without waiting for the database, from the window's shared total as of
 * the last sync plus what this process counted since; the sync adds those points to the shared rows
 * (starting a new window where the old one has ended) and reads the totals back. One process is
 * therefore exact. Several processes together may admit beyond the limit what the others counted
 * but had not yet synced (at most one interval of that address's requests each): a small slack for
 * a limit against floods and scraping. The sensitive limits (sign-in, password reset:
 * RateLimitService) count every attempt in the table directly.
 *
 * When the sync fails (the database cannot be reached), the points stay counted in the process's
 * own view of the window, so the process keeps limiting on its own until the database is back.
 */
export class SyncedLimiter {
  private readonly counts = new Map<string, Count>();
  private readonly syncIntervalMs: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly shared: SharedCounters,
    private readonly options: SyncedLimitOptions,
  ) {
    this.syncIntervalMs = options.syncIntervalMs ?? SYNC_INTERVAL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Counts one point for `key`, or refuses it (nothing counted) when `key` is over the limit. */
  consume(key: string): Refusal | null {
    const now = this.now();
    let count = this.counts.get(key);
    if (!count) {
      count = { pending: 0, shared: 0, resetAt: 0 };
      this.counts.set(key, count);
    }
    if (count.resetAt <= now) {
      // A new window: what other processes count in it arrives with the next sync.
      count.shared = 0;
      count.resetAt = now + this.options.duration * 1000;
    }
    const consumed = count.shared + count.pending;
    if (consumed >= this.options.points) return { msBeforeNext: count.resetAt - now };
    count.pending += 1;
    this.scheduleSync();
    return null;
  }

  /** Adds every pending count to the shared counters now (and waits for a sync under way). */
  async sync(): Promise<void> {
    this.clearTimer();
    const previous = this.syncing;
    this.syncing = previous.then(() => this.syncPending());
    await this.syncing;
  }

  /** Stops the timer and syncs what is pending (at shutdown). */
  async close(): Promise<void> {
    await this.sync();
    this.clearTimer();
  }

  private scheduleSync(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, this.syncIntervalMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private async syncPending(): Promise<void> {
    const due = new Map<string, number>();
    for (const [key, count] of this.counts) {
      if (count.pending === 0) continue;
      due.set(key, count.pending);
      count.pending = 0;
    }
    if (due.size > 0) {
      try {
        const totals = await this.shared(due);
        for (const [key, total] of totals) {
          const count = this.counts.get(key);
          if (!count) continue;
          count.shared = total.points;
          count.resetAt = total.resetAt;
        }
      } catch {
        // The database did not answer: the points stay counted in this process's own view.
        for (const [key, points] of due) {
          const count = this.counts.get(key);
          if (count) count.shared += points;
        }
      }
    }
    const now = this.now();
    for (const [key, count] of this.counts) {
      if (count.pending === 0 && count.resetAt <= now) this.counts.delete(key);
    }
    if ([...this.counts.values()].some((count) => count.pending > 0)) this.scheduleSync();
  }
}
