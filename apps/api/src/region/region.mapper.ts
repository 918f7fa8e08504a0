import { type Municipality, type Region, type WellbeingArea } from '@linja/db';

import { namesToLocalizedText } from '../common/localization/localized-text.util';
import { type MunicipalityModel } from './models/municipality.model';
import { type RegionModel } from './models/region.model';
import { type WellbeingAreaModel } from './models/wellbeing-area.model';

type Names = 'nameFi' | 'nameSv' | 'nameEn';

/** Prisma rows → GraphQL models: only the columns the API exposes (plus the keys relations resolve by). */
export function toMunicipalityModel(
  row: Pick<Municipality, 'code' | Names | 'wellbeingAreaCode' | 'regionCode'>,
): MunicipalityModel {
  return {
    code: row.code,
    name: namesToLocalizedText(row),
    wellbeingAreaCode: row.wellbeingAreaCode,
    regionCode: row.regionCode,
  };
}

export function toWellbeingAreaModel(
  row: Pick<WellbeingArea, 'code' | Names | 'kind' | 'regionCode'>,
): WellbeingAreaModel {
  return {
    code: row.code,
    name: namesToLocalizedText(row),
    kind: row.kind,
    regionCode: row.regionCode,
  };
}

export function toRegionModel(row: Pick<Region, 'code' | Names>): RegionModel {
  return { code: row.code, name: namesToLocalizedText(row) };
}
