import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  type Database,
  migrateDatabase,
  openDatabase,
  PrismaClient,
  seedDemoData,
} from '@linja/db';

import { AppConfig } from '../config/app-config';
import { DATABASE } from './database.tokens';

/**
 * Opens the database once per process: the PostgreSQL server when DATABASE_URL is set, embedded
 * PGlite otherwise. Migrates and seeds before the app accepts requests, and closes the database
 * last on shutdown so PGlite's files are flushed.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<Database> => {
        const logger = new Logger('Database');
        const { env } = config;
        const database = await openDatabase({
          databaseUrl: env.DATABASE_URL,
          pgliteDataDir: env.PGLITE_DATA_DIR,
          pgliteTemplate: env.PGLITE_TEMPLATE,
        });
        const log = {
          info: (obj: object, msg: string) => {
            logger.log({ ...obj, msg });
          },
          warn: (obj: object, msg: string) => {
            logger.warn({ ...obj, msg });
          },
          error: (obj: object, msg: string) => {
            logger.error({ ...obj, msg });
          },
        };
        logger.log(
          database.mode === 'pglite'
            ? { mode: 'pglite', dataDir: env.PGLITE_DATA_DIR, msg: 'database opened' }
            : { mode: 'postgres', msg: 'database opened' },
        );
        try {
          if (env.DB_MIGRATE_ON_START) await migrateDatabase(database, log);
          if (env.SEED_DEMO_DATA) await seedDemoData(database.prisma, log);
        } catch (error) {
          await database.close();
          throw error;
        }
        return database;
      },
    },
    {
      provide: PrismaClient,
      inject: [DATABASE],
      useFactory: (database: Database) => database.prisma,
    },
  ],
  exports: [DATABASE, PrismaClient],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
