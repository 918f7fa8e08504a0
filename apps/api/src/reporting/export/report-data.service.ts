import { Injectable } from '@nestjs/common';
import {
  type ComputedIndicatorKind,
  type FundingType,
  type Indicator,
  PrismaClient,
} from '@linja/db';

import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { isUuid } from '../../common/ids/is-uuid';
import { type LocalizedText } from '../../common/localization/localized-text.model';
import { toLocalizedText } from '../../common/localization/localized-text.util';
import { computeIndicator } from '../computed/computed-indicators';
import { IndicatorsService } from '../indicators.service';
import { isoDate, type PeriodSpec, periodRange } from '../period';
import { assertMayRead, notFound } from '../reporting-access';
import { ResultsService } from '../results.service';

/** At most this many indicators in one report (a network has a few dozen). */
const MAX_INDICATORS = 1000;

export interface ReportIndicator {
  id: string;
  goalId: string | null;
  name: LocalizedText;
  unit: LocalizedText;
  aggregation: Indicator['aggregation'];
  source: Indicator['source'];
  computedKind: Indicator['computedKind'];
  value: number | null;
  target: number | null;
}

export interface ReportFigure {
  indicatorId: string;
  serviceId: string;
  serviceName: string;
  organizationName: string;
  value: number;
  note: string | null;
  roundStart: string;
  roundEnd: string;
}

export interface ReportFunder {
  type: FundingType;
  funderName: string;
  /** Sum of the amounts of its funding sources that overlap the period (null: none given). */
  amount: number | null;
  serviceIds: string[];
}

/** Everything one export of the funder's report shows. */
export interface ReportData {
  network: { slug: string; name: string };
  organization: { id: string; name: string } | null;
  period: { kind: string; start: string; end: string; label: string };
  goals: { id: string; title: LocalizedText }[];
  indicators: ReportIndicator[];
  figures: ReportFigure[];
  funders: ReportFunder[];
  /** Linja's own counts for the period (as the computed indicators of the same kinds). */
  activity: ReportActivity;
}

export interface ReportActivity {
  wellbeingAreasReached: number;
  municipalitiesReached: number;
  eventsHeld: number;
  eventParticipants: number;
}

const ACTIVITY_KINDS = {
  wellbeingAreasReached: 'WELLBEING_AREAS_REACHED',
  municipalitiesReached: 'MUNICIPALITIES_REACHED',
  eventsHeld: 'EVENTS_HELD',
  eventParticipants: 'EVENT_PARTICIPANTS',
} as const satisfies Record<keyof ReportActivity, ComputedIndicatorKind>;

function periodLabel(spec: PeriodSpec): string {
  if (spec.kind === 'YEAR') return String(spec.year);
  if (spec.kind === 'TERM') return `${spec.year}/${spec.index ?? 1}`;
  return `${spec.year}-${String(spec.index ?? 1).padStart(2, '0')}`;
}

