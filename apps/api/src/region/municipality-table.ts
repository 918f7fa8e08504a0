import { type Municipality, type Prisma } from '@linja/db';

type MunicipalityReader = Pick<Prisma.TransactionClient, 'municipality'>;

/**
 * Every municipality by code, read whole (308 rows, one statement) the first time a database client
 * needs one, and kept for the life of the process: reference data that only a migration changes,
 * which a deployment brings with a new process. Searches with a municipality (its areas and region)
 * and result cards (a delivery for the chosen municipality) then need no round trip for it, however
 * many different municipalities people choose; reading the codes one at a time cost a statement for
 * each municipality's first search after a start.
 *
 * Kept per client object (a WeakMap: a test's or a closed database's client takes its table with
 * it): pass the application's client, not a transaction's (each transaction is a client object of
 * its own, which would read the table again). A migration that renames or merges municipalities is
 * seen after the restart its deployment brings. A code the table lacks is looked up on its own, and
 * kept when it names a municipality, so a row added after the read is found too; an unknown code is
 * looked up each time (and refused by the caller), so the table never holds more than the
 * municipalities.
 */
const tables = new WeakMap<MunicipalityReader, Promise<Map<string, Municipality>>>();

function table(prisma: MunicipalityReader): Promise<Map<string, Municipality>> {
  let read = tables.get(prisma);
  if (!read) {
    read = prisma.municipality
      .findMany()
      .then((rows) => new Map(rows.map((row) => [row.code, row])));
    tables.set(prisma, read);
    // A failed read (the database unreachable) is not kept: the next caller reads again.
    read.catch(() => tables.delete(prisma));
  }
  return read;
}

/** The municipalities of `codes` that exist, in the codes' order (an unknown code is left out). */
export async function keptMunicipalities(
  prisma: MunicipalityReader,
  codes: readonly string[],
): Promise<Municipality[]> {
  const kept = await table(prisma);
  const missing = codes.filter((code) => !kept.has(code));
  if (missing.length > 0) {
    const rows = await prisma.municipality.findMany({ where: { code: { in: missing } } });
    for (const row of rows) kept.set(row.code, row);
  }
  return codes.flatMap((code) => kept.get(code) ?? []);
}
