import { type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';
import { keptMunicipalities } from './municipality-table';

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
