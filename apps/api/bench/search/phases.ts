// The API phases: the repeated mix (cache on, as deployed, and cache off) and the distinct searches
// (cache on: every request must be a miss, which the x-linja-search-cache header shows). Each phase
// starts a fresh API, so nothing is cached from an earlier phase.
import { writeFileSync } from 'node:fs';

import { type Answer, search, startApi } from './api';
import { cpuPerRequest, cpuSample } from './cpu';
import { load, type Summary, summarise, type Timing } from './load';
import { mixRequests, type MixSearch } from './mix';
import { log, OPTIONS } from './options';
import { type DistinctSearch } from './queries';

const timing = (kind: string, answer: Answer, page?: number): Timing => ({
  kind,
  page,
  ms: answer.ms,
  error: answer.error,
  cache: answer.cache,
  partialMatch: answer.partialMatch,
});

/** The repeated mix against a fresh API, cache on or off (SEARCH_CACHE_TTL_SECONDS=0). */
export async function mixPhase(cache: 'on' | 'off'): Promise<Summary> {
  const api = await startApi(cache === 'off' ? { SEARCH_CACHE_TTL_SECONDS: '0' } : {});
  try {
    const run = async (s: MixSearch) => [timing(s.kind, await search(api.url, s.input))];
    await load(mixRequests(OPTIONS.warmUp), run);
    const before = cpuSample(api.pid);
    const measured = await load(mixRequests(OPTIONS.requests), run);
    const cpu = cpuPerRequest(before, cpuSample(api.pid), measured.timings.length);
    return { ...summarise(measured, true), ...(cpu ? { cpu } : {}) };
  } finally {
    await api.stop();
  }
}

export interface DistinctResult {
  summary: Summary;
  searches: number;
  /** totalCount of page 1 of each Finnish text-only search, by text (compared with plain FTS). */
  finnishTextTotals: Map<string, number>;
  /** Latencies (ms) of those page-1 requests: Linja's side of the plain full-text ratio. */
  finnishTextMs: number[];
}

/**
 * The distinct searches against a fresh API with the cache on (as deployed). Warm-up with the
 * repeated mix and with `warmUp` (other distinct searches: none of the measured ones' variables),
 * then `changeCatalogue`: a catalogue change, after which every answer, ranking, row and word the
 * API keeps per catalogue generation is stale, while its compiled code and its database sessions are
 * warm — a running server right after a change. Then each search's pages one after another, page 2
 * and 3 with the previous page's endCursor, each page a measured request.
 */
export async function distinctPhase(
  searches: readonly DistinctSearch[],
  warmUp: readonly DistinctSearch[],
  changeCatalogue: () => Promise<void>,
): Promise<DistinctResult> {
  const api = await startApi({});
  const finnishTextTotals = new Map<string, number>();
  const finnishTextMs: number[] = [];
  try {
    await load(mixRequests(OPTIONS.warmUp), async (s: MixSearch) => [
      timing(s.kind, await search(api.url, s.input)),
    ]);
    // The warm-up's searches page by page as the measured ones, not measured.
    await load(warmUp, async (s: DistinctSearch) => {
      for (let page = 1; page <= s.pages; page++) {
        const answer = await search(api.url, s.input, page);
        if (answer.error || !answer.hasNextPage) break;
      }
      return [];
    });
    await changeCatalogue();
    const run = async (s: DistinctSearch) => {
      const timings: Timing[] = [];
      for (let page = 1; page <= s.pages; page++) {
        const answer = await search(api.url, s.input, page);
        timings.push({ ...timing(s.kind, answer, page), input: s.input });
        if (page === 1 && s.kind === 'text' && s.input.locale === 'fi' && s.input.text) {
          if (answer.totalCount !== undefined)
            finnishTextTotals.set(s.input.text, answer.totalCount);
          finnishTextMs.push(answer.ms);
        }
        if (answer.error || !answer.hasNextPage) break;
      }
      return timings;
    };
    const before = cpuSample(api.pid);
    const measured = await load(searches, run);
    if (OPTIONS.timings) writeTimings(OPTIONS.timings, measured.timings);
    const cpu = cpuPerRequest(before, cpuSample(api.pid), measured.timings.length);
    const summary = { ...summarise(measured, true), ...(cpu ? { cpu } : {}) };
    return { summary, searches: searches.length, finnishTextTotals, finnishTextMs };
  } finally {
    await api.stop();
  }
}

/** Every measured request of the distinct phase, slowest first (--timings FILE): which searches cost. */
function writeTimings(file: string, timings: readonly Timing[]): void {
  const rows = [...timings]
    .sort((a, b) => b.ms - a.ms)
    .map(({ ms, page, partialMatch, error, input }) => ({ ms, page, partialMatch, error, input }));
  writeFileSync(file, `${JSON.stringify(rows, null, 1)}\n`);
  log(`Each distinct request's time: ${file}`);
}
