export {
  openDatabase,
  type Database,
  type DatabaseMode,
  type DatabaseOptions,
  type PoolStats,
} from './connection/database.js';
export { type SqlConnection, type SqlSessions } from './connection/sql-connection.js';
export { type DbLogger, SILENT_LOGGER } from './logger.js';
export { applyMigrations, type MigrationResult } from './migrate/apply-migrations.js';
export { MigrationError } from './migrate/migration-errors.js';
export { readMigrationFiles, type MigrationFile } from './migrate/migration-files.js';
export { pendingMigrations } from './migrate/migration-status.js';
export {
  backupEmbeddedDatabase,
  BackupError,
  restoreEmbeddedDatabase,
} from './backup/embedded-backup.js';
export { migrateDatabase } from './migrate/migrate-database.js';
export { DEFAULT_MIGRATIONS_DIR, REPO_ROOT } from './paths.js';
export { formatEnvIssues, ZDatabaseEnv, type TDatabaseEnv } from './database-env.js';
export { generateCatalogue, type CatalogueOptions } from './factories/catalogue-factory.js';
export { seedDemoData } from './seed/seed-demo-data.js';
export {
  DEMO_NETWORKS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_SERVICES,
  DEMO_USERS,
  DEMO_FEEDBACK_SURVEY_LAHTI,
  DEMO_FEEDBACK_SURVEY_PERHELINJA,
} from './seed/demo/index.js';
export type * from './seed/demo/types.js';
export { FEDERATION_ID, PERHELINJA_ID } from './seed/demo/networks.js';
export { DEMO_INFO_SERIES_ID } from './seed/demo/info-series.js';
export {
  DEMO_GOAL_IDS,
  DEMO_INDICATOR_IDS,
  DEMO_LAHTI_REPORT_ID,
  DEMO_REPORTING_ROUND_ID,
} from './seed/demo/reporting.js';
export {
  PLANNED_BABY_BLUES_KYMENLAAKSO,
  PLANNED_KESKUSTELUAPU_SATAKUNTA,
} from './seed/demo/planning.js';
export {
  ORG_FEDERATION,
  ORG_HELSINKIMISSIO,
  ORG_KESKI_SUOMI,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  ORG_TURUN_KAUPUNKILAHETYS,
  ORG_VSLJ,
} from './seed/demo/organizations.js';
export * from './generated/prisma/client.js';
