// Runs work with N concurrent clients and summarises the timings: p50/p95/p99/max, throughput,
// failures with their messages grouped, the cache's hits and misses, per kind.
import { performance } from 'node:perf_hooks';

import { type SearchServicesInput } from '../../src/service-search/dto/search-services.input';
import { type CpuPerRequest } from './cpu';
import { OPTIONS } from './options';

/** One measured request. */
export interface Timing {
  readonly kind: string;
  readonly ms: number;
  readonly error?: string;
  /** x-linja-search-cache: hit, miss, or null. */
  readonly cache?: string | null;
  /** The response said "matches some of your words" (partialMatch). */
  readonly partialMatch?: boolean;
  /** Which page of its search (the distinct phase: 1, or 2–3: "load more", the list widened). */
  readonly page?: number;
  /** The search (the distinct phase). */
  readonly input?: SearchServicesInput;
}

/**
 * Runs `units` work items (a unit may send several requests one after another, e.g. pages 1–3 of
 * one search) with `concurrency` clients; each returns its requests' timings.
 */
export async function load<T>(
  units: readonly T[],
  run: (unit: T) => Promise<readonly Timing[]>,
  concurrency = OPTIONS.concurrency,
): Promise<{ timings: Timing[]; seconds: number }> {
  const timings: Timing[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < units.length; index = next++) {
        timings.push(...(await run(units[index] as T)));
      }
    }),
  );
  return { timings, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface Summary extends Latency {
  failed: number;
  seconds: number;
  throughput: number;
  /** Cache answers of the measured requests (x-linja-search-cache); absent for the SQL floors. */
  cache?: { hit: number; miss: number; none: number };
  /** Failure messages, grouped, most frequent first. */
  errors: { message: string; count: number }[];
  /**
   * Per kind, and across kinds "some words" (responses with partialMatch true) and, in the distinct
   * phase, "page 1" and "pages 2–3" (a later page is a slice of the ranking its page 1 kept).
   */
  byKind: Record<string, Latency>;
  /** CPU ms per request during the phase (cpu.ts; the API phases on Linux only). */
  cpu?: CpuPerRequest;
}

const round = (v: number) => Math.round(v * 10) / 10;

function latency(ms: readonly number[]): Latency {
  return {
    requests: ms.length,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p99: round(percentile(ms, 99)),
    max: round(Math.max(0, ...ms)),
  };
}

/** Digits and ids vary between otherwise identical errors: group by the message without them. */
const errorGroup = (message: string) =>
  message
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<id>')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 240);

export function summarise(
  { timings, seconds }: { timings: readonly Timing[]; seconds: number },
  withCache = false,
): Summary {
  const kinds = [...new Set(timings.map((t) => t.kind))];
  const errors = new Map<string, number>();
  for (const t of timings) {
    if (t.error) errors.set(errorGroup(t.error), (errors.get(errorGroup(t.error)) ?? 0) + 1);
  }
  const partial = timings.filter((t) => t.partialMatch).map((t) => t.ms);
  const firstPages = timings.filter((t) => t.page === 1).map((t) => t.ms);
  const laterPages = timings.filter((t) => (t.page ?? 0) > 1).map((t) => t.ms);
  return {
    ...latency(timings.map((t) => t.ms)),
    failed: timings.filter((t) => t.error).length,
    seconds: round(seconds),
    throughput: round(timings.length / seconds),
    ...(withCache
      ? {
          cache: {
            hit: timings.filter((t) => t.cache === 'hit').length,
            miss: timings.filter((t) => t.cache === 'miss').length,
            none: timings.filter((t) => t.cache !== 'hit' && t.cache !== 'miss').length,
          },
        }
      : {}),
    errors: [...errors]
      .map(([message, count]) => ({ message, count }))
      .sort((a, b) => b.count - a.count),
    byKind: {
      ...Object.fromEntries(
        kinds.map((kind) => [
          kind,
          latency(timings.filter((t) => t.kind === kind).map((t) => t.ms)),
        ]),
      ),
      ...(partial.length > 0 ? { 'some words': latency(partial) } : {}),
      ...(laterPages.length > 0
        ? { 'page 1': latency(firstPages), 'pages 2–3': latency(laterPages) }
        : {}),
    },
  };
}
