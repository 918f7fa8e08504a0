import { Injectable } from '@nestjs/common';
import { type Network, type Prisma, PrismaClient } from '@linja/db';
import { type TFreshness, verifiedBefore } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { escapeLikePattern } from '../common/text/like-pattern';
import { freshnessPolicyOf } from '../network/network.mapper';
import { resolveMunicipalityScope } from '../region/region-scope';
import { type ServiceParent, toServiceParent } from '../service-offering/service-offering.mapper';
import {
  type NetworkServiceListFilterInput,
  type ServiceListOrder,
  type ServiceListState,
} from './dto/network-service-list.input';

export interface MonthlyActivity {
  /** First day of the month (Europe/Helsinki), `YYYY-MM`. */
  month: string;
  submitted: number;
  approved: number;
  returned: number;
}

type SortColumn = 'sortName' | 'updatedAt' | 'createdAt';

const ORDERS: Record<ServiceListOrder, { column: SortColumn; direction: 'asc' | 'desc' }> = {
  NAME_ASC: { column: 'sortName', direction: 'asc' },
  NAME_DESC: { column: 'sortName', direction: 'desc' },
  UPDATED_AT_DESC: { column: 'updatedAt', direction: 'desc' },
  UPDATED_AT_ASC: { column: 'updatedAt', direction: 'asc' },
  CREATED_AT_DESC: { column: 'createdAt', direction: 'desc' },
  CREATED_AT_ASC: { column: 'createdAt', direction: 'asc' },
};

const MAX_MONTHS = 36;

/**
 * All of a network's services for its coordinators (`Network.allServices`), filtered, sorted and paged
 * in the database, and the network's review activity per month.
 */
