import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';

/**
 * Runs PGlite's initdb once and writes the empty cluster to a file of its own (PGLITE_TEMPLATE), so
 * that every in-memory test database starts from it in about 1.5 s instead of 5–6 s. The cluster is
 * empty: an app started on it still runs its own migrations and seed, as on a new database.
 * Returns the file and a function that removes it.
 */
export async function writePgliteTemplate(): Promise<{
  file: string;
  remove: () => Promise<void>;
}> {
  const pglite = await PGlite.create('memory://');
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'linja-pglite-template-'));
  const file = path.join(dir, 'cluster.tar');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}
