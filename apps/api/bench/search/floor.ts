// The floors the API is compared with:
//  - the SQL floor: the very statements ServiceSearchService sends for the repeated mix, straight to
//    PostgreSQL with the same concurrency and the API's connection limit;
//  - plain PostgreSQL full-text search of the same texts as the distinct phase: a `finnish` tsvector
//    of the published Finnish name, summary and description in a helper table with a GIN index,
//    websearch_to_tsquery, ts_rank, top 10 + count(*).
import { performance } from 'node:perf_hooks';

import { type Database } from '@linja/db';
import { Pool } from 'pg';

import { SEARCH_SETTINGS } from '../../src/service-search/query/search-settings';
import { ServiceSearchService } from '../../src/service-search/service-search.service';
import { PAGE_SIZE } from './api';
import { load, type Summary, summarise } from './load';
import { type MixSearch, mixRequests, MIX } from './mix';
import { DATABASE_URL, DB_CONNECTIONS, log, OPTIONS } from './options';

/** The service's transaction settings (SEARCH_SETTINGS) as one statement for a session. */
export function searchSettingsStatement(): string {
  return Object.entries(SEARCH_SETTINGS)
    .map(([name, value]) => `SET ${name} = '${value}'`)
    .join('; ');
}

/** The statements of one mix search: the lookups the API also runs, then the service's own. */
async function mixStatements(service: ServiceSearchService, search: MixSearch) {
  const sql = await service.statements(search.input, PAGE_SIZE);
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
}

/** The SQL floor of the repeated mix. */
export async function benchSql(database: Database): Promise<Summary> {
  const service = new ServiceSearchService(database.prisma);
  // One search at a time: each builds its statements in a transaction of the service's own pool.
  const statements = new Map<MixSearch, Awaited<ReturnType<typeof mixStatements>>>();
  for (const search of MIX) statements.set(search, await mixStatements(service, search));
  const pool = new Pool({ connectionString: DATABASE_URL, max: DB_CONNECTIONS });
  // The service's settings for its searches (SET LOCAL in its transaction): the same here.
  pool.on('connect', (client) => {
    void client.query(searchSettingsStatement());
  });
  try {
    const run = async (search: MixSearch) => {
      const begin = performance.now();
      const client = await pool.connect();
      let error: string | undefined;
      try {
        let ids: string[] = [];
        for (const statement of statements.get(search) ?? []) {
          const result = await client.query<{ ids?: string[] }>(statement.text, statement.values);
          ids = result.rows[0]?.ids ?? ids;
        }
        await client.query('SELECT * FROM service WHERE id = ANY($1::uuid[])', [ids]);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      } finally {
        client.release();
      }
      return [{ kind: search.kind, ms: performance.now() - begin, error }];
    };
    await load(mixRequests(OPTIONS.warmUp), run);
    return summarise(await load(mixRequests(OPTIONS.requests), run));
  } finally {
    await pool.end();
  }
}

/** `--explain`: EXPLAIN (ANALYZE, BUFFERS) of each mix search's ranking query. */
export async function explain(database: Database): Promise<void> {
  const service = new ServiceSearchService(database.prisma);
  const pool = new Pool({ connectionString: DATABASE_URL, max: 1 });
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
      if (OPTIONS.verbose) log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
  } finally {
    await pool.end();
  }
}

/** The plain full-text helper table: made once per bench database, not by a migration. */
const PLAIN_TABLE = 'bench_plain_fts';

async function ensurePlainTable(pool: Pool): Promise<void> {
  const exists = await pool.query<{ name: string | null }>(
    `SELECT to_regclass('${PLAIN_TABLE}')::text AS name`,
  );
  if (exists.rows[0]?.name) return;
  log(`Creating ${PLAIN_TABLE} (finnish tsvector of the published Finnish texts, GIN) …`);
  const started = performance.now();
  await pool.query(`
    CREATE TABLE ${PLAIN_TABLE} AS
    SELECT s.id AS service_id,
           to_tsvector('finnish', concat_ws(' ', r.content->'name'->>'fi', r.content->'summary'->>'fi',
                                            r.content->'description'->>'fi')) AS document
    FROM service s JOIN service_revision r ON r.id = s.published_revision_id
    WHERE s.status = 'PUBLISHED'`);
  await pool.query(
    `CREATE INDEX ${PLAIN_TABLE}_document_idx ON ${PLAIN_TABLE} USING GIN (document)`,
  );
  await pool.query(`ANALYZE ${PLAIN_TABLE}`);
  log(`  … in ${Math.round((performance.now() - started) / 1000)} s`);
}

const PLAIN_QUERY = `
  WITH q AS (SELECT websearch_to_tsquery('finnish', $1) AS query),
       matches AS (SELECT service_id, document FROM ${PLAIN_TABLE}, q WHERE document @@ q.query)
  SELECT (SELECT count(*) FROM matches)::int AS total,
         (SELECT array_agg(service_id) FROM (
            SELECT service_id FROM matches, q ORDER BY ts_rank(document, q.query) DESC, service_id LIMIT 10
          ) AS top) AS ids`;

export interface PlainFloor {
  summary: Summary;
  /** Texts for which plain full-text search found nothing. */
  empty: number;
  texts: number;
}

/** Plain PostgreSQL full-text search of `texts` with the same concurrency and connection limit. */
export async function benchPlain(texts: readonly string[]): Promise<PlainFloor> {
  const pool = new Pool({ connectionString: DATABASE_URL, max: DB_CONNECTIONS });
  try {
    await ensurePlainTable(pool);
    const totals = new Map<string, number>();
    const run = async (text: string) => {
      const begin = performance.now();
      try {
        const result = await pool.query<{ total: number }>(PLAIN_QUERY, [text]);
        totals.set(text, result.rows[0]?.total ?? 0);
        return [{ kind: 'text', ms: performance.now() - begin }];
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return [{ kind: 'text', ms: performance.now() - begin, error }];
      }
    };
    await load(texts.slice(0, Math.min(texts.length, 16)), run);
    const summary = summarise(await load(texts, run));
    return {
      summary,
      empty: [...totals.values()].filter((total) => total === 0).length,
      texts: texts.length,
    };
  } finally {
    await pool.end();
  }
}
