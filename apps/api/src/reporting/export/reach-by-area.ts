import { type PrismaClient } from '@linja/db';

import { type LocalizedText } from '../../common/localization/localized-text.model';
import { namesToLocalizedText } from '../../common/localization/localized-text.util';
import { activeDeliveryIds, type ComputedScope } from '../computed/computed-indicators';
import { municipalityCondition } from '../filter/results-filter';

/** The report's "reach by area": per wellbeing area, and the services that reach every area. */
export interface ReachByArea {
  areas: AreaReach[];
  /** Nationwide or remote services: they reach every area and are not counted in the rows. */
  everywhere: number;
}

/** One wellbeing area of the report's "reach by area" table. */
export interface AreaReach {
  code: string;
  name: LocalizedText;
  /** The scope's services with an active delivery naming the area, one of its municipalities or its region. */
  services: number;
  /** Of the area's municipalities (under a municipality filter: that one), those reached. */
  municipalitiesReached: number;
  municipalities: number;
}

interface AreaReachRow {
  code: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  services: number;
  reached: number;
  municipalities: number;
  everywhere: number;
}

/**
 * Reach per wellbeing area in one set-based statement (no query per area). A delivery reaches
 * municipality M when it names M, M's wellbeing area or M's region ('m:'/'w:'/'r:' codes, the first
 * named of a row as `service_search_row_refresh`); an area is reached where one of its municipalities
 * is. Nationwide and remote deliveries reach every area alike, so they are counted once apart
 * (`everywhere`), not in every row — the rows then agree with the computed indicators
 * WELLBEING_AREAS_REACHED and MUNICIPALITIES_REACHED printed above the table. The deliveries are
 * those the computed reach indicators count (`activeDeliveryIds`: ACTIVE, of published services,
 * active in the period, the organisation's, the filtered services). An area filter keeps the
 * municipalities it names (a wellbeing area's, or the one municipality), and so only its area's row.
 */
export async function reachByArea(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  scope: ComputedScope,
): Promise<ReachByArea> {
  const inFilter = municipalityCondition(scope.filter ?? {}, 'mu.code');
  const rows = await prisma.$queryRaw<AreaReachRow[]>`
    WITH mun AS (
      SELECT mu.code, mu.wellbeing_area_code AS area, mu.region_code
      FROM municipality mu WHERE ${inFilter}
    ),
    codes AS (
      SELECT c.code, mun.code AS municipality, mun.area
      FROM mun CROSS JOIN LATERAL (VALUES ('m:' || mun.code), ('w:' || mun.area),
                                          ('r:' || mun.region_code)) AS c(code)
    ),
    del AS (
      SELECT d.id, d.service_id, (d.is_nationwide OR d.is_remote) AS everywhere
      FROM service_delivery d WHERE d.id IN (${activeDeliveryIds(scope)})
    ),
    reach AS (
      SELECT del.service_id,
             CASE WHEN a.municipality_code IS NOT NULL THEN 'm:' || a.municipality_code
                  WHEN a.wellbeing_area_code IS NOT NULL THEN 'w:' || a.wellbeing_area_code
                  ELSE 'r:' || a.region_code END AS code
      FROM del JOIN delivery_area a ON a.delivery_id = del.id
      WHERE num_nonnulls(a.municipality_code, a.wellbeing_area_code, a.region_code) > 0
    ),
    hit AS (
      SELECT reach.service_id, codes.municipality, codes.area
      FROM reach JOIN codes ON codes.code = reach.code
    ),
    totals AS (SELECT area, count(*)::int AS municipalities FROM mun GROUP BY area)
    SELECT w.code, w.name_fi, w.name_sv, w.name_en,
           count(DISTINCT hit.service_id)::int AS services,
           count(DISTINCT hit.municipality)::int AS reached,
           totals.municipalities,
           (SELECT count(DISTINCT service_id)::int FROM del WHERE everywhere) AS everywhere
    FROM wellbeing_area w
    JOIN totals ON totals.area = w.code
    LEFT JOIN hit ON hit.area = w.code
    GROUP BY w.code, w.name_fi, w.name_sv, w.name_en, totals.municipalities
    ORDER BY w.code`;
  const areas = rows.map((row) => ({
    code: row.code,
    name: namesToLocalizedText({ nameFi: row.name_fi, nameSv: row.name_sv, nameEn: row.name_en }),
    services: row.services,
    municipalitiesReached: row.reached,
    municipalities: row.municipalities,
  }));
  return { areas, everywhere: rows[0]?.everywhere ?? 0 };
}
