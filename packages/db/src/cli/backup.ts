// `npm run db:backup -- <file>`: the embedded database (PGLITE_DATA_DIR) into one file. Stop the API
// first. A PostgreSQL server (DATABASE_URL) is backed up with pg_dump instead (see README).
import { backupEmbeddedDatabase } from '../backup/embedded-backup.js';
import { runBackupCli } from './run-backup-cli.js';

void runBackupCli('backup', async (file, dataDir, logger) => {
  const { bytes } = await backupEmbeddedDatabase(dataDir, file);
  logger.info({ file, dataDir, bytes }, 'embedded database backed up');
});
