import { ZServiceContent } from '@linja/domain';

import { openDatabase, type Database } from '../src/connection/database';
import { generateCatalogue } from '../src/factories/catalogue-factory';
import { SILENT_LOGGER } from '../src/logger';
import { migrateDatabase } from '../src/migrate/migrate-database';
import { PERHELINJA_ID } from '../src/seed/demo/networks';
import { seedDemoData } from '../src/seed/seed-demo-data';
import { createTestDatabase, type TestDatabaseTarget } from '../src/testing/test-database';

describe(`catalogue factory (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  let target: TestDatabaseTarget;
  let database: Database;

  beforeAll(async () => {
    target = await createTestDatabase();
    database = await openDatabase(target);
    await migrateDatabase(database, SILENT_LOGGER);
    await seedDemoData(database.prisma, SILENT_LOGGER);
  });

  afterAll(async () => {
    await database.close();
    await target.drop();
  });

  const generated = (texts: 'demo' | 'varied') =>
    database.withConnection((connection) =>
      connection.query<{ content: unknown; terms: number; areas: number; searchable: boolean }>(
        `SELECT r.content,
                (SELECT count(*)::int FROM service_term t WHERE t.service_id = s.id) AS terms,
                (SELECT count(*)::int FROM service_delivery d JOIN delivery_area a ON a.delivery_id = d.id
                  WHERE d.service_id = s.id) AS areas,
                EXISTS (SELECT 1 FROM service_search_row w WHERE w.service_id = s.id) AS searchable
         FROM service s JOIN service_revision r ON r.id = s.published_revision_id
         WHERE r.created_by_id = 'catalogue-factory' AND (r.content->'name'->>'fi' ~ ' [0-9]+$') = $1`,
        [texts === 'demo'],
      ),
    );

  it('writes published, searchable services with valid content, in both text styles', async () => {
    for (const texts of ['demo', 'varied'] as const) {
      await database.withConnection((connection) =>
        generateCatalogue(connection, {
          services: 120,
          areasPerService: 3,
          networkId: PERHELINJA_ID,
          batchSize: 50,
          texts,
        }),
      );
    }
    for (const texts of ['demo', 'varied'] as const) {
      const rows = await generated(texts);
      expect(rows).toHaveLength(120);
      for (const row of rows) {
        expect(ZServiceContent.safeParse(row.content).success).toBe(true);
        expect(row.areas).toBe(3);
        expect(row.searchable).toBe(true);
        expect(row.terms).toBe(texts === 'varied' ? 2 : 1);
      }
    }
  });

  it('varies the varied texts: many distinct names, a topic word in a small share of services', async () => {
    const [stats] = await database.withConnection((connection) =>
      connection.query<{ names: number; summaries: number; violence: number; total: number }>(
        `SELECT count(DISTINCT r.content->'name'->>'fi')::int AS names,
                count(DISTINCT r.content->'summary'->>'fi')::int AS summaries,
                count(*) FILTER (WHERE to_tsvector('finnish', r.content::text) @@ to_tsquery('finnish', 'väkivalta'))::int AS violence,
                count(*)::int AS total
         FROM service s JOIN service_revision r ON r.id = s.published_revision_id
         WHERE r.created_by_id = 'catalogue-factory' AND r.content->'name'->>'fi' !~ ' [0-9]+$'`,
      ),
    );
    expect(stats?.total).toBe(120);
    expect(stats?.names).toBeGreaterThan(100);
    expect(stats?.summaries).toBeGreaterThan(110);
    expect(stats?.violence).toBeLessThan(24);
  });

  it('does what the search triggers do, once per batch: vocabulary, one search row per service, the network’s generation', async () => {
    const generation = () =>
      database.withConnection(async (connection) => {
        const [row] = await connection.query<{ generation: number }>(
          'SELECT generation::int FROM search_network_generation WHERE network_id = $1',
          [PERHELINJA_ID],
        );
        return row?.generation ?? 0;
      });
    const before = await generation();
    await database.withConnection((connection) =>
      generateCatalogue(connection, {
        services: 30,
        areasPerService: 2,
        networkId: PERHELINJA_ID,
        batchSize: 10,
        texts: 'varied',
      }),
    );
    expect(await generation()).toBeGreaterThanOrEqual(before + 3);
    const [check] = await database.withConnection((connection) =>
      connection.query<{ services: number; rows: number; missing_words: number }>(
        `WITH fresh AS (
           SELECT s.id, r.search_words FROM service s JOIN service_revision r ON r.id = s.published_revision_id
           WHERE r.created_by_id = 'catalogue-factory')
         SELECT (SELECT count(*)::int FROM fresh) AS services,
                (SELECT count(*)::int FROM service_search_row w JOIN fresh f ON f.id = w.service_id) AS rows,
                (SELECT count(*)::int FROM fresh f
                   CROSS JOIN LATERAL unnest(to_tsvector('simple'::regconfig, coalesce(f.search_words, ''))) AS v
                   WHERE char_length(v.lexeme) BETWEEN 3 AND 60
                     AND NOT EXISTS (SELECT 1 FROM search_word w WHERE w.word = v.lexeme)) AS missing_words`,
      ),
    );
    expect(check).toEqual({ services: 270, rows: 270, missing_words: 0 });
  });
});
