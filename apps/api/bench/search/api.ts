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
 * The portal's results query (SEARCH_QUERY in apps/portal/src/lib/queries.ts, copied: the portal is an
 * ES module the bench cannot require): result cards with the organisation, every facet with its
 * term's labels; a page of ten as the portal asks for it, and `after` for the next pages.
 */
export const QUERY = /* GraphQL */ `
  query PortalSearch($input: SearchServicesInput!, $first: Int!, $after: String) {
    searchServices(input: $input, first: $first, after: $after) {
      totalCount
      partialMatch
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          responsibleOrganization {
            id
            name
          }
          published {
            name {
              fi
              sv
              en
              fiPlain
            }
            summary {
              fi
              sv
              en
              fiPlain
            }
            cost
            accessMode
            channels
            serviceLanguages
            ageMin
            ageMax
          }
        }
      }
      facets {
        themes {
          termId
          count
          term {
            id
            slug
            kind
            label {
              fi
              sv
              en
              fiPlain
            }
          }
        }
        targetGroups {
          termId
          count
          term {
            id
            slug
            kind
            label {
              fi
              sv
              en
              fiPlain
            }
          }
        }
        languages {
          language
          count
        }
        channels {
          channel
          count
        }
        freeOfCharge {
          value
          count
        }
        acceptingClients {
          value
          count
        }
      }
    }
  }
`;

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
  readonly endCursor?: string | null;
  readonly hasNextPage?: boolean;
}

interface SearchBody {
  data?: {
    searchServices?: {
      totalCount: number;
      partialMatch: boolean;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** One portal search; never throws: a failure is an answer with `error`. */
export async function search(
  url: string,
  input: SearchServicesInput,
  after: string | null = null,
): Promise<Answer> {
  const begin = performance.now();
  try {
    const response = await postJson(`${url}/graphql`, {
      query: QUERY,
      variables: { input, first: PAGE_SIZE, after },
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
      endCursor: result.pageInfo.endCursor,
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
