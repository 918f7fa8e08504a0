import { Injectable } from '@nestjs/common';
import {
  type ComputedIndicatorKind,
  type FundingType,
  type Indicator,
  PrismaClient,
} from '@linja/db';

import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { type LocalizedText } from '../../common/localization/localized-text.model';
import { toLocalizedText } from '../../common/localization/localized-text.util';
import { computeIndicator } from '../computed/computed-indicators';
import {
  byArea,
  checkResultsFilter,
  filterApplies,
  type IndicatorResultsFilterInput,
  type ResultsFilter,
} from '../filter/results-filter';
import { IndicatorsService } from '../indicators.service';
import { isoDate, type PeriodRange, type PeriodSpec, periodRange } from '../period';
import { assertMayRead, notFound } from '../reporting-access';
import { ResultsService, targetWhere } from '../results.service';
import { type ReachByArea, reachByArea } from './reach-by-area';
import { describeFilter, type ReportFilterLine } from './report-filter';

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
  /** False: the report's filter cannot apply to the indicator's source (no value is given). */
  filterApplies: boolean;
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
  /** The active filters (organisation, service, funder, area), printed at the top. */
  filters: ReportFilterLine[];
  goals: { id: string; title: LocalizedText }[];
  indicators: ReportIndicator[];
  figures: ReportFigure[];
  funders: ReportFunder[];
  /** Linja's own counts for the period (as the computed indicators of the same kinds). */
  activity: ReportActivity;
  /** Per wellbeing area: the services naming it and its municipalities reached; those reaching all. */
  reach: ReachByArea;
}

/** Null: the filter cannot apply to the count's source (as an indicator's `filterApplies`). */
export interface ReportActivity {
  wellbeingAreasReached: number | null;
  municipalitiesReached: number | null;
  eventsHeld: number | null;
  eventParticipants: number | null;
  feedbackResponses: number | null;
  /** The mean of the 1–5 answers (0 when there are none). */
  feedbackAverage: number | null;
}

const ACTIVITY_KINDS = {
  wellbeingAreasReached: 'WELLBEING_AREAS_REACHED',
  municipalitiesReached: 'MUNICIPALITIES_REACHED',
  eventsHeld: 'EVENTS_HELD',
  eventParticipants: 'EVENT_PARTICIPANTS',
  feedbackResponses: 'FEEDBACK_RESPONSES',
  feedbackAverage: 'FEEDBACK_AVERAGE_SCORE',
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
    filterInput: IndicatorResultsFilterInput | null = null,
  ): Promise<ReportData> {
    const network = await this.prisma.network.findUnique({
      where: { slug: networkSlug },
      select: { id: true, slug: true, name: true },
    });
    if (!network) throw notFound('Network', networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, organizationId);
    const range = periodRange(spec, 'period');
    const orgId = organizationId || undefined;
    const organization = orgId ? await this.member(network.id, orgId) : null;
    // The same check as the results page's: ids and codes exist, in the network and the reader's scope.
    const filter = await checkResultsFilter(
      this.prisma,
      this.authz,
      actor,
      network.id,
      orgId,
      filterInput,
    );

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
      this.results.values(network.id, orgId, range, indicators, filter),
      this.prisma.indicatorTarget.findMany({
        where: {
          ...targetWhere(
            filter,
            indicators.map((row) => row.id),
          ),
          periodKind: range.kind,
          periodStart: range.start,
        },
      }),
      this.prisma.reportedFigure.findMany({
        where: {
          // Reported figures are per service, not per area: none under an area filter.
          indicatorId: { in: byArea(filter) ? [] : indicators.map((row) => row.id) },
          service: filteredServices(filter, range),
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
        // A funder filter: that funder's sheet only.
        ...(filter.funderName ? { funderName: filter.funderName } : {}),
        ...(filter.fundingType ? { type: filter.fundingType } : {}),
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
      filter,
    };
    const [counts, reach, filters] = await Promise.all([
      Promise.all(
        Object.entries(ACTIVITY_KINDS).map(
          async ([key, kind]) =>
            [
              key,
              filterApplies(filter, 'COMPUTED', kind)
                ? await computeIndicator(this.prisma, kind, scope)
                : null,
            ] as const,
        ),
      ),
      reachByArea(this.prisma, scope),
      describeFilter(this.prisma, filter, organization),
    ]);
    const activity = Object.fromEntries(counts) as unknown as ReportActivity;
    return {
      activity,
      reach,
      filters,
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
        filterApplies: filterApplies(filter, row.source, row.computedKind),
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

  /**
   * The organisation of a report: a member of the network (now or once — a past year's report of an
   * ended member may still be read); BAD_USER_INPUT naming `organization` otherwise, so another
   * network's organisation gives nothing, not even its name.
   */
  private async member(networkId: string, organizationId: string) {
    const membership = isUuid(organizationId)
      ? await this.prisma.networkMembership.findUnique({
          where: { networkId_organizationId: { networkId, organizationId } },
          select: { organization: { select: { id: true, name: true } } },
        })
      : null;
    if (!membership) {
      throw new BadUserInputError('organization', 'organization: not a member of the network.');
    }
    return membership.organization;
  }
}

/** The services a service or funder filter selects (as `serviceCondition`), for Prisma. */
function filteredServices(filter: ResultsFilter, range: PeriodRange) {
  if (!filter.serviceId && !filter.funderName && !filter.fundingType) return undefined;
  return {
    ...(filter.serviceId ? { id: filter.serviceId } : {}),
    ...(filter.funderName || filter.fundingType
      ? {
          fundingSources: {
            some: {
              startsOn: { lt: range.end },
              OR: [{ endsOn: null }, { endsOn: { gte: range.start } }],
              ...(filter.funderName ? { funderName: filter.funderName } : {}),
              ...(filter.fundingType ? { type: filter.fundingType } : {}),
            },
          },
        }
      : {}),
  };
}
