// `npm run bench:search [-- --regenerate] [-- --requests 4000] [-- --from-source]`: the search benchmark
// of issue 5 (see README.md here). Not part of `npm test`.
//
// 1. A dedicated PostgreSQL database (BENCH_DATABASE_URL, default
//    postgresql://postgres@127.0.0.1:5432/linja_bench) is created, migrated and seeded, and filled with
//    100 000 published services with 10 delivery areas each (1 000 000 areas) by the catalogue factory,
//    then ANALYZEd. An already generated database is reused; --regenerate drops it first.
// 2. The built API (apps/api/dist/main.js; --from-source runs src/main.ts) starts against it, and a
//    fixed mix of searches goes through HTTP POST /graphql with 16 concurrent clients: warm-up, then
//    the measured requests. p50/p95/p99 latency and throughput are printed.
// 3. The same searches' SQL — the very statements ServiceSearchService builds — run directly on the
//    database with the same concurrency and the same connection limit as the API (the floor).
import 'reflect-metadata';

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import {
  generateCatalogue,
  migrateDatabase,
  openDatabase,
  PERHELINJA_ID,
  SILENT_LOGGER,
  seedDemoData,
  type Database,
} from '@linja/db';
import { Pool } from 'pg';

import { SEARCH_CACHE_HEADER } from '../src/service-search/cache/public-search-cache.plugin';
import { type SearchServicesInput } from '../src/service-search/dto/search-services.input';
import {
  SEARCH_SETTINGS,
  ServiceSearchService,
} from '../src/service-search/service-search.service';

const SERVICES = 100_000;
const AREAS_PER_SERVICE = 10;
/** The API's own pool size (packages/db connection/database.ts): the floor gets the same. */
const DB_CONNECTIONS = 10;
const API_DIR = join(__dirname, '..');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const REQUESTS = option('requests', 400);
const WARM_UP = option('warm-up', 48);
/** Concurrent clients (`--concurrency 1` measures one search at a time). */
const CONCURRENCY = option('concurrency', 16);
const BASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/linja_bench';

interface Search {
  readonly kind: 'text' | 'text+municipality' | 'filters' | 'facets';
  readonly input: SearchServicesInput;
}

/** Lahti 398, Turku 853, Jyväskylä 179, Helsinki 091, Oulu 564, Salo 734. */
const MIX: readonly Search[] = [
  { kind: 'text', input: { text: 'turvakoti' } },
  { kind: 'text', input: { text: 'väkivalta' } },
  { kind: 'text', input: { text: 'turvakotiin' } },
  { kind: 'text', input: { text: 'vauva masennus' } },
  { kind: 'text', input: { text: 'eroryhmä' } },
  { kind: 'text', input: { text: 'keskusteluapua vanhemmille' } },
  { kind: 'text', input: { text: 'päihteet raskaus' } },
  { kind: 'text', input: { text: 'skilsmässa', locale: 'sv' } },
  { kind: 'text', input: { text: 'shelter', locale: 'en' } },
  { kind: 'text', input: { text: 'nuorten chat' } },
  { kind: 'text+municipality', input: { text: 'turvakoti', municipalityCode: '398' } },
  { kind: 'text+municipality', input: { text: 'väkivalta', municipalityCode: '853' } },
  { kind: 'text+municipality', input: { text: 'ero', municipalityCode: '179' } },
  { kind: 'text+municipality', input: { text: 'vertaisryhmä', municipalityCode: '091' } },
  { kind: 'text+municipality', input: { text: 'perhe', municipalityCode: '564' } },
  { kind: 'filters', input: { municipalityCode: '398', age: 2 } },
  { kind: 'filters', input: { municipalityCode: '853', freeOfCharge: true, languages: ['sv'] } },
  { kind: 'filters', input: { channels: ['CHAT'], acceptingClients: true } },
  { kind: 'filters', input: { networkSlug: 'perhelinja', municipalityCode: '734' } },
  { kind: 'facets', input: {} },
  { kind: 'facets', input: { networkSlug: 'ensi-ja-turvakotien-liitto' } },
  { kind: 'facets', input: { municipalityCode: '091' } },
];

