// `npm run db:migrate`: applies pending migrations from prisma/migrations to the configured database.
import { migrateDatabase } from '../migrate/migrate-database.js';
import { runWithDatabase } from './run-cli.js';

void runWithDatabase('migrate', async (database, logger) => {
  await migrateDatabase(database, logger);
});
