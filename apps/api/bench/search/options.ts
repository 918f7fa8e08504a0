// Command-line options of `npm run bench:search` (README.md next to search-bench.ts).
import { join } from 'node:path';

const args = process.argv.slice(2);

export const flag = (name: string): boolean => args.includes(`--${name}`);

function value(name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function numberOption(name: string, fallback: number): number {
  const raw = value(name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number`);
  return parsed;
}

export type CatalogueKind = 'pessimistic' | 'varied';

const catalogue = value('catalogue') ?? 'pessimistic';
if (catalogue !== 'pessimistic' && catalogue !== 'varied') {
  throw new Error('--catalogue is pessimistic or varied');
}

export const OPTIONS = {
  /** Which catalogue (database) to measure. */
  catalogue: catalogue satisfies CatalogueKind,
  /** Measured requests of the repeated mix per phase. */
  requests: numberOption('requests', 400),
  /** Warm-up requests per phase (the repeated mix; the distinct phase warms up with other searches). */
  warmUp: numberOption('warm-up', 48),
  /** Concurrent clients (`--concurrency 1` measures one search at a time). */
  concurrency: numberOption('concurrency', 16),
  /** Requests of the distinct-query phase (0 skips it). */
  distinct: numberOption('distinct', 600),
  /**
   * Warm-up requests of the distinct phase besides the repeated mix: other distinct searches (their
   * own seed, none of the measured ones), so the measured requests meet an API whose computed-search
   * code the JIT has compiled, as a running server's is, not one that compiles it meanwhile.
   */
  distinctWarmUp: numberOption('distinct-warm-up', 300),
  /** Services in the catalogue (a smaller one only to try the benchmark out: its own database). */
  services: numberOption('services', 100_000),
  /** Seed of the distinct searches' generator: the same seed gives the same searches. */
  seed: numberOption('seed', 20),
  /**
   * Search rows rewritten just before the distinct phase (0: none): the catalogue right after a
   * burst of changes (an import, a network's edits), as searches meet it until VACUUM runs.
   */
  changed: numberOption('changed', 0),
  regenerate: flag('regenerate'),
  /** Only the cache-off API phase of the repeated mix (and the floors). */
  noCache: flag('no-cache'),
  /** Skip the repeated mix (distinct phase and floors only). */
  noMix: flag('no-mix'),
  fromSource: flag('from-source'),
  explain: flag('explain'),
  /** A JSON file for each measured request of the distinct phase, slowest first (its search, ms). */
  timings: value('timings'),
  verbose: flag('verbose'),
} as const;

export const API_DIR = join(__dirname, '..', '..');
/** The API's own pool size (packages/db connection/database.ts): the floors get the same. */
export const DB_CONNECTIONS = 10;
export const SERVICES = OPTIONS.services;
export const AREAS_PER_SERVICE = 10;

const BASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/linja_bench';

/** The URL of database `name` on the bench server. */
export function databaseUrl(name: string): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The bench database of the chosen catalogue: linja_bench, or linja_bench_varied. */
export const DATABASE_NAME = `${new URL(BASE_URL).pathname.slice(1)}${
  OPTIONS.catalogue === 'varied' ? '_varied' : ''
}`;
export const DATABASE_URL = databaseUrl(DATABASE_NAME);

export const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
