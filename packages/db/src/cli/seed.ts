// `npm run db:seed`: migrates, then inserts the demo data (idempotent).
import { migrateDatabase } from '../migrate/migrate-database.js';
import { seedDemoData } from '../seed/seed-demo-data.js';
import { runWithDatabase } from './run-cli.js';

void runWithDatabase('seed', async (database, logger) => {
  await migrateDatabase(database, logger);
  await seedDemoData(database.prisma, logger);
});