/**
 * Collects the report of a network (or one member organisation) for a period under the same rule as
 * `indicatorResults` (`assertMayRead`): each indicator's figure against its target, the reported
 * figures counted in it (submitted reports, or any of a locked round) per service, and the funders of
 * those services whose funding overlaps the period — so the report can be split by funder.
 */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly indicatorsService: IndicatorsService,
    private readonly results: ResultsService,
  ) {}

  async collect(
    actor: Actor,
    networkSlug: string,
    spec: PeriodSpec,
    organizationId: string | null,
  ): Promise<ReportData> {
    const network = await this.prisma.network.findUnique({
      where: { slug: networkSlug },
      select: { id: true, slug: true, name: true },
    });
    if (!network) throw notFound('Network', networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, organizationId);
    const range = periodRange(spec, 'period');
    const orgId = organizationId && isUuid(organizationId) ? organizationId : undefined;
    const organization = orgId
      ? await this.prisma.organization.findUnique({
          where: { id: orgId },
          select: { id: true, name: true },
        })
      : null;
    if (orgId && !organization) throw notFound('Organization', orgId);

    const [goals, indicators] = await Promise.all([
      this.prisma.networkGoal.findMany({
        where: { networkId: network.id },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      }),
      this.prisma.indicator.findMany({
        where: this.indicatorsService.indicatorScope(network.id, orgId),
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        take: MAX_INDICATORS,
      }),
    ]);
    const [values, targets, figures] = await Promise.all([
      this.results.values(network.id, orgId, range, indicators),
      this.prisma.indicatorTarget.findMany({
        where: {
          indicatorId: { in: indicators.map((row) => row.id) },
          periodKind: range.kind,
          periodStart: range.start,
          serviceId: null,
          municipalityCode: null,
          wellbeingAreaCode: null,
          ageBand: null,
        },
      }),
      this.prisma.reportedFigure.findMany({
        where: {
          indicatorId: { in: indicators.map((row) => row.id) },
          report: {
            ...(orgId ? { organizationId: orgId } : {}),
            round: {
              networkId: network.id,
              periodStart: { gte: range.start },
              periodEnd: { lte: range.end },
            },
            OR: [{ status: 'SUBMITTED' }, { round: { status: 'LOCKED' } }],
          },
        },
        include: {
          service: { select: { sortName: true } },
          report: {
            select: {
              organization: { select: { name: true } },
              round: { select: { periodStart: true, periodEnd: true } },
            },
          },
        },
        orderBy: [{ indicatorId: 'asc' }, { serviceId: 'asc' }, { id: 'asc' }],
      }),
    ]);
    const serviceIds = [...new Set(figures.map((figure) => figure.serviceId))];
    const sources = await this.prisma.fundingSource.findMany({
      where: {
        serviceId: { in: serviceIds },
        startsOn: { lt: range.end },
        OR: [{ endsOn: null }, { endsOn: { gte: range.start } }],
      },
      orderBy: [{ type: 'asc' }, { funderName: 'asc' }, { id: 'asc' }],
    });
    const funders = new Map<string, ReportFunder>();
    for (const source of sources) {
      const key = `${source.type}|${source.funderName.trim().toLowerCase()}`;
      const funder = funders.get(key) ?? {
        type: source.type,
        funderName: source.funderName.trim(),
        amount: null,
        serviceIds: [],
      };
      if (source.amount !== null) funder.amount = (funder.amount ?? 0) + Number(source.amount);
      if (!funder.serviceIds.includes(source.serviceId)) funder.serviceIds.push(source.serviceId);
      funders.set(key, funder);
    }
    const targetOf = new Map(targets.map((target) => [target.indicatorId, target.value]));
    const scope = {
      networkId: network.id,
      organizationId: orgId,
      start: range.start,
      end: range.end,
    };
    const counts = await Promise.all(
      Object.entries(ACTIVITY_KINDS).map(
        async ([key, kind]) => [key, await computeIndicator(this.prisma, kind, scope)] as const,
      ),
    );
    const activity = Object.fromEntries(counts) as unknown as ReportActivity;
    return {
      activity,
      network: { slug: network.slug, name: network.name },
      organization,
      period: {
        kind: range.kind,
        start: isoDate(range.start),
        end: isoDate(range.end),
        label: periodLabel(spec),
      },
      goals: goals.map((goal) => ({ id: goal.id, title: toLocalizedText(goal.title) })),
      indicators: indicators.map((row) => ({
        id: row.id,
        goalId: row.goalId,
        name: toLocalizedText(row.name),
        unit: toLocalizedText(row.unit),
        aggregation: row.aggregation,
        source: row.source,
        computedKind: row.computedKind,
        value: values.get(row.id) ?? null,
        target: targetOf.get(row.id) ?? null,
      })),
      figures: figures.map((figure) => ({
        indicatorId: figure.indicatorId,
        serviceId: figure.serviceId,
        serviceName: figure.service.sortName,
        organizationName: figure.report.organization.name,
        value: figure.value,
        note: figure.note,
        roundStart: isoDate(figure.report.round.periodStart),
        roundEnd: isoDate(figure.report.round.periodEnd),
      })),
      funders: [...funders.values()],
    };
  }
}
