import { type Municipality, type Prisma } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';
import { keptMunicipalities } from './municipality-table';
import { assertMunicipalityCode } from './utils/region-code.util';

/** Where a municipality sits: services offered to its wellbeing area or its region also reach it. */
export interface MunicipalityScope {
  readonly municipalityCode: string;
  readonly wellbeingAreaCode: string;
  readonly regionCode: string;
}

/**
 * Expands a municipality code (client input) to its wellbeing area and region, in one query. Throws
 * BAD_USER_INPUT naming `field` when the code is malformed or names no municipality. Works inside a
 * transaction too: pass the `tx` client.
 */
export async function resolveMunicipalityScope(
  prisma: Pick<Prisma.TransactionClient, 'municipality'>,
  code: string,
  field = 'municipalityCode',
): Promise<MunicipalityScope> {
  assertMunicipalityCode(field, code);
  const row = await prisma.municipality.findUnique({
    where: { code },
    select: { code: true, wellbeingAreaCode: true, regionCode: true },
  });
  return toScope(row, field, code);
}

/**
 * resolveMunicipalityScope from the process's municipality table (municipality-table.ts: read whole
 * once per database client, reference data that only a migration changes), so a search with a
 * municipality needs no round trip for it. Throws as resolveMunicipalityScope does.
 */
export class MunicipalityScopes {
  async resolve(
    prisma: Pick<Prisma.TransactionClient, 'municipality'>,
    code: string,
    field = 'municipalityCode',
  ): Promise<MunicipalityScope> {
    assertMunicipalityCode(field, code);
    const [row] = await keptMunicipalities(prisma, [code]);
    return toScope(row, field, code);
  }
}

function toScope(
  row: Pick<Municipality, 'code' | 'wellbeingAreaCode' | 'regionCode'> | null | undefined,
  field: string,
  code: string,
): MunicipalityScope {
  if (!row) throw new BadUserInputError(field, `Unknown municipality code "${code}".`);
  return {
    municipalityCode: row.code,
    wellbeingAreaCode: row.wellbeingAreaCode,
    regionCode: row.regionCode,
  };
}
