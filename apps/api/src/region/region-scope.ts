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

/**
 * resolveMunicipalityScope with the answers kept in the process: municipalities, wellbeing areas and
 * regions are reference data that only a migration changes (a deployment, hence a new process), so
 * a search with a municipality needs no round trip for it after the first. Only codes that name a
 * municipality are kept (an unknown one is looked up and refused each time), so at most the ~300
 * municipalities are.
 */
export class MunicipalityScopes {
  private readonly known = new Map<string, MunicipalityScope>();

  async resolve(
    prisma: Pick<Prisma.TransactionClient, 'municipality'>,
    code: string,
    field = 'municipalityCode',
  ): Promise<MunicipalityScope> {
    const kept = this.known.get(code);
    if (kept) return kept;
    const scope = await resolveMunicipalityScope(prisma, code, field);
    this.known.set(code, scope);
    return scope;
  }
}
