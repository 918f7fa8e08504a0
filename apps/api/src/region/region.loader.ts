import { type Municipality, type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';

/**
 * The region feature's per-request DataLoaders. Every loader runs one `findMany` per request tick,
 * whatever the number of parents.
 *
 * `municipalitiesBy*Code` load *all* municipalities of every requested wellbeing area / region in one
 * query; the `municipalities(first, after)` connection is then cut in memory (RegionService). That is
 * batched (one query for any number of parents, instead of a window-function query per page shape) and
 * bounded: reference data, at most 30 municipalities per area or region, 308 in all.
 */
export function createRegionLoaders(prisma: PrismaClient) {
  return {
    municipalityByCode: oneByKey(
      (codes: readonly string[]) => keptMunicipalities(prisma, codes),
      (row) => row.code,
    ),
    wellbeingAreaByCode: oneByKey(
      (codes: readonly string[]) =>
        prisma.wellbeingArea.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    regionByCode: oneByKey(
      (codes: readonly string[]) => prisma.region.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    wellbeingAreasByRegionCode: manyByKey(
      (codes: readonly string[]) =>
        prisma.wellbeingArea.findMany({
          where: { regionCode: { in: [...codes] } },
          orderBy: { code: 'asc' },
        }),
      (row) => row.regionCode,
    ),
    municipalitiesByWellbeingAreaCode: manyByKey(
      (codes: readonly string[]) =>
        prisma.municipality.findMany({
          where: { wellbeingAreaCode: { in: [...codes] } },
          orderBy: [{ nameFi: 'asc' }, { code: 'asc' }],
        }),
      (row) => row.wellbeingAreaCode,
    ),
    municipalitiesByRegionCode: manyByKey(
      (codes: readonly string[]) =>
        prisma.municipality.findMany({
          where: { regionCode: { in: [...codes] } },
          orderBy: [{ nameFi: 'asc' }, { code: 'asc' }],
        }),
      (row) => row.regionCode,
    ),
  };
}

/**
 * Municipalities by code, kept for the life of the process per database client: reference data that
 * only a migration changes, which a deployment brings with a new process (as MunicipalityScopes
 * keeps the search's). A result card's delivery for a municipality, asked by every search with one,
 * then needs no round trip for it. Only codes that name a municipality are kept (at most ~300).
 */
const municipalities = new WeakMap<PrismaClient, Map<string, Municipality>>();

async function keptMunicipalities(
  prisma: PrismaClient,
  codes: readonly string[],
): Promise<Municipality[]> {
  let kept = municipalities.get(prisma);
  if (!kept) {
    kept = new Map();
    municipalities.set(prisma, kept);
  }
  const missing = codes.filter((code) => !kept.has(code));
  if (missing.length > 0) {
    const rows = await prisma.municipality.findMany({ where: { code: { in: missing } } });
    for (const row of rows) kept.set(row.code, row);
  }
  return codes.flatMap((code) => kept.get(code) ?? []);
}
