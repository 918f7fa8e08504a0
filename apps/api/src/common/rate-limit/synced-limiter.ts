/** How often a process adds what it counted to the shared counters, and reads their totals back. */
const SYNC_INTERVAL_MS = 1000;
/** An address's total read longer ago than this is asked for again before a request is admitted. */
const STALE_AFTER_MS = 2 * SYNC_INTERVAL_MS;

interface Count {
  /** Points counted in this process and not yet sent. */
  pending: number;
  /** Points sent with a sync whose answer has not arrived. */
  inFlight: number;
  /** The window's total as of the last sync: every process's points, this one's included. */
  shared: number;
  /** When the window ends (ms since the epoch). */
  resetAt: number;
  /** When `shared` was read (ms since the epoch; 0: never). */
  syncedAt: number;
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
  readonly now?: () => number;
}

/**
 * A limit counted in the process and synced with the shared counters (the rate_limit table), for a
 * limit that every request passes through: the per-address limit on /graphql. Counting each request
 * in the table was a write, a commit and a round trip before every search, and every request of one
 * address updated the same row.
 *
 * An address this process has heard of from the table within the last two sync intervals is decided
 * at once from that total plus what the process counted since; what it counts is added to the
 * table, one statement for every address, about a second later (and the totals read back), so an
 * address that keeps sending stays decided in memory. An address it has not heard of recently is
 * decided as before: its request is added to the table at once and decided from the answer. A
 * window's total only grows, so an address already over the limit by an older total is refused
 * without asking (a refused request is not counted). One process is therefore exact; several
 * processes together may admit beyond the limit what the others admitted in the last two seconds —
 * slack a limit against floods and scraping can have. The sensitive limits (sign-in, password
 * reset: RateLimitService) count every attempt in the table directly.
 *
 * When a sync fails (the database cannot be reached), its points are counted again at the next one
 * and the process's own count keeps limiting; the points of a window that has ended are dropped.
 * Entries are dropped once their window has ended or their total is stale, so memory follows the
 * addresses of the last seconds.
 */
export class SyncedLimiter {
  private readonly counts = new Map<string, Count>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly shared: SharedCounters,
    private readonly options: SyncedLimitOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts one point for `key`, or refuses it when `key` is over the limit: by a total known here
   * (nothing counted), or by the table's answer (counted there, as another process filled the
   * window meanwhile).
   */
  async consume(key: string): Promise<Refusal | null> {
    const count = this.countOf(key);
    if (this.consumed(count) >= this.options.points) return this.refusal(count);
    count.pending += 1;
    if (this.now() - count.syncedAt <= STALE_AFTER_MS) {
      this.scheduleSync();
      return null;
    }
    // Not heard of lately: counted in the table now, and decided by the total it answers.
    await this.sync();
    this.startWindowIfEnded(count);
    return this.consumed(count) > this.options.points ? this.refusal(count) : null;
  }

  /** Adds every pending count to the shared counters now (after a sync under way). */
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

  private countOf(key: string): Count {
    let count = this.counts.get(key);
    if (!count) {
      count = { pending: 0, inFlight: 0, shared: 0, resetAt: 0, syncedAt: 0 };
      this.counts.set(key, count);
    }
    this.startWindowIfEnded(count);
    return count;
  }

  /** A window that has ended starts again here; its points not yet sent are dropped with it. */
  private startWindowIfEnded(count: Count): void {
    const now = this.now();
    if (count.resetAt > now) return;
    count.shared = 0;
    count.pending = 0;
    count.resetAt = now + this.options.duration * 1000;
  }

  private consumed(count: Count): number {
    return count.shared + count.inFlight + count.pending;
  }

  private refusal(count: Count): Refusal {
    return { msBeforeNext: Math.max(0, count.resetAt - this.now()) };
  }

  private scheduleSync(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, SYNC_INTERVAL_MS);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private async syncPending(): Promise<void> {
    // Keys in one order in every process: two processes' statements lock the rows alike.
    const due = new Map<string, number>();
    for (const key of [...this.counts.keys()].sort()) {
      const count = this.counts.get(key);
      if (!count || count.pending === 0) continue;
      due.set(key, count.pending);
      count.inFlight += count.pending;
      count.pending = 0;
    }
    if (due.size > 0) {
      let totals: ReadonlyMap<string, SharedCount> | null = null;
      try {
        totals = await this.shared(due);
      } catch {
        // The database did not answer: the points are sent again with the next sync.
      }
      const now = this.now();
      for (const [key, points] of due) {
        const count = this.counts.get(key);
        if (!count) continue;
        count.inFlight -= points;
        const total = totals?.get(key);
        if (!total) {
          count.pending += points;
          continue;
        }
        count.shared = total.points;
        count.resetAt = total.resetAt;
        count.syncedAt = now;
      }
    }
    this.prune();
    if ([...this.counts.values()].some((count) => count.pending > 0)) this.scheduleSync();
  }

  private prune(): void {
    const now = this.now();
    const staleAt = now - STALE_AFTER_MS;
    for (const [key, count] of this.counts) {
      if (count.inFlight > 0) continue;
      const ended = count.resetAt <= now;
      if (ended || (count.pending === 0 && count.syncedAt < staleAt)) this.counts.delete(key);
    }
  }
}
