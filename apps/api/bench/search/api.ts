// The API under test: the built API (or src/ with --from-source) as a child process against the bench
// database, and one portal search through HTTP POST /graphql.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { SEARCH_CACHE_HEADER } from '../../src/service-search/cache/public-search-cache.plugin';
import { type SearchServicesInput } from '../../src/service-search/dto/search-services.input';
import { postJson } from './http-client';
import { API_DIR, DATABASE_URL, log, OPTIONS } from './options';

/**
 * The portal's own queries (apps/portal/src/lib/queries.ts, read from its source so they cannot
 * drift): the first page with every facet and its terms' labels (SEARCH_QUERY), and "load more",
 * which widens the list without facets (SEARCH_LIST_QUERY, first 20, 30, …). Each card has the
 * organisation, the published name, summary and contact, and the first delivery serving the chosen
 * municipality (`$municipalityCode`, the search's own).
 */
export const { SEARCH_QUERY: QUERY, SEARCH_LIST_QUERY: LIST_QUERY } = portalQueries();

function portalQueries(): { SEARCH_QUERY: string; SEARCH_LIST_QUERY: string } {
  // The portal is an ES module, which TypeScript does not let this CommonJS script import; the
  // bench's loader (@swc-node/register) compiles it when it is required.
  const path = join(API_DIR, '../portal/src/lib/queries.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as { SEARCH_QUERY: string; SEARCH_LIST_QUERY: string };
}

export const PAGE_SIZE = 10;

export interface RunningApi {
  readonly url: string;
  /** The API process (its CPU time is measured: cpu.ts). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts the API (NODE_ENV=production, as deployed) with `extraEnv`, and waits for /health. */
export async function startApi(extraEnv: Record<string, string>): Promise<RunningApi> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const fromSource = OPTIONS.fromSource || !existsSync(join(API_DIR, 'dist/main.js'));
  // BENCH_API_NODE_ARGS: Node flags for the measured API only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`
  // (a CPU profile of the API's side of a run; NODE_OPTIONS may not carry --cpu-prof).
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, ...(fromSource ? ['-r', '@swc-node/register', 'src/main.ts'] : ['dist/main.js'])],
    {
      cwd: API_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        REFERRAL_KEYS: `bench:${Buffer.alloc(32, 5).toString('base64')}`,
        DATABASE_URL,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        // The bench migrated the database once (catalogue.ts); the measured API only serves.
        DB_MIGRATE_ON_START: 'false',
        // One client address sends every request: lift the per-address limit for the benchmark.
        GRAPHQL_RATE_LIMIT_PER_MINUTE: '1000000',
        ...extraEnv,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        log(`API (${fromSource ? 'src/main.ts' : 'dist/main.js'}) listening at ${url}`);
        return { url, pid: child.pid, stop };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('the API did not start within 90 s');
}

/** What one request answered (or how it failed). */
export interface Answer {
  readonly ms: number;
  /** The x-linja-search-cache header: hit, miss, or null (not cacheable, or a failure). */
  readonly cache: string | null;
  readonly error?: string;
  readonly totalCount?: number;
  readonly partialMatch?: boolean;
  readonly hasNextPage?: boolean;
}

interface SearchBody {
  data?: {
    searchServices?: {
      totalCount: number;
      partialMatch: boolean;
      pageInfo: { hasNextPage: boolean };
    };
  };
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * One portal search as the portal asks for `page` (1: the first page with the facets; 2, 3: "load
 * more", the list widened to 20, 30); never throws: a failure is an answer with `error`.
 */
export async function search(url: string, input: SearchServicesInput, page = 1): Promise<Answer> {
  const begin = performance.now();
  try {
    const response = await postJson(`${url}/graphql`, {
      query: page === 1 ? QUERY : LIST_QUERY,
      variables: {
        input,
        first: PAGE_SIZE * page,
        municipalityCode: input.municipalityCode ?? undefined,
      },
    });
    const body = response.body as SearchBody;
    const ms = performance.now() - begin;
    const header = response.headers[SEARCH_CACHE_HEADER];
    const cache = typeof header === 'string' ? header : null;
    const result = body.data?.searchServices;
    if (response.status !== 200 || body.errors || !result) {
      const messages = (body.errors ?? []).map((e) =>
        `${e.extensions?.code ?? ''} ${e.message ?? ''}`.trim(),
      );
      return { ms, cache, error: `${response.status} ${messages.join('; ') || 'no data'}` };
    }
    return {
      ms,
      cache,
      totalCount: result.totalCount,
      partialMatch: result.partialMatch,
      hasNextPage: result.pageInfo.hasNextPage,
    };
  } catch (error) {
    return {
      ms: performance.now() - begin,
      cache: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
