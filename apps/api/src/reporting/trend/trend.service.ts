import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError } from '../../common/errors/domain-error';
import { type Connection } from '../../common/pagination/connection.model';
import { isoDate, periodRange, periodsUpTo } from '../period';
import { assertMayRead, networkBySlug } from '../reporting-access';
import { toIndicatorModel } from '../reporting.mapper';
import { filterApplies } from '../filter/results-filter';
import { ResultsService, targetWhere } from '../results.service';
import { type IndicatorTrendArgs, type IndicatorTrendModel } from './trend.model';

const MAX_PERIODS = 12;

/**
 * Each indicator's figure against its target over consecutive periods (the same figures as
 * `indicatorResults` gives period by period), under the same read rule.
 */
@Injectable()
export class TrendService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly results: ResultsService,
  ) {}

  async trend(actor: Actor, args: IndicatorTrendArgs): Promise<Connection<IndicatorTrendModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    if (!Number.isInteger(args.periods) || args.periods < 1 || args.periods > MAX_PERIODS) {
      throw new BadUserInputError('periods', `periods: 1–${MAX_PERIODS}.`);
    }
    periodRange(args.until, 'until');
    const ranges = periodsUpTo(args.until, args.periods).map((spec) => periodRange(spec, 'until'));
    const { organizationId, filter, page, rows } = await this.results.indicatorPage(
      actor,
      network.id,
      args,
    );
    // One set of statements per period (at most twelve), each covering every indicator of the page.
    const values = await Promise.all(
      ranges.map((range) => this.results.values(network.id, organizationId, range, rows, filter)),
    );
    const targets = await this.prisma.indicatorTarget.findMany({
      where: {
        ...targetWhere(
          filter,
          rows.map((row) => row.id),
        ),
        periodKind: args.until.kind,
        periodStart: { in: ranges.map((range) => range.start) },
      },
    });
    const targetOf = new Map(
      targets.map((target) => [`${target.indicatorId}:${isoDate(target.periodStart)}`, target]),
    );
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: {
          indicator: toIndicatorModel(edge.node),
          filterApplies: filterApplies(filter, edge.node.source, edge.node.computedKind),
          points: ranges.map((range, position) => ({
            periodStart: isoDate(range.start),
            periodEnd: isoDate(range.end),
            value: values[position]?.get(edge.node.id) ?? null,
            target: targetOf.get(`${edge.node.id}:${isoDate(range.start)}`)?.value ?? null,
          })),
        },
      })),
    };
  }
}
