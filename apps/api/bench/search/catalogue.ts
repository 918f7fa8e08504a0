// The bench database: created, migrated, seeded with the demo data and filled by the catalogue factory
// (pessimistic: the demo services' texts; varied: packages/db/src/factories/varied-texts.ts), then
// compacted and analysed. An existing database with the full catalogue is reused.
import { performance } from 'node:perf_hooks';

import {
  generateCatalogue,
  migrateDatabase,
  openDatabase,
  PERHELINJA_ID,
  SILENT_LOGGER,
  seedDemoData,
} from '@linja/db';
import { Pool } from 'pg';

import {
  AREAS_PER_SERVICE,
  DATABASE_NAME,
  DATABASE_URL,
  databaseUrl,
  log,
  OPTIONS,
  SERVICES,
} from './options';

export async function prepareDatabase(): Promise<void> {
  const name = DATABASE_NAME;
  const admin = new Pool({ connectionString: databaseUrl('postgres'), max: 1 });
  try {
    if (OPTIONS.regenerate) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDataDir: 'unused' });
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
    log(
      `Generating ${SERVICES} services × ${AREAS_PER_SERVICE} areas (${OPTIONS.catalogue}) in ${name} …`,
    );
    const started = performance.now();
    await database.withConnection((connection) =>
      generateCatalogue(connection, {
        services: SERVICES - services,
        areasPerService: AREAS_PER_SERVICE,
        networkId: PERHELINJA_ID,
        texts: OPTIONS.catalogue === 'varied' ? 'varied' : 'demo',
        onProgress: (done) => {
          if (done % 20_000 === 0) {
            log(`  ${done} services, ${Math.round((performance.now() - started) / 1000)} s`);
          }
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
