// `npm run db:restore -- <file>`: a backup made by db:backup into PGLITE_DATA_DIR, which must not
// exist or be empty. A PostgreSQL server is restored with pg_restore instead (see README).
import { restoreEmbeddedDatabase } from '../backup/embedded-backup.js';
import { runBackupCli } from './run-backup-cli.js';

void runBackupCli('restore', async (file, dataDir, logger) => {
  await restoreEmbeddedDatabase(file, dataDir);
  logger.info({ file, dataDir }, 'embedded database restored');
});
