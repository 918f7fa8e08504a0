import { availableParallelism } from 'node:os';

import { DomainError } from '../../common/errors/domain-error';

/**
 * How many searches use the database at once by default (SEARCH_CONCURRENCY): as many as this host
 * has cores, at least 2. A search is CPU work in PostgreSQL and the API, not waiting. On a 2-core
 * machine running both (bench README run 16, 16 clients), 2 at once served as many searches a second
 * as 3 or 6 with the shortest tail (p95 ~431 ms against ~452 with 3 and ~499 with 6; p99 ~500
 * against ~549 and ~639), and 1 fewer (~46/s against ~54): more at once only share the cores, so
 * every search in flight takes longer, while those waiting in SearchGate's queue keep their arrival
 * order. With PostgreSQL on a larger server of its own, set SEARCH_CONCURRENCY to about its cores.
 */
export function defaultSearchConcurrency(): number {
  return Math.max(2, availableParallelism());
}

/**
 * At most `concurrency` searches use the database at once; up to `queue` more wait their turn, in
 * arrival order; beyond that a search is refused at once with SEARCH_BUSY (retryAfterSeconds 1)
 * instead of waiting for a connection. Search alone thus never holds the whole connection pool: the
 * rest stays free for sign-ins, editors and coordinators, and a burst of searches gets a clear
 * answer instead of a pool timeout. (A counting semaphore: p-limit would queue without a bound.)
 */
export class SearchGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) {
        throw new DomainError('SEARCH_BUSY', 'Too many searches at once; try again in a moment.', {
          retryAfterSeconds: 1,
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiting search (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Searches running and waiting (tests, metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