/**
 * The portal's results query (SEARCH_QUERY in apps/portal/src/lib/queries.ts, copied: the portal is an
 * ES module the bench cannot require): result cards with the organisation, every facet with its
 * term's labels; a page of ten as the portal asks for it.
 */
const QUERY = /* GraphQL */ `
  query PortalSearch($input: SearchServicesInput!, $first: Int!) {
    searchServices(input: $input, first: $first) {
      totalCount
      partialMatch
      pageInfo {
        hasNextPage
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
const PAGE_SIZE = 10;

const log = (message: string) => process.stdout.write(`${message}\n`);

function databaseUrl(name: string): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepareDatabase(): Promise<void> {
  const name = new URL(BASE_URL).pathname.slice(1);
  const admin = new Pool({ connectionString: databaseUrl('postgres'), max: 1 });
  try {
    if (flag('regenerate')) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: BASE_URL, pgliteDataDir: 'unused' });
  try {
    await migrateDatabase(database, SILENT_LOGGER);
    const services = await database.prisma.service.count({ where: { networkId: PERHELINJA_ID } });
    if (services >= SERVICES) {
      log(`Reusing ${name}: ${services} Perhelinja services (--regenerate to rebuild).`);
      // A migration may just have added a column or an index: fresh statistics for the planner.
      await database.withConnection((connection) => connection.exec('ANALYZE'));
      return;
    }
    await seedDemoData(database.prisma, SILENT_LOGGER);
    log(`Generating ${SERVICES} services × ${AREAS_PER_SERVICE} areas in ${name} …`);
    const started = performance.now();
    await database.withConnection((connection) =>
      generateCatalogue(connection, {
        services: SERVICES - services,
        areasPerService: AREAS_PER_SERVICE,
        networkId: PERHELINJA_ID,
        onProgress: (done) => {
          if (done % 20_000 === 0) log(`  ${done} services`);
        },
      }),
    );
    // The search-row triggers rewrote each generated service's row several times: compact the table
    // (as after any bulk load), then vacuum and analyse everything.
    await database.withConnection(async (connection) => {
      await connection.exec('VACUUM (FULL, ANALYZE) service_search_row');
      await connection.exec('VACUUM (ANALYZE)');
    });
    log(`Generated and analysed in ${Math.round((performance.now() - started) / 1000)} s.`);
  } finally {
    await database.close();
  }
}

async function startApi(
  extraEnv: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const fromSource = flag('from-source') || !existsSync(join(API_DIR, 'dist/main.js'));
  const child = spawn(
    process.execPath,
    fromSource ? ['-r', '@swc-node/register', 'src/main.ts'] : ['dist/main.js'],
    {
      cwd: API_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: BASE_URL,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        // One client address sends every request: lift the per-address limit for the benchmark.
        GRAPHQL_RATE_LIMIT_PER_MINUTE: '1000000',
        ...extraEnv,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        log(`API (${fromSource ? 'src/main.ts' : 'dist/main.js'}) listening at ${url}`);
        return { url, child };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('the API did not start within 60 s');
}

interface Timing {
  readonly kind: Search['kind'];
  readonly ms: number;
  readonly failed: boolean;
}

/** Runs `count` calls of `once` over the mix with CONCURRENCY workers; returns timings and seconds. */
async function load(
  count: number,
  once: (search: Search, index: number) => Promise<void>,
): Promise<{ timings: Timing[]; seconds: number }> {
  const timings: Timing[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let index = next++; index < count; index = next++) {
        const search = MIX[index % MIX.length] as Search;
        const begin = performance.now();
        let failed = false;
        try {
          await once(search, index % MIX.length);
        } catch (error) {
          // Counted, not fatal: under overload the API answers errors (e.g. its pool's 5 s wait).
          failed = true;
          if (errors++ < 3)
            log(`  error: ${error instanceof Error ? error.message : String(error)}`);
        }
        timings.push({ kind: search.kind, ms: performance.now() - begin, failed });
      }
    }),
  );
  return { timings, seconds: (performance.now() - started) / 1000 };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Summary {
  requests: number;
  failed: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  byKind: Record<string, { p50: number; p95: number }>;
}

function summarise({ timings, seconds }: { timings: Timing[]; seconds: number }): Summary {
  const ms = timings.map((t) => t.ms);
  const r = (v: number) => Math.round(v * 10) / 10;
  const kinds = [...new Set(timings.map((t) => t.kind))];
  return {
    requests: timings.length,
    failed: timings.filter((t) => t.failed).length,
    seconds: r(seconds),
    throughput: r(timings.length / seconds),
    p50: r(percentile(ms, 50)),
    p95: r(percentile(ms, 95)),
    p99: r(percentile(ms, 99)),
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const of = timings.filter((t) => t.kind === kind).map((t) => t.ms);
        return [kind, { p50: r(percentile(of, 50)), p95: r(percentile(of, 95)) }];
      }),
    ),
  };
}

const describe = (label: string, s: Summary) =>
  [
    `${label}: ${s.requests} searches (${s.failed} failed) in ${s.seconds} s = ${s.throughput}/s; p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms`,
    ...Object.entries(s.byKind).map(
      ([kind, k]) => `  ${kind.padEnd(18)} p50 ${k.p50} ms, p95 ${k.p95} ms`,
    ),
  ].join('\n');

/** The public search cache's answers (x-linja-search-cache) during the measured requests. */
interface CacheCounts {
  hit: number;
  miss: number;
}

async function benchApi(url: string): Promise<{ summary: Summary; cache: CacheCounts }> {
  const cache: CacheCounts = { hit: 0, miss: 0 };
  let counting = false;
  const once = async (search: Search) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { input: search.input, first: PAGE_SIZE } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) {
      throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
    }
    const answer = response.headers.get(SEARCH_CACHE_HEADER);
    if (counting && (answer === 'hit' || answer === 'miss')) cache[answer] += 1;
  };
  await load(WARM_UP, once);
  counting = true;
  const summary = summarise(await load(REQUESTS, once));
  return { summary, cache };
}

/** The floor: each search's own statements (ServiceSearchService.statements), straight to PostgreSQL. */
async function benchSql(database: Database): Promise<Summary> {
  const service = new ServiceSearchService(database.prisma);
  const statements = await Promise.all(
    MIX.map(async (search) => {
      const sql = await service.statements(search.input, PAGE_SIZE);
      // The municipality lookup and the fetch of the page's services that the API also runs.
      const extra: { text: string; values: unknown[] }[] = [];
      if (search.input.networkSlug) {
        extra.push({
          text: 'SELECT id FROM network WHERE slug = $1',
          values: [search.input.networkSlug],
        });
      }
      if (search.input.municipalityCode) {
        extra.push({
          text: 'SELECT code, wellbeing_area_code, region_code FROM municipality WHERE code = $1',
          values: [search.input.municipalityCode],
        });
      }
      return [...extra, ...sql.map((s) => ({ text: s.text, values: s.values }))];
    }),
  );
  const pool = new Pool({ connectionString: BASE_URL, max: DB_CONNECTIONS });
  // The service's settings for its searches (SET LOCAL in its transaction): the same here.
  pool.on('connect', (client) => {
    void client.query(searchSettingsStatement());
  });
  try {
    const once = async (_search: Search, index: number) => {
      const client = await pool.connect();
      try {
        let ids: string[] = [];
        for (const statement of statements[index] ?? []) {
          const result = await client.query<{ ids?: string[] }>(statement.text, statement.values);
          ids = result.rows[0]?.ids ?? ids;
        }
        await client.query('SELECT * FROM service WHERE id = ANY($1::uuid[])', [ids]);
      } finally {
        client.release();
      }
    };
    await load(WARM_UP, once);
    return summarise(await load(REQUESTS, once));
  } finally {
    await pool.end();
  }
}

/** The service's transaction settings (SEARCH_SETTINGS) as one statement for a session. */
function searchSettingsStatement(): string {
  return Object.entries(SEARCH_SETTINGS)
    .map(([name, value]) => `SET ${name} = '${value}'`)
    .join('; ');
}

/** `--explain`: EXPLAIN (ANALYZE, BUFFERS) of each search's ranking query, then exit. */
async function explain(database: Database): Promise<void> {
  const service = new ServiceSearchService(database.prisma);
  const pool = new Pool({ connectionString: BASE_URL, max: 1 });
  pool.on('connect', (client) => {
    void client.query(searchSettingsStatement());
  });
  try {
    for (const search of MIX) {
      const statements = await service.statements(search.input, PAGE_SIZE);
      const last = statements.at(-1);
      if (!last) continue;
      const started = performance.now();
      const plan = await pool.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${last.text}`,
        last.values,
      );
      log(
        `\n── ${search.kind} ${JSON.stringify(search.input)}: ${Math.round(performance.now() - started)} ms`,
      );
      if (flag('verbose')) log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  await prepareDatabase();
  if (flag('explain')) {
    const database = await openDatabase({ databaseUrl: BASE_URL, pgliteDataDir: 'unused' });
    try {
      await explain(database);
    } finally {
      await database.close();
    }
    return;
  }
  // The API as deployed (public search cache on), then with the cache off: every search computed.
  const phases = flag('no-cache') ? (['off'] as const) : (['on', 'off'] as const);
  const results: Partial<Record<'on' | 'off', { summary: Summary; cache: CacheCounts }>> = {};
  for (const phase of phases) {
    const { url, child } = await startApi(phase === 'off' ? { SEARCH_CACHE_TTL_SECONDS: '0' } : {});
    let result: { summary: Summary; cache: CacheCounts };
    try {
      result = await benchApi(url);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    results[phase] = result;
    const label =
      phase === 'on'
        ? `API, public search cache on (${result.cache.hit} hits, ${result.cache.miss} misses)`
        : 'API, cache off (SEARCH_CACHE_TTL_SECONDS=0: every search computed)';
    log(describe(`${label}, ${CONCURRENCY} concurrent`, result.summary));
  }
  const api = (results.on ?? results.off)?.summary;
  if (!api) throw new Error('no API phase ran');

  const database = await openDatabase({ databaseUrl: BASE_URL, pgliteDataDir: 'unused' });
  let sql: Summary;
  try {
    sql = await benchSql(database);
  } finally {
    await database.close();
  }
  log(
    describe(
      `SQL  (same statements, ${CONCURRENCY} concurrent, ${DB_CONNECTIONS} connections)`,
      sql,
    ),
  );
  const ratioOf = (summary: Summary) => ({
    p50: Math.round((summary.p50 / sql.p50) * 100) / 100,
    p95: Math.round((summary.p95 / sql.p95) * 100) / 100,
  });
  const ratio = ratioOf(api);
  for (const [phase, result] of Object.entries(results)) {
    const r = ratioOf(result.summary);
    log(`API (cache ${phase}) / SQL: p50 ${r.p50}×, p95 ${r.p95}×`);
  }
  const target = api.p95 < 50 && ratio.p95 < 2;
  const machine = { cpus: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
  log(
    `Machine: ${machine.cpus} CPUs, load average ${machine.loadAverage1m} at the end (this benchmark's own work included)`,
  );
  log(
    `Target (API p95 < 50 ms, overhead < 2× floor): ${target ? 'met' : 'MISSED'} (${api.p95} ms, ${ratio.p95}×)`,
  );
  const dir = join(API_DIR, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'search-bench.json'),
    `${JSON.stringify({ services: SERVICES, areasPerService: AREAS_PER_SERVICE, concurrency: CONCURRENCY, machine, api: results, sql, ratio, target }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
