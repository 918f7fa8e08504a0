// `npm run db:generate-catalogue -- [services] [areasPerService] [networkSlug]`: adds a large published
// catalogue for benchmarks (default 100 000 services × 10 areas under the demo network "perhelinja").
import { generateCatalogue } from '../factories/catalogue-factory.js';
import { migrateDatabase } from '../migrate/migrate-database.js';
import { seedDemoData } from '../seed/seed-demo-data.js';
import { runWithDatabase } from './run-cli.js';

const [servicesArg = '100000', areasArg = '10', networkSlug = 'perhelinja'] = process.argv.slice(2);

void runWithDatabase('generate-catalogue', async (database, logger) => {
  await migrateDatabase(database, logger);
  await seedDemoData(database.prisma, logger);
  const network = await database.prisma.network.findUniqueOrThrow({ where: { slug: networkSlug } });
  const started = Date.now();
  await database.withConnection((connection) =>
    generateCatalogue(connection, {
      services: Number(servicesArg),
      areasPerService: Number(areasArg),
      networkId: network.id,
      onProgress: (done) => {
        logger.info(
          { done, seconds: Math.round((Date.now() - started) / 1000) },
          'catalogue progress',
        );
      },
    }),
  );
  await database.withConnection((connection) => connection.exec('ANALYZE'));
  logger.info({ seconds: Math.round((Date.now() - started) / 1000) }, 'catalogue generated');
});
