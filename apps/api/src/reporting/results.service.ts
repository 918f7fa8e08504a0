import { Injectable } from '@nestjs/common';
import { type Indicator, Prisma, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection } from '../common/pagination/connection.model';
import { computeIndicator } from './computed/computed-indicators';
import { type IndicatorResultsArgs, type IndicatorsArgs } from './dto/reporting.inputs';
import {
  byService,
  checkResultsFilter,
  type IndicatorResultsFilterInput,
  filterApplies,
  type ResultsFilter,
  serviceCondition,
} from './filter/results-filter';
import { IndicatorsService } from './indicators.service';
import { type IndicatorResultModel } from './models/reporting.model';
import { pageByCreation } from './paginate';
import { isoDate, type PeriodRange, periodRange } from './period';
import { assertMayRead, networkBySlug } from './reporting-access';
import { toIndicatorModel } from './reporting.mapper';

interface ReportedRow {
  indicator_id: string;
  total: number | null;
  mean: number | null;
}

/**
 * Each indicator's figure for a period against its target: computed by Linja, or aggregated from the
 * figures reported in rounds whose period lies inside it (submitted reports and locked rounds).
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly indicators: IndicatorsService,
  ) {}

  /**
   * What the results and the trend both read, after the reader was checked: the organisation scope,
   * the checked filter and the page of indicators.
   */
  async indicatorPage(
    actor: Actor,
    networkId: string,
    args: IndicatorsArgs & { filter?: IndicatorResultsFilterInput | null },
  ) {
    const organizationId =
      args.organizationId && isUuid(args.organizationId) ? args.organizationId : undefined;
    const filter = await checkResultsFilter(
      this.prisma,
      this.authz,
      actor,
      networkId,
      organizationId,
      args.filter,
    );
    const page = await pageByCreation(
      this.prisma.indicator,
      this.indicators.indicatorScope(networkId, organizationId),
      args,
      (row: Indicator) => row,
    );
    return { organizationId, filter, page, rows: page.edges.map((edge) => edge.node) };
  }

  async results(
    actor: Actor,
    args: IndicatorResultsArgs,
  ): Promise<Connection<IndicatorResultModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    const range = periodRange(args.period, 'period');
    const { organizationId, filter, page, rows } = await this.indicatorPage(
      actor,
      network.id,
      args,
    );
    const values = await this.values(network.id, organizationId, range, rows, filter);
    const targets = await this.prisma.indicatorTarget.findMany({
      where: {
        ...targetWhere(
          filter,
          rows.map((row) => row.id),
        ),
        periodKind: range.kind,
        periodStart: range.start,
      },
    });
    const targetOf = new Map(targets.map((target) => [target.indicatorId, target.value]));
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: {
          indicator: toIndicatorModel(edge.node),
          periodStart: isoDate(range.start),
          periodEnd: isoDate(range.end),
          value: values.get(edge.node.id) ?? null,
          target: targetOf.get(edge.node.id) ?? null,
          filterApplies: filterApplies(filter, edge.node.source, edge.node.computedKind),
        },
      })),
    };
  }

  /**
   * Figures by indicator id (null: nothing reported, or the filter does not apply to the
   * indicator's source — never a figure that ignores the filter).
   */
  async values(
    networkId: string,
    organizationId: string | undefined,
    range: PeriodRange,
    all: readonly Indicator[],
    filter: ResultsFilter = {},
  ): Promise<Map<string, number | null>> {
    const values = new Map<string, number | null>();
    const indicators = all.filter((indicator) => {
      const applies = filterApplies(filter, indicator.source, indicator.computedKind);
      if (!applies) values.set(indicator.id, null);
      return applies;
    });
    // Each computed kind once per request, however many indicators share it (at most nine kinds).
    const kinds = [
      ...new Set(
        indicators.flatMap((indicator) =>
          indicator.source === 'COMPUTED' && indicator.computedKind ? [indicator.computedKind] : [],
        ),
      ),
    ];
    const scope = { networkId, organizationId, start: range.start, end: range.end, filter };
    const computed = new Map(
      await Promise.all(
        kinds.map(
          async (kind) => [kind, await computeIndicator(this.prisma, kind, scope)] as const,
        ),
      ),
    );
    for (const indicator of indicators) {
      const value = indicator.computedKind ? computed.get(indicator.computedKind) : undefined;
      if (indicator.source === 'COMPUTED' && value !== undefined) values.set(indicator.id, value);
    }
    const reported = indicators.filter((indicator) => indicator.source === 'REPORTED');
    if (reported.length > 0) {
      const start = isoDate(range.start);
      const end = isoDate(range.end);
      const ofService = byService(filter)
        ? serviceCondition(filter, 'f.service_id', start, end)
        : Prisma.sql`TRUE`;
      const rows = await this.prisma.$queryRaw<ReportedRow[]>`
        SELECT f.indicator_id::text AS indicator_id, sum(f.value) AS total, avg(f.value) AS mean
        FROM reported_figure f
        JOIN organization_report r ON r.id = f.report_id
        JOIN reporting_round o ON o.id = r.round_id
        WHERE o.network_id = ${networkId}::uuid
          AND f.indicator_id IN (${Prisma.join(reported.map((row) => Prisma.sql`${row.id}::uuid`))})
          AND o.period_start >= ${start}::date AND o.period_end <= ${end}::date
          AND (r.status = 'SUBMITTED' OR o.status = 'LOCKED')
          AND (${organizationId ?? null}::uuid IS NULL OR r.organization_id = ${organizationId ?? null}::uuid)
          AND ${ofService}
        GROUP BY f.indicator_id`;
      const byId = new Map(rows.map((row) => [row.indicator_id, row]));
      for (const indicator of reported) {
        const row = byId.get(indicator.id);
        if (!row) {
          values.set(indicator.id, null);
          continue;
        }
        const average = indicator.aggregation === 'AVERAGE' || indicator.aggregation === 'SHARE';
        values.set(indicator.id, Number(average ? row.mean : row.total));
      }
    }
    return values;
  }
}

/**
 * The targets of the filter's breakdown (no filter: the whole figure's). Targets have no funder
 * breakdown, so a funder filter has none.
 */
export function targetWhere(
  filter: ResultsFilter,
  indicatorIds: readonly string[],
): Prisma.IndicatorTargetWhereInput {
  const byFunder = Boolean(filter.funderName ?? filter.fundingType);
  return {
    indicatorId: { in: byFunder ? [] : [...indicatorIds] },
    serviceId: filter.serviceId ?? null,
    municipalityCode: filter.municipalityCode ?? null,
    wellbeingAreaCode: filter.wellbeingAreaCode ?? null,
    ageBand: null,
  };
}
