import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';

/**
 * Backup and restore of the embedded database: the whole PGlite data directory as one gzipped tar
 * (PGlite's `dumpDataDir`, loaded back with its `loadDataDir`). The file holds every table, sequence
 * and extension exactly as PostgreSQL stored them, and opens with the same PGlite version (0.4.x,
 * PostgreSQL 17). The API must be stopped meanwhile: PGlite is one process's database.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return PGlite.create(dataDir, {
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

function isDatabaseDir(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** Writes the database in `dataDir` to `file` (replaced only once the new backup is complete). */
export async function backupEmbeddedDatabase(
  dataDir: string,
  file: string,
): Promise<{ bytes: number }> {
  if (!isDatabaseDir(dataDir)) {
    throw new BackupError(`No embedded database in ${dataDir} (PGLITE_DATA_DIR).`);
  }
  const pglite = await openPglite(dataDir);
  let tarball: Blob;
  try {
    // Everything written so far into the data files, so the copy needs no WAL replay.
    await pglite.exec('CHECKPOINT');
    tarball = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  const bytes = Buffer.from(await tarball.arrayBuffer());
  const partial = `${file}.partial`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(partial, bytes);
  await rename(partial, file);
  return { bytes: bytes.length };
}

/**
 * Restores `file` (made by backupEmbeddedDatabase) into `dataDir`, which must not exist or be empty:
 * a restore never overwrites a database; move the old directory aside first.
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new BackupError(
      `${dataDir} (PGLITE_DATA_DIR) is not empty; move it aside or choose another directory.`,
    );
  }
  if (!existsSync(file)) throw new BackupError(`No backup file ${file}.`);
  const bytes = await readFile(file);
  // A backup is gzip (dumpDataDir('gzip')): anything else is refused before PGlite sees it.
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new BackupError(`${file} is not a Linja embedded database backup (not a gzip file).`);
  }
  const tarball = new Blob([bytes]);
  let pglite: PGlite | undefined;
  // PostgreSQL in WebAssembly that fails to start on a damaged file sets the process's exit code as
  // it stops; the failure is reported as a BackupError instead, so the exit code is put back.
  const exitCode = process.exitCode;
  try {
    pglite = await openPglite(dataDir, tarball);
    await pglite.query('SELECT count(*) FROM "_prisma_migrations"');
  } catch (error) {
    process.exitCode = exitCode;
    await pglite?.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    throw new BackupError(
      `${file} is not a Linja embedded database backup: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await pglite.close();
}
