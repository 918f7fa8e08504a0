import { Injectable } from '@nestjs/common';
import { type Network, type Prisma, PrismaClient, type ServiceRevision } from '@linja/db';
import { type FreshnessPolicy, verifiedBefore } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { draftReadableScopes } from '../authz/permissions';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { freshnessPolicyOf } from '../network/network.mapper';
import { type ServiceParent, toServiceParent } from '../service-offering/service-offering.mapper';
import { staffServicesWhere } from '../service-offering/service-visibility';

export interface ReviewQueueEntry {
  id: string;
  submittedAt: Date;
  isNewService: boolean;
  revision: ServiceRevision;
  service: ServiceParent;
}

export interface AreaCoverage {
  id: string; // the area code (cursor)
  wellbeingAreaCode: string;
  serviceCount: number;
  plannedDeliveryCount: number;
  municipalities: { municipalityCode: string; serviceCount: number }[];
}

interface CoverageRow {
  municipality_code: string;
  wellbeing_area_code: string;
  name_fi: string;
  published: number;
  planned: number;
}

interface AreaRow {
  wellbeing_area_code: string;
  published: number;
  planned: number;
}

/**
 * What a coordinator's dashboard shows about a network: the review queue, where its services are
 * delivered, and the figures that matter. Every part is for the network's coordinators
 * (`network.manage`); each is a few set-based queries, whatever the size of the network.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  /** Submitted revisions waiting for review, the oldest submission first. */
  async reviewQueue(
    actor: Actor,
    networkId: string,
    args: PaginationArgs,
  ): Promise<Connection<ReviewQueueEntry>> {
    this.authz.assert(actor, 'network.manage', { networkId });
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const where: Prisma.ServiceRevisionWhereInput = {
      state: 'SUBMITTED',
      submittedAt: { not: null },
      workingService: { is: { networkId } },
    };
    const pageWhere: Prisma.ServiceRevisionWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { submittedAt: { gt: new Date(String(afterAt)) } },
                  { submittedAt: new Date(String(afterAt)), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.serviceRevision.findMany({
        where: pageWhere,
        include: { workingService: true },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.serviceRevision.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [(row.submittedAt ?? row.updatedAt).toISOString(), row.id],
      ({ workingService, ...revision }) => {
        if (!workingService) throw new Error(`revision ${revision.id} lost its service`);
        return {
          id: revision.id,
          submittedAt: revision.submittedAt ?? revision.updatedAt,
          isNewService: workingService.publishedRevisionId === null,
          revision,
          service: toServiceParent(workingService),
        };
      },
    );
  }

  /**
   * Where the network's published services are delivered (ACTIVE deliveries), per wellbeing area and
   * municipality; a delivery to a whole area or region counts for each of its municipalities. Also the
   * deliveries being planned per area. Nationwide and remote deliveries are not placed on the map.
   */
  async coverage(actor: Actor, networkId: string): Promise<AreaCoverage[]> {
    this.authz.assert(actor, 'network.manage', { networkId });
    return this.computeCoverage(networkId);
  }

  async stats(actor: Actor, network: Network, now = new Date()) {
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    const policy = freshnessPolicyOf(network);
    const published = (verifiedAt?: Prisma.DateTimeNullableFilter) =>
      this.prisma.service.count({
        where: {
          networkId: network.id,
          status: 'PUBLISHED',
          ...(verifiedAt ? { verifiedAt } : {}),
        },
      });
    const [byStatus, awaitingReview, due, stale, hidden, wide, memberships, planned, coverage] =
      await Promise.all([
        this.prisma.service.groupBy({
          by: ['status'],
          where: { networkId: network.id },
          _count: { _all: true },
        }),
        this.prisma.service.count({
          where: { networkId: network.id, workingRevision: { is: { state: 'SUBMITTED' } } },
        }),
        published(freshnessRange('DUE_FOR_CHECK', policy, now)),
        published(freshnessRange('STALE', policy, now)),
        published(freshnessRange('HIDDEN', policy, now)),
        this.prisma.service.count({
          where: {
            networkId: network.id,
            status: 'PUBLISHED',
            deliveries: {
              some: { status: 'ACTIVE', OR: [{ isNationwide: true }, { isRemote: true }] },
            },
          },
        }),
        this.prisma.networkMembership.groupBy({
          by: ['status', 'role'],
          where: { networkId: network.id },
          _count: { _all: true },
        }),
        this.prisma.serviceDelivery.count({
          where: { status: 'PLANNING', service: { networkId: network.id } },
        }),
        this.computeCoverage(network.id),
      ]);
    const statusCount = (status: string) =>
      byStatus.find((row) => row.status === status)?._count._all ?? 0;
    const membershipCount = (status: string, roles: string[]) =>
      memberships
        .filter((row) => row.status === status && roles.includes(row.role))
        .reduce((sum, row) => sum + row._count._all, 0);
    const served = coverage.filter((area) => area.serviceCount > 0);
    return {
      publishedServices: statusCount('PUBLISHED'),
      draftServices: statusCount('DRAFT'),
      archivedServices: statusCount('ARCHIVED'),
      awaitingReview,
      dueForCheck: due,
      stale,
      hidden,
      nationwideOrRemoteServices: wide,
      wellbeingAreasCovered: served.length,
      municipalitiesCovered: served.reduce((sum, area) => sum + area.municipalities.length, 0),
      activeMembers: membershipCount('ACTIVE', ['MEMBER']),
      activePartners: membershipCount('ACTIVE', ['PARTNER']),
      suspendedMembers: membershipCount('SUSPENDED', ['MEMBER', 'PARTNER']),
      plannedDeliveries: planned,
    };
  }

  /**
   * An organisation's published services that need a "still valid" check (due, stale or hidden under
   * their network's policy), least recently verified first. Its staff see all of them; a coordinator
   * sees those in their network, if the organisation is a member of it.
   */
  async servicesDueForCheck(
    actor: Actor,
    organizationId: string,
    args: PaginationArgs,
    now = new Date(),
  ): Promise<Connection<ServiceParent>> {
    if (!isUuid(organizationId)) {
      throw new DomainError('NOT_FOUND', `No organisation ${organizationId}.`, {
        id: organizationId,
      });
    }
    await this.assertMayFollow(actor, organizationId);
    const networks = await this.prisma.network.findMany({
      where: { memberships: { some: { organizationId } } },
    });
    const staff = staffServicesWhere(actor) ?? { id: { in: [] } };
    const where: Prisma.ServiceWhereInput = {
      AND: [
        staff,
        { responsibleOrganizationId: organizationId, status: 'PUBLISHED' },
        {
          OR: networks.map((network) => ({
            networkId: network.id,
            verifiedAt: { lt: verifiedBefore('DUE_FOR_CHECK', freshnessPolicyOf(network), now) },
          })),
        },
      ],
    };
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const pageWhere: Prisma.ServiceWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { verifiedAt: { gt: new Date(String(afterAt)) } },
                  { verifiedAt: new Date(String(afterAt)), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.service.findMany({
        where: pageWhere,
        orderBy: [{ verifiedAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.service.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [(row.verifiedAt ?? row.createdAt).toISOString(), row.id],
      toServiceParent,
    );
  }

  /** The organisation's staff, platform admins, or a coordinator of a network it belongs to. */
  private async assertMayFollow(actor: Actor, organizationId: string): Promise<void> {
    if (this.authz.can(actor, 'service.confirmValid', { organizationId })) return;
    const { networkIds } = draftReadableScopes(actor);
    if (networkIds.length > 0) {
      const membership = await this.prisma.networkMembership.findFirst({
        where: { organizationId, networkId: { in: networkIds } },
        select: { id: true },
      });
      if (membership) return;
    }
    this.authz.assert(actor, 'service.confirmValid', { organizationId });
  }

  private async computeCoverage(networkId: string): Promise<AreaCoverage[]> {
    // One pass: (service or planned delivery) × the municipalities it reaches.
    const reach = (status: 'ACTIVE' | 'PLANNING') => this.prisma.$queryRaw<CoverageRow[]>`
      SELECT m."code" AS municipality_code, m."wellbeing_area_code", m."name_fi",
             count(DISTINCT sd."service_id")::int AS published, 0::int AS planned
      FROM "service_delivery" sd
      JOIN "service" s ON s."id" = sd."service_id"
      JOIN "delivery_area" da ON da."delivery_id" = sd."id"
      JOIN "municipality" m ON m."code" = da."municipality_code"
        OR m."wellbeing_area_code" = da."wellbeing_area_code"
        OR m."region_code" = da."region_code"
      WHERE s."network_id" = ${networkId}::uuid AND sd."status" = ${status}::"delivery_status"
        AND (${status} = 'PLANNING' OR s."status" = 'PUBLISHED')
      GROUP BY m."code", m."wellbeing_area_code", m."name_fi"`;
    const areas = (status: 'ACTIVE' | 'PLANNING') => this.prisma.$queryRaw<AreaRow[]>`
      SELECT m."wellbeing_area_code",
             count(DISTINCT CASE WHEN ${status} = 'ACTIVE' THEN sd."service_id" END)::int AS published,
             count(DISTINCT CASE WHEN ${status} = 'PLANNING' THEN sd."id" END)::int AS planned
      FROM "service_delivery" sd
      JOIN "service" s ON s."id" = sd."service_id"
      JOIN "delivery_area" da ON da."delivery_id" = sd."id"
      JOIN "municipality" m ON m."code" = da."municipality_code"
        OR m."wellbeing_area_code" = da."wellbeing_area_code"
        OR m."region_code" = da."region_code"
      WHERE s."network_id" = ${networkId}::uuid AND sd."status" = ${status}::"delivery_status"
        AND (${status} = 'PLANNING' OR s."status" = 'PUBLISHED')
      GROUP BY m."wellbeing_area_code"`;
    const [municipalities, activeAreas, plannedAreas] = await Promise.all([
      reach('ACTIVE'),
      areas('ACTIVE'),
      areas('PLANNING'),
    ]);
    const byArea = new Map<string, AreaCoverage>();
    const area = (code: string) => {
      let entry = byArea.get(code);
      if (!entry) {
        entry = {
          id: code,
          wellbeingAreaCode: code,
          serviceCount: 0,
          plannedDeliveryCount: 0,
          municipalities: [],
        };
        byArea.set(code, entry);
      }
      return entry;
    };
    for (const row of activeAreas) area(row.wellbeing_area_code).serviceCount = row.published;
    for (const row of plannedAreas)
      area(row.wellbeing_area_code).plannedDeliveryCount = row.planned;
    const sorted = [...municipalities].sort((a, b) =>
      a.name_fi === b.name_fi
        ? a.municipality_code.localeCompare(b.municipality_code)
        : a.name_fi.localeCompare(b.name_fi, 'fi'),
    );
    for (const row of sorted) {
      area(row.wellbeing_area_code).municipalities.push({
        municipalityCode: row.municipality_code,
        serviceCount: row.published,
      });
    }
    return [...byArea.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

function freshnessRange(
  state: 'DUE_FOR_CHECK' | 'STALE' | 'HIDDEN',
  policy: FreshnessPolicy,
  now: Date,
): Prisma.DateTimeNullableFilter {
  const due = verifiedBefore('DUE_FOR_CHECK', policy, now);
  const stale = verifiedBefore('STALE', policy, now);
  const hidden = verifiedBefore('HIDDEN', policy, now);
  switch (state) {
    case 'DUE_FOR_CHECK':
      return { gte: stale, lt: due };
    case 'STALE':
      return { gte: hidden, lt: stale };
    case 'HIDDEN':
      return { lt: hidden };
  }
}
