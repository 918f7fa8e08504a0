import { type Prisma } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';
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
  if (!row) throw new BadUserInputError(field, `Unknown municipality code "${code}".`);
  return {
    municipalityCode: row.code,
    wellbeingAreaCode: row.wellbeingAreaCode,
    regionCode: row.regionCode,
  };
}
