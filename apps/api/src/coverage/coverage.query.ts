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
    net AS (SELECT DISTINCT "service_id", visible FROM svc),
    dl AS (
      SELECT d."id", d."service_id", d."organization_id",
             d."status" = 'ACTIVE' AND net.visible AS counted, d."status" = 'PLANNING' AS planned,
             ${everywhere} AS everywhere
      FROM net
      JOIN "service_delivery" d ON d."service_id" = net."service_id"
      WHERE ${deliveries}
    ),
    reach AS (
      SELECT dl."id", dl."service_id", dl."organization_id", dl.counted, dl.planned, cc.col
      FROM dl
      JOIN "delivery_area" a ON a."delivery_id" = dl."id"
      JOIN col_code cc ON cc.code = CASE WHEN a."municipality_code" IS NOT NULL THEN 'm:' || a."municipality_code"
                                         WHEN a."wellbeing_area_code" IS NOT NULL THEN 'w:' || a."wellbeing_area_code"
                                         ELSE 'r:' || a."region_code" END
      WHERE NOT dl.everywhere
      UNION ALL
      SELECT dl."id", dl."service_id", dl."organization_id", dl.counted, dl.planned, cols.col
      FROM dl CROSS JOIN cols
      WHERE dl.everywhere
    ),
    served AS (
      SELECT "service_id", col, "organization_id" FROM reach WHERE counted
      GROUP BY "service_id", col, "organization_id"
    ),
    served_service AS (SELECT "service_id", col FROM served GROUP BY "service_id", col),
    planned AS (SELECT "id", "service_id", col FROM reach WHERE planned GROUP BY "id", "service_id", col),
    active_cells AS (
      SELECT v.term_id, ss.col, count(*)::int AS active_services
      FROM served_service ss JOIN svc v ON v."service_id" = ss."service_id"
      GROUP BY v.term_id, ss.col
    ),
    org_cells AS (
      SELECT t.term_id, t.col, array_agg(t."organization_id"::text) AS organization_ids
      FROM (SELECT v.term_id, sv.col, sv."organization_id"
            FROM served sv JOIN svc v ON v."service_id" = sv."service_id"
            GROUP BY v.term_id, sv.col, sv."organization_id") t
      GROUP BY t.term_id, t.col
    ),
    planned_cells AS (
      SELECT v.term_id, p.col, count(*)::int AS planned_deliveries
      FROM planned p JOIN svc v ON v."service_id" = p."service_id"
      GROUP BY v.term_id, p.col
    )
    SELECT coalesce(a.term_id, p.term_id)::text AS term_id, coalesce(a.col, p.col) AS col,
           coalesce(a.active_services, 0) AS active_services,
           coalesce(p.planned_deliveries, 0) AS planned_deliveries,
           coalesce(o.organization_ids, '{}') AS organization_ids
    FROM active_cells a
    JOIN org_cells o ON o.term_id = a.term_id AND o.col = a.col
    FULL JOIN planned_cells p ON p.term_id = a.term_id AND p.col = a.col`;
}

/**
 * The matrix's statement in a transaction of its own, without JIT (compiling it costs more than
 * running it; see SEARCH_SETTINGS) and with room to hash the service × column pairs in memory.
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
      await tx.$queryRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true),
        set_config('statement_timeout', ${`${COVERAGE_STATEMENT_TIMEOUT_MS}ms`}, true)`;
      return coverageCells(tx, networkId, filter);
    },
    { timeout: COVERAGE_STATEMENT_TIMEOUT_MS + 5_000 },
  );
}