@Injectable()
export class NetworkServicesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  /** The network's coordinators (`network.manage`) or whoever may read its drafts. */
  private assertMayList(actor: Actor, networkId: string): void {
    if (this.authz.can(actor, 'service.readDrafts', { networkId })) return;
    this.authz.assert(actor, 'network.manage', { networkId });
  }

  async list(
    actor: Actor,
    network: Network,
    filter: NetworkServiceListFilterInput | null | undefined,
    orderBy: ServiceListOrder | null | undefined,
    args: PaginationArgs,
    now = new Date(),
  ): Promise<Connection<ServiceParent>> {
    this.assertMayList(actor, network.id);
    const order = orderBy ?? 'NAME_ASC';
    const { column, direction } = ORDERS[order];
    // The cursor names its order, so a cursor from another sort is refused rather than misread.
    const page = toPageRequest(args, [
      cursorPart.literal(order),
      column === 'sortName' ? cursorPart.text : cursorPart.timestamp,
      cursorPart.uuid,
    ]);
    const where = await this.buildWhere(network, filter ?? {}, now);
    let pageWhere: Prisma.ServiceWhereInput = where;
    if (page.after !== undefined) {
      const [, afterKey, afterId] = page.after;
      const key = column === 'sortName' ? afterKey : new Date(afterKey);
      const beyond = direction === 'asc' ? 'gt' : 'lt';
      pageWhere = {
        AND: [
          where,
          {
            OR: [{ [column]: { [beyond]: key } }, { [column]: key, id: { [beyond]: afterId } }],
          },
        ],
      };
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.service.findMany({
        where: pageWhere,
        orderBy: [{ [column]: direction }, { id: direction }],
        take: page.take + 1,
      }),
      this.prisma.service.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [order, column === 'sortName' ? row.sortName : row[column].toISOString(), row.id],
      toServiceParent,
    );
  }

  private async buildWhere(
    network: Network,
    filter: NetworkServiceListFilterInput,
    now: Date,
  ): Promise<Prisma.ServiceWhereInput> {
    const and: Prisma.ServiceWhereInput[] = [{ networkId: network.id }];
    if (filter.states?.length) {
      and.push({ OR: filter.states.map((state) => stateWhere(state)) });
    }
    if (filter.organizationId) {
      if (!isUuid(filter.organizationId)) {
        throw new BadUserInputError('organizationId', 'Not an id.');
      }
      and.push({
        OR: [
          { responsibleOrganizationId: filter.organizationId },
          { deliveries: { some: { organizationId: filter.organizationId } } },
        ],
      });
    }
    if (filter.freshness?.length) {
      const policy = freshnessPolicyOf(network);
      const due = verifiedBefore('DUE_FOR_CHECK', policy, now);
      const stale = verifiedBefore('STALE', policy, now);
      const hidden = verifiedBefore('HIDDEN', policy, now);
      const ranges: Record<TFreshness, Prisma.DateTimeNullableFilter> = {
        FRESH: { gte: due },
        DUE_FOR_CHECK: { gte: stale, lt: due },
        STALE: { gte: hidden, lt: stale },
        HIDDEN: { lt: hidden },
      };
      and.push({ status: 'PUBLISHED' });
      and.push({
        OR: (filter.freshness as TFreshness[]).map((state) => ({ verifiedAt: ranges[state] })),
      });
    }
    if (filter.municipalityCode) {
      const place = await resolveMunicipalityScope(this.prisma, filter.municipalityCode);
      and.push(
        reaching([
          { municipalityCode: place.municipalityCode },
          { wellbeingAreaCode: place.wellbeingAreaCode },
          { regionCode: place.regionCode },
        ]),
      );
    }
    if (filter.wellbeingAreaCode) {
      const code = filter.wellbeingAreaCode;
      const area = /^\d{2}$/.test(code)
        ? await this.prisma.wellbeingArea.findUnique({
            where: { code },
            select: { code: true, regionCode: true },
          })
        : null;
      if (!area) {
        throw new BadUserInputError('wellbeingAreaCode', `Unknown wellbeing area "${code}".`);
      }
      and.push(
        reaching([
          { wellbeingAreaCode: area.code },
          { regionCode: area.regionCode },
          { municipality: { is: { wellbeingAreaCode: area.code } } },
        ]),
      );
    }
    if (filter.nationwideOrRemote != null) {
      const wide: Prisma.ServiceDeliveryWhereInput = {
        status: 'ACTIVE',
        OR: [{ isNationwide: true }, { isRemote: true }],
      };
      and.push({ deliveries: filter.nationwideOrRemote ? { some: wide } : { none: wide } });
    }
    if (filter.nameContains) {
      and.push({
        sortName: { contains: escapeLikePattern(filter.nameContains), mode: 'insensitive' },
      });
    }
    return { AND: and };
  }

  /**
   * Submissions, approvals and returns per month over the last `months` months (this month included),
   * from the network's audit events: one grouped query, months without events as zeros.
   */
  async activityByMonth(
    actor: Actor,
    networkId: string,
    months: number,
  ): Promise<MonthlyActivity[]> {
    this.authz.assert(actor, 'network.manage', { networkId });
    if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
      throw new BadUserInputError('months', `months must be between 1 and ${MAX_MONTHS}.`);
    }
    const rows = await this.prisma.$queryRaw<MonthlyActivity[]>`
      WITH span AS (
        SELECT generate_series(
                 date_trunc('month', now() AT TIME ZONE 'Europe/Helsinki')
                   - make_interval(months => ${months}::int - 1),
                 date_trunc('month', now() AT TIME ZONE 'Europe/Helsinki'),
                 interval '1 month') AS month
      ),
      counted AS (
        SELECT date_trunc('month', e."occurred_at" AT TIME ZONE 'Europe/Helsinki') AS month,
               count(*) FILTER (WHERE e."action" = 'service.submitted')::int AS submitted,
               count(*) FILTER (WHERE e."action" = 'service.approved')::int AS approved,
               count(*) FILTER (WHERE e."action" = 'service.returned')::int AS returned
        FROM "audit_event" e
        WHERE e."network_id" = ${networkId}::uuid
          AND e."action" IN ('service.submitted', 'service.approved', 'service.returned')
          AND e."occurred_at" >= (SELECT min(month) FROM span) AT TIME ZONE 'Europe/Helsinki'
        GROUP BY 1
      )
      SELECT to_char(span.month, 'YYYY-MM') AS month,
             coalesce(counted.submitted, 0)::int AS submitted,
             coalesce(counted.approved, 0)::int AS approved,
             coalesce(counted.returned, 0)::int AS returned
      FROM span LEFT JOIN counted ON counted.month = span.month
      ORDER BY span.month`;
    return rows;
  }
}

function stateWhere(state: ServiceListState): Prisma.ServiceWhereInput {
  switch (state) {
    case 'DRAFT':
      return {
        status: 'DRAFT',
        NOT: { workingRevision: { is: { state: 'SUBMITTED' } } },
      };
    case 'SUBMITTED':
      return { workingRevision: { is: { state: 'SUBMITTED' } } };
    case 'PUBLISHED':
      return { status: 'PUBLISHED' };
    case 'ARCHIVED':
      return { status: 'ARCHIVED' };
  }
}

/** An ACTIVE delivery with an area among `areas`. */
function reaching(areas: Prisma.DeliveryAreaWhereInput[]): Prisma.ServiceWhereInput {
  return { deliveries: { some: { status: 'ACTIVE', areas: { some: { OR: areas } } } } };
}
