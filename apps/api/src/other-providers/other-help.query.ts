import { Prisma, type OtherProvider } from '@linja/db';

export interface OtherHelpFilter {
  networkId: string;
  /** The searched municipality and its wellbeing area and region, or null (no place chosen). */
  place: { municipalityCode: string; wellbeingAreaCode: string; regionCode: string } | null;
  themeIds: string[];
  targetGroupIds: string[];
  /** Lower-case words; a provider fits when its name or description contains any of them. */
  words: string[];
}

export type OtherHelpRow = OtherProvider & { totalCount: number };

const uuidList = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

/** Fits the terms of one kind: has one of them, or has none of that kind at all (general help). */
function termCondition(ids: string[], kind: 'THEME' | 'TARGET_GROUP'): Prisma.Sql {
  if (ids.length === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "other_provider_term" pt
            WHERE pt."provider_id" = p."id" AND pt."term_id" IN (${uuidList(ids)}))
    OR NOT EXISTS (SELECT 1 FROM "other_provider_term" pt
                   JOIN "taxonomy_term" t ON t."id" = pt."term_id"
                   WHERE pt."provider_id" = p."id" AND t."kind" = ${kind}::"taxonomy_kind"))`;
}

/**
 * The network's current, not hidden (checked within its freshness policy's hide months) other
 * providers that fit a search, ranked local first: named municipality 0, its wellbeing area 1, its
 * region 2, nationwide 3, online only 4; then by name. The reach rule is search's: a provider reaches
 * the municipality when it names it, its area or region, or is nationwide or online. Without a place
 * only nationwide and online providers fit (a local one cannot be judged near). One statement; the
 * total rides on every row.
 */
export function queryOtherHelp(
  db: Pick<Prisma.TransactionClient, '$queryRaw'>,
  filter: OtherHelpFilter,
  offset: number,
  take: number,
): Promise<OtherHelpRow[]> {
  const place = filter.place;
  const rank = place
    ? Prisma.sql`CASE
        WHEN ${place.municipalityCode} = ANY(p."municipality_codes") THEN 0
        WHEN ${place.wellbeingAreaCode} = ANY(p."wellbeing_area_codes") THEN 1
        WHEN ${place.regionCode} = ANY(p."region_codes") THEN 2
        WHEN p."is_nationwide" THEN 3 ELSE 4 END`
    : Prisma.sql`CASE WHEN p."is_nationwide" THEN 3 ELSE 4 END`;
  const reach = place
    ? Prisma.sql`(p."is_nationwide" OR p."is_online"
        OR ${place.municipalityCode} = ANY(p."municipality_codes")
        OR ${place.wellbeingAreaCode} = ANY(p."wellbeing_area_codes")
        OR ${place.regionCode} = ANY(p."region_codes"))`
    : Prisma.sql`(p."is_nationwide" OR p."is_online")`;
  const text = Prisma.sql`lower(p."name" || ' ' || coalesce(p."description"->>'fi', '') || ' ' ||
    coalesce(p."description"->>'sv', '') || ' ' || coalesce(p."description"->>'en', ''))`;
  const words =
    filter.words.length === 0
      ? Prisma.sql`TRUE`
      : Prisma.sql`(${Prisma.join(
          filter.words.map((word) => Prisma.sql`strpos(${text}, ${word}) > 0`),
          ' OR ',
        )})`;
  return db.$queryRaw<OtherHelpRow[]>`
    SELECT p."id", p."network_id" AS "networkId", p."name", p."description", p."phone",
           p."chat_url" AS "chatUrl", p."website", p."opening_hours" AS "openingHours",
           p."is_open_24_7" AS "isOpen247", p."is_nationwide" AS "isNationwide",
           p."is_online" AS "isOnline", p."municipality_codes" AS "municipalityCodes",
           p."wellbeing_area_codes" AS "wellbeingAreaCodes", p."region_codes" AS "regionCodes",
           p."checked_at" AS "checkedAt", p."archived_at" AS "archivedAt", p."version",
           p."created_at" AS "createdAt", p."updated_at" AS "updatedAt",
           (count(*) OVER ())::int AS "totalCount"
    FROM "other_provider" p
    JOIN "network" n ON n."id" = p."network_id"
    WHERE p."network_id" = ${filter.networkId}::uuid
      AND p."archived_at" IS NULL
      AND p."checked_at" > now() - make_interval(months => n."freshness_hide_months")
      AND ${reach}
      AND ${termCondition(filter.themeIds, 'THEME')}
      AND ${termCondition(filter.targetGroupIds, 'TARGET_GROUP')}
      AND ${words}
    ORDER BY ${rank}, p."name", p."id"
    OFFSET ${offset} LIMIT ${take}`;
}
