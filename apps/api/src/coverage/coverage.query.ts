import { Prisma, type PrismaClient } from '@linja/db';

import { type CoverageFilter } from './dto/coverage-filter.schema';

/** The client or a transaction: the matrix is one raw statement. */
export type CoverageDb = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface CoverageCellRow {
  term_id: string;
  col: string;
  active_services: number;
  planned_deliveries: number;
  organization_ids: string[];
}

/**
 * The whole matrix in one set-based statement (no query per cell or per column).
 *
 * The reach rule is search's (service-search/query/search-filters.ts over service_search_row): a
 * service reaches municipality M when one of its ACTIVE deliveries names M, M's wellbeing area or M's
 * region ('m:…', 'w:…', 'r:…', the codes `service_search_row_refresh` writes into `areas`), or is
 * nationwide or remote ('*'). The services are the search row's (published, in the network; active
 * ones also `visible_until > now()` as every search), their themes and target groups its
 * `theme_ids`/`target_group_ids` — read here from the narrow tables they are built from (a row exists
 * for a PUBLISHED service with a published revision; its term arrays are its service_term rows by
 * kind), since a scan of the wide search row costs more than the rest of the statement. The deliveries are read with the refresh function's own code
 * expression, because a cell also needs what the row folds away: the producing organisation, the
 * PLANNING deliveries, and whether a delivery is remote (the in-person filter).
 *
 * A column is reached when one of its municipalities is: `col_code` maps each code that reaches some
 * municipality of the view to the column of that municipality (its wellbeing area, or itself in a
 * drill-down), so a delivery to Lahti counts in Päijät-Häme, and one to the region of Uusimaa in
 * each Uusimaa area. Nationwide and remote reach every column.
 */
export function coverageCells(
  db: CoverageDb,
  networkId: string,
  filter: CoverageFilter,
): Promise<CoverageCellRow[]> {
  const column = filter.wellbeingAreaCode
    ? Prisma.sql`mu."code"`
    : Prisma.sql`mu."wellbeing_area_code"`;
  const inView = filter.wellbeingAreaCode
    ? Prisma.sql`mu."wellbeing_area_code" = ${filter.wellbeingAreaCode}`
    : Prisma.sql`TRUE`;
  const kind = filter.dimension;
  const deliveries = Prisma.join(
    [
      Prisma.sql`d."status" IN ('ACTIVE', 'PLANNING')`,
      filter.acceptingOnly
        ? Prisma.sql`(d."status" = 'PLANNING' OR d."accepting_clients")`
        : Prisma.sql`TRUE`,
      filter.inPersonOnly ? Prisma.sql`NOT d."is_remote"` : Prisma.sql`TRUE`,
    ],
    ' AND ',
  );
  const everywhere = filter.inPersonOnly
    ? Prisma.sql`FALSE`
    : Prisma.sql`(d."is_nationwide" OR d."is_remote")`;
  return db.$queryRaw<CoverageCellRow[]>`
    WITH col_code AS (
      SELECT DISTINCT c.code, ${column} AS col
      FROM "municipality" mu
      CROSS JOIN LATERAL (VALUES ('m:' || mu."code"), ('w:' || mu."wellbeing_area_code"),
                                 ('r:' || mu."region_code")) AS c(code)
      WHERE ${inView}
    ),
    cols AS (SELECT DISTINCT col FROM col_code),
    svc AS (
      SELECT s."id" AS service_id, s."visible_until" > now() AS visible, st."term_id"
      FROM "service" s
      JOIN "service_term" st ON st."service_id" = s."id"
      JOIN "taxonomy_term" tt ON tt."id" = st."term_id" AND tt."kind" = ${kind}::"taxonomy_kind"
      WHERE s."network_id" = ${networkId}::uuid AND s."status" = 'PUBLISHED'
        AND s."published_revision_id" IS NOT NULL
    ),
    net AS (SELECT DISTINCT "service_id" FROM svc),
    reach AS (
      SELECT d."id" AS delivery_id, d."service_id", d."organization_id", d."status" = 'ACTIVE' AS active,
             CASE WHEN a."municipality_code" IS NOT NULL THEN 'm:' || a."municipality_code"
                  WHEN a."wellbeing_area_code" IS NOT NULL THEN 'w:' || a."wellbeing_area_code"
                  ELSE 'r:' || a."region_code" END AS code
      FROM net
      JOIN "service_delivery" d ON d."service_id" = net."service_id"
      JOIN "delivery_area" a ON a."delivery_id" = d."id"
      WHERE ${deliveries}
        AND num_nonnulls(a."municipality_code", a."wellbeing_area_code", a."region_code") > 0
      UNION ALL
      SELECT d."id", d."service_id", d."organization_id", d."status" = 'ACTIVE', '*'
      FROM net
      JOIN "service_delivery" d ON d."service_id" = net."service_id"
      WHERE ${deliveries} AND ${everywhere}
    ),
    hit AS (
      SELECT r.delivery_id, r."service_id", r."organization_id", r.active, cc.col
      FROM reach r JOIN col_code cc ON cc.code = r.code
      UNION
      SELECT r.delivery_id, r."service_id", r."organization_id", r.active, cols.col
      FROM reach r CROSS JOIN cols WHERE r.code = '*'
    )
    SELECT v.term_id::text AS term_id, h.col,
           count(DISTINCT h."service_id") FILTER (WHERE h.active AND v.visible)::int AS active_services,
           count(DISTINCT h.delivery_id) FILTER (WHERE NOT h.active)::int AS planned_deliveries,
           coalesce(array_agg(DISTINCT h."organization_id"::text)
                      FILTER (WHERE h.active AND v.visible), '{}') AS organization_ids
    FROM hit h JOIN svc v ON v."service_id" = h."service_id"
    GROUP BY v.term_id, h.col`;
}

/**
 * The matrix's statement with a statement limit of its own (a view over a large network reads every
 * delivery area; the interactive transaction's limit is sized for it). Turning JIT off and raising
 * work_mem, as search does, made it slower here (1.9 → 2.6 s at 90 000 services): JIT pays off for
 * this one large aggregation.
 */
/** Longest the matrix's statement may run (a coordinator's view, not a public search). */
export const COVERAGE_STATEMENT_TIMEOUT_MS = 30_000;

export function readCoverageCells(
  prisma: Pick<PrismaClient, '$transaction'>,
  networkId: string,
  filter: CoverageFilter,
): Promise<CoverageCellRow[]> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('statement_timeout', ${`${COVERAGE_STATEMENT_TIMEOUT_MS}ms`}, true)`;
      return coverageCells(tx, networkId, filter);
    },
    { timeout: COVERAGE_STATEMENT_TIMEOUT_MS + 5_000 },
  );
}
