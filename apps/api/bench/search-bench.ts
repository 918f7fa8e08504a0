// `npm run bench:search [-- --catalogue pessimistic|varied] [-- --concurrency 1] [-- --distinct 600]
// [-- --seed 20] [-- --changed 3000] [-- --requests 400] [-- --regenerate] [-- --from-source]`: the
// search benchmark of issues 5 and 20 (README.md here). Not part of `npm test`. Modules in ./search:
//  - catalogue.ts: the bench database (pessimistic linja_bench or varied linja_bench_varied, 100 000
//    services × 10 delivery areas), generated once by the catalogue factory;
//  - mix.ts / phases.ts / api.ts: the built API as a child process; the repeated mix of 22 searches
//    (cache on and off) and the distinct searches (cache on, every request a miss);
//  - queries.ts: the distinct searches, generated from the catalogue's words with a seeded PRNG;
//  - floor.ts: the SQL floor of the mix (the service's own statements) and plain PostgreSQL
//    full-text search of the distinct phase's Finnish texts;
//  - report.ts: markdown summary and apps/api/test-results/search-bench.json.
import 'reflect-metadata';

import { cpus } from 'node:os';

import { openDatabase } from '@linja/db';
import { Pool } from 'pg';

import { prepareDatabase } from './search/catalogue';
import { benchPlain, benchSql, explain } from './search/floor';
import { percentile, type Summary } from './search/load';
import { MIX } from './search/mix';
import { DATABASE_URL, log, OPTIONS } from './search/options';
import { distinctPhase, mixPhase } from './search/phases';
import { distinctSearches, readMaterial } from './search/queries';
import { commit, machineLoad, markdown, type RunResult, writeJson } from './search/report';

const describe = (label: string, s: Summary) =>
  `${label}: ${s.requests} requests (${s.failed} failed${s.cache ? `; cache ${s.cache.hit} hits, ${s.cache.miss} misses` : ''}) in ${s.seconds} s = ${s.throughput}/s; p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms`;

/**
 * `--changed N`: a burst of catalogue changes — the search rows of N services rewritten by the
 * function the triggers call (service_search_row_refresh), as an import or a network's edits leave
 * them: new index entries (in GIN pending lists until merged) and old row versions until VACUUM.
 */
async function changeCatalogue(pool: Pool, services: number): Promise<void> {
  const begin = Date.now();
  await pool.query(
    `SELECT service_search_row_refresh(ARRAY(
       SELECT service_id FROM service_search_row ORDER BY service_id LIMIT $1))`,
    [services],
  );
  log(`Rewrote the search rows of ${services} services in ${Date.now() - begin} ms.`);
}

async function main(): Promise<void> {
  const loadBefore = machineLoad();
  await prepareDatabase();
  if (OPTIONS.explain) {
    const database = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDataDir: 'unused' });
    try {
      await explain(database);
    } finally {
      await database.close();
    }
    return;
  }
  const phases: Record<string, Summary> = {};
  const record = (phase: string, summary: Summary) => {
    phases[phase] = summary;
    log(describe(phase, summary));
  };

  if (!OPTIONS.noMix) {
    if (!OPTIONS.noCache) record('repeated mix, cache on', await mixPhase('on'));
    record('repeated mix, cache off', await mixPhase('off'));
  }

  let result: Partial<RunResult> = {};
  if (OPTIONS.distinct > 0) {
    const pool = new Pool({ connectionString: DATABASE_URL, max: 1 });
    const material = await readMaterial(pool);
    if (OPTIONS.changed > 0) await changeCatalogue(pool, OPTIONS.changed);
    await pool.end();
    const searches = distinctSearches(
      material,
      OPTIONS.distinct,
      OPTIONS.seed,
      MIX.map((s) => s.input),
    );
    log(
      `Distinct phase: ${searches.length} searches (${searches.reduce((n, s) => n + s.pages, 0)} pages planned; seed ${OPTIONS.seed}) …`,
    );
    // The warm-up's own searches: another seed, none of the measured ones (nor the mix).
    const warmUp = distinctSearches(material, OPTIONS.distinctWarmUp, OPTIONS.seed + 7919, [
      ...MIX.map((s) => s.input),
      ...searches.map((s) => s.input),
    ]);
    const distinct = await distinctPhase(searches, warmUp, async () => {
      const changes = new Pool({ connectionString: DATABASE_URL, max: 1 });
      try {
        await changeCatalogue(changes, 1);
      } finally {
        await changes.end();
      }
    });
    record('distinct searches, cache on', distinct.summary);
    if (distinct.summary.cache && distinct.summary.cache.hit > 0) {
      log(`WARNING: ${distinct.summary.cache.hit} distinct requests were cache hits`);
    }
    const texts = [...distinct.finnishTextTotals.keys()];
    const plain = await benchPlain(texts);
    record(`plain PostgreSQL full-text search (${texts.length} Finnish texts)`, plain.summary);
    const linjaP95 = Math.round(percentile(distinct.finnishTextMs, 95) * 10) / 10;
    const ratio = (v: number) => Math.round((v / Math.max(plain.summary.p95, 0.1)) * 10) / 10;
    result = {
      distinctSearches: distinct.searches,
      plain: {
        texts: plain.texts,
        plainEmpty: plain.empty,
        linjaEmpty: [...distinct.finnishTextTotals.values()].filter((t) => t === 0).length,
        linjaFinnishTextP95: linjaP95,
        ratioP95: ratio(linjaP95),
        ratioDistinctP95: ratio(distinct.summary.p95),
      },
    };
  }

  if (!OPTIONS.noMix) {
    const database = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDataDir: 'unused' });
    try {
      record('SQL floor of the mix (the service statements)', await benchSql(database));
    } finally {
      await database.close();
    }
  }

  const run: RunResult = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: {
      cpus: cpus().length,
      loadAverageBefore: loadBefore,
      loadAverageAfter: machineLoad(),
    },
    options: { ...OPTIONS },
    phases,
    ...result,
  };
  log('');
  log(markdown(run));
  const distinct = phases['distinct searches, cache on'];
  if (distinct) {
    const goal =
      OPTIONS.concurrency === 1
        ? distinct.p95 <= 60
        : distinct.p95 <= 300 &&
          distinct.p99 <= 1000 &&
          distinct.throughput >= 60 &&
          distinct.failed === 0;
    log(
      `\nIssue 20 goal for the distinct searches (${OPTIONS.concurrency === 1 ? 'p95 ≤ 60 ms' : 'p95 ≤ 300 ms, p99 ≤ 1 s, ≥ 60/s, 0 failures'}; ≤ 3× plain FTS): ` +
        `${goal ? 'met' : 'MISSED'}${result.plain ? `, ${result.plain.ratioP95}× plain` : ''}`,
    );
  }
  writeJson(run);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
