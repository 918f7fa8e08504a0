import { Prisma } from '@linja/db';

import { type CoverageFilter } from './dto/coverage-filter.schema';
import { type CoverageDb } from './coverage.query';

export interface OtherProviderCellRow {
  term_id: string;
  col: string;
  other_providers: number;
}

/**
 * The network's other providers (the "pie") per term × column, in one set-based statement, for the
 * matrix's "count other providers" switch. Apart from the network's own figures: never added to a
 * cell's services or to the gaps.
 *
 * The providers are the ones the public sees (`other-help.query.ts`): not archived and checked within
 * the network's hide months. Reach is search's rule, as in `coverageCells`: a named municipality, its
 * wellbeing area or region, nationwide or online (`*`, left out by `inPersonOnly`). Terms follow the
 * public filter: a provider counts in the rows of its themes (or target groups), and in every row when
 * it has none of that kind (general help such as a crisis line). `acceptingOnly` has no meaning for
 * them and changes nothing. The table holds dozens of rows per network, so this is read on every view
 * (not cached): a provider's change shows at once.
 */
export function otherProviderCells(
  db: CoverageDb,
  networkId: string,
  filter: CoverageFilter,
): Promise<OtherProviderCellRow[]> {
  const column = filter.wellbeingAreaCode
    ? Prisma.sql`mu."code"`
    : Prisma.sql`mu."wellbeing_area_code"`;
  const inView = filter.wellbeingAreaCode
    ? Prisma.sql`mu."wellbeing_area_code" = ${filter.wellbeingAreaCode}`
    : Prisma.sql`TRUE`;
  const kind = filter.dimension;
  const everywhere = filter.inPersonOnly
    ? Prisma.sql`FALSE`
    : Prisma.sql`(p."is_nationwide" OR p."is_online")`;
  return db.$queryRaw<OtherProviderCellRow[]>`
    WITH col_code AS (
      SELECT DISTINCT c.code, ${column} AS col
      FROM "municipality" mu
      CROSS JOIN LATERAL (VALUES ('m:' || mu."code"), ('w:' || mu."wellbeing_area_code"),
                                 ('r:' || mu."region_code")) AS c(code)
      WHERE ${inView}
    ),
    cols AS (SELECT DISTINCT col FROM col_code),
    terms AS (
      SELECT t."id" FROM "taxonomy_term" t
      WHERE t."network_id" = ${networkId}::uuid AND t."kind" = ${kind}::"taxonomy_kind"
        AND t."archived_at" IS NULL
    ),
    prov AS (
      SELECT p.* FROM "other_provider" p
      JOIN "network" n ON n."id" = p."network_id"
      WHERE p."network_id" = ${networkId}::uuid AND p."archived_at" IS NULL
        AND p."checked_at" > now() - make_interval(months => n."freshness_hide_months")
    ),
    prov_term AS (
      SELECT pt."provider_id", pt."term_id"
      FROM prov p
      JOIN "other_provider_term" pt ON pt."provider_id" = p."id"
      JOIN terms ON terms."id" = pt."term_id"
      UNION
      SELECT p."id", terms."id"
      FROM prov p CROSS JOIN terms
      WHERE NOT EXISTS (SELECT 1 FROM "other_provider_term" pt
                        JOIN "taxonomy_term" tt ON tt."id" = pt."term_id"
                        WHERE pt."provider_id" = p."id" AND tt."kind" = ${kind}::"taxonomy_kind")
    ),
    reach AS (
      SELECT p."id", 'm:' || c AS code FROM prov p CROSS JOIN unnest(p."municipality_codes") AS c
      UNION ALL
      SELECT p."id", 'w:' || c FROM prov p CROSS JOIN unnest(p."wellbeing_area_codes") AS c
      UNION ALL
      SELECT p."id", 'r:' || c FROM prov p CROSS JOIN unnest(p."region_codes") AS c
      UNION ALL
      SELECT p."id", '*' FROM prov p WHERE ${everywhere}
    ),
    hit AS (
      SELECT r."id", cc.col FROM reach r JOIN col_code cc ON cc.code = r.code
      UNION
      SELECT r."id", cols.col FROM reach r CROSS JOIN cols WHERE r.code = '*'
    )
    SELECT pt."term_id"::text AS term_id, h.col, count(DISTINCT h."id")::int AS other_providers
    FROM hit h JOIN prov_term pt ON pt."provider_id" = h."id"
    GROUP BY pt."term_id", h.col`;
}
