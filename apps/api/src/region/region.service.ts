import { Injectable } from '@nestjs/common';
import { type Municipality, type Prisma, PrismaClient } from '@linja/db';
import type DataLoader from 'dataloader';
import { escapeLikePattern } from '../common/text/like-pattern';

import { BadUserInputError } from '../common/errors/domain-error';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import {
  MAX_SEARCH_LENGTH,
  type MunicipalityFilterArgs,
  type MunicipalityFilterInput,
} from './dto/municipality-filter.args';
import {
  type WellbeingAreaFilterArgs,
  type WellbeingAreaFilterInput,
} from './dto/wellbeing-area-filter.args';
import { type MunicipalityModel } from './models/municipality.model';
import { type RegionModel } from './models/region.model';
import { type WellbeingAreaModel } from './models/wellbeing-area.model';
import { RegionEntity, RegionNotFoundError } from './region.errors';
import { toMunicipalityModel, toRegionModel, toWellbeingAreaModel } from './region.mapper';
import {
  MUNICIPALITY_CURSOR,
  municipalityCursorKey,
  pageOfMunicipalities,
} from './utils/municipality-page.util';
import { assertAreaCode, assertMunicipalityCode } from './utils/region-code.util';

/** Lists ordered by code alone have a one-part cursor: the code. */
const CODE_CURSOR = [cursorPart.areaCode] as const;

const MUNICIPALITY_SELECT = {
  code: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  wellbeingAreaCode: true,
  regionCode: true,
} satisfies Prisma.MunicipalitySelect;

const WELLBEING_AREA_SELECT = {
  code: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  kind: true,
  regionCode: true,
} satisfies Prisma.WellbeingAreaSelect;

const REGION_SELECT = {
  code: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
} satisfies Prisma.RegionSelect;

/**
 * Finland's regional divisions (municipalities, wellbeing areas, regions): public reference data loaded
 * by a migration, read-only here.
 */
@Injectable()
export class RegionService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Municipalities by Finnish name, then code (a stable keyset order). */
  async listMunicipalities(args: MunicipalityFilterArgs): Promise<Connection<MunicipalityModel>> {
    const filter = toMunicipalityWhere(args.filter);
    const page = toPageRequest(args, MUNICIPALITY_CURSOR);
    const [afterName, afterCode] = page.after ?? [];
    const where: Prisma.MunicipalityWhereInput =
      page.after === undefined
        ? filter
        : {
            AND: [
              filter,
              {
                OR: [
                  { nameFi: { gt: String(afterName) } },
                  { nameFi: String(afterName), code: { gt: String(afterCode) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.municipality.findMany({
        where,
        orderBy: [{ nameFi: 'asc' }, { code: 'asc' }],
        take: page.take + 1,
        select: MUNICIPALITY_SELECT,
      }),
      this.prisma.municipality.count({ where: filter }),
    ]);
    return toConnection(rows, page, totalCount, municipalityCursorKey, toMunicipalityModel);
  }

  /** Wellbeing areas by code. */
  async listWellbeingAreas(args: WellbeingAreaFilterArgs): Promise<Connection<WellbeingAreaModel>> {
    const filter = toWellbeingAreaWhere(args.filter);
    const page = toPageRequest(args, CODE_CURSOR);
    const where: Prisma.WellbeingAreaWhereInput =
      page.after === undefined ? filter : { AND: [filter, { code: { gt: page.after[0] } }] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.wellbeingArea.findMany({
        where,
        orderBy: { code: 'asc' },
        take: page.take + 1,
        select: WELLBEING_AREA_SELECT,
      }),
      this.prisma.wellbeingArea.count({ where: filter }),
    ]);
    return toConnection(rows, page, totalCount, (row) => [row.code], toWellbeingAreaModel);
  }

  /** Regions by code. */
  async listRegions(args: PaginationArgs): Promise<Connection<RegionModel>> {
    const page = toPageRequest(args, CODE_CURSOR);
    const where: Prisma.RegionWhereInput =
      page.after === undefined ? {} : { code: { gt: page.after[0] } };
    const [rows, totalCount] = await Promise.all([
      this.prisma.region.findMany({
        where,
        orderBy: { code: 'asc' },
        take: page.take + 1,
        select: REGION_SELECT,
      }),
      this.prisma.region.count(),
    ]);
    return toConnection(rows, page, totalCount, (row) => [row.code], toRegionModel);
  }

  async getMunicipality(code: string): Promise<MunicipalityModel> {
    assertMunicipalityCode('code', code);
    const row = await this.prisma.municipality.findUnique({
      where: { code },
      select: MUNICIPALITY_SELECT,
    });
    if (!row) throw new RegionNotFoundError(RegionEntity.MUNICIPALITY, code);
    return toMunicipalityModel(row);
  }

  async getWellbeingArea(code: string): Promise<WellbeingAreaModel> {
    assertAreaCode('code', code);
    const row = await this.prisma.wellbeingArea.findUnique({
      where: { code },
      select: WELLBEING_AREA_SELECT,
    });
    if (!row) throw new RegionNotFoundError(RegionEntity.WELLBEING_AREA, code);
    return toWellbeingAreaModel(row);
  }

  /**
   * One page of a wellbeing area's or region's municipalities. `loader` fetches the complete lists of
   * every parent in this request with one query (region.loader.ts); the page is cut from that list here,
   * with the same order and cursors as `listMunicipalities`.
   */
  async municipalitiesOf(
    loader: DataLoader<string, Municipality[]>,
    parentCode: string,
    args: PaginationArgs,
  ): Promise<Connection<MunicipalityModel>> {
    const page = toPageRequest(args, MUNICIPALITY_CURSOR);
    const rows = await loader.load(parentCode);
    return pageOfMunicipalities(rows, page, toMunicipalityModel);
  }
}

/** The client's narrow filter → a Prisma `where`, validating every field (BAD_USER_INPUT names it). */
function toMunicipalityWhere(
  filter: MunicipalityFilterInput | null | undefined,
): Prisma.MunicipalityWhereInput {
  const where: Prisma.MunicipalityWhereInput = {};
  if (!filter) return where;
  if (filter.wellbeingAreaCode != null) {
    assertAreaCode('wellbeingAreaCode', filter.wellbeingAreaCode);
    where.wellbeingAreaCode = filter.wellbeingAreaCode;
  }
  if (filter.regionCode != null) {
    assertAreaCode('regionCode', filter.regionCode);
    where.regionCode = filter.regionCode;
  }
  const search = filter.search?.trim();
  if (search) {
    if (search.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(
        'search',
        `search must be at most ${MAX_SEARCH_LENGTH} characters.`,
      );
    }
    // Prisma passes `contains` to ILIKE unescaped, so "%" or "_" would match everything: escape them.
    // ILIKE folds å/ä/ö too under the databases' UTF-8 ctype.
    const pattern = escapeLikePattern(search);
    where.OR = [
      { nameFi: { contains: pattern, mode: 'insensitive' } },
      { nameSv: { contains: pattern, mode: 'insensitive' } },
    ];
  }
  return where;
}

function toWellbeingAreaWhere(
  filter: WellbeingAreaFilterInput | null | undefined,
): Prisma.WellbeingAreaWhereInput {
  const conditions: Prisma.WellbeingAreaWhereInput[] = [];
  if (filter?.kind != null) conditions.push({ kind: filter.kind });
  if (filter?.countiesOnly) conditions.push({ kind: 'WELLBEING_SERVICES_COUNTY' });
  return conditions.length > 0 ? { AND: conditions } : {};
}
