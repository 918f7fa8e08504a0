import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';
import { type TFreshness, verifiedBefore } from '@linja/domain';

import { freshnessPolicyOf } from '../network/network.mapper';
import { isUuid } from '../common/ids/is-uuid';
import { type Actor } from '../auth/actor';
import { BadUserInputError } from '../common/errors/domain-error';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { escapeLikePattern } from '../common/text/like-pattern';
import { resolveMunicipalityScope } from '../region/region-scope';
import { type ServiceFilterInput } from './dto/service-filter.input';
import { serviceNotFound } from './service-offering.errors';
import { type ServiceParent, toServiceParent } from './service-offering.mapper';
import { isServiceVisible, staffServicesWhere, visibleServicesWhere } from './service-visibility';

/** Reading services: one service, and filtered, paginated lists, always within what the actor may see. */
@Injectable()
export class ServiceQueryService {
  constructor(private readonly prisma: PrismaClient) {}

  /** NOT_FOUND both when the service does not exist and when the actor may not see it. */
  async getVisible(actor: Actor, id: string): Promise<ServiceParent> {
    if (!isUuid(id)) throw serviceNotFound(id);
    const row = await this.prisma.service.findUnique({ where: { id } });
    if (!row || !isServiceVisible(actor, row, new Date())) throw serviceNotFound(id);
    return toServiceParent(row);
  }

  async list(
    actor: Actor,
    filter: ServiceFilterInput | null | undefined,
    args: PaginationArgs,
  ): Promise<Connection<ServiceParent>> {
    const page = toPageRequest(args, [cursorPart.text, cursorPart.uuid]);
    const where = await this.buildWhere(actor, filter ?? {}, new Date());
    const [afterName, afterId] = page.after ?? [];
    const pageWhere: Prisma.ServiceWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { sortName: { gt: String(afterName) } },
                  { sortName: String(afterName), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.service.findMany({
        where: pageWhere,
        orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.service.count({ where }),
    ]);
    return toConnection(rows, page, totalCount, (row) => [row.sortName, row.id], toServiceParent);
  }

  private async buildWhere(
    actor: Actor,
    filter: ServiceFilterInput,
    now: Date,
  ): Promise<Prisma.ServiceWhereInput> {
    const and: Prisma.ServiceWhereInput[] = [visibleServicesWhere(actor, now)];
    and.push({
      status: { in: (filter.statuses ?? ['PUBLISHED']) as Prisma.EnumServiceStatusFilter['in'] },
    });

    if (filter.awaitingReview !== null && filter.awaitingReview !== undefined) {
      // Whether an edit waits for review is staff knowledge: only within the actor's staff scope.
      and.push(staffServicesWhere(actor) ?? { id: { in: [] } });
      and.push(
        filter.awaitingReview
          ? { workingRevision: { is: { state: 'SUBMITTED' } } }
          : { NOT: { workingRevision: { is: { state: 'SUBMITTED' } } } },
      );
    }
    if (filter.networkSlug) and.push({ network: { slug: filter.networkSlug } });
    if (filter.organizationId) {
      if (!isUuid(filter.organizationId))
        throw new BadUserInputError('organizationId', 'Not an id.');
      and.push({
        OR: [
          { responsibleOrganizationId: filter.organizationId },
          { deliveries: { some: { organizationId: filter.organizationId } } },
        ],
      });
    }
    if (filter.age !== null && filter.age !== undefined) {
      if (!Number.isInteger(filter.age) || filter.age < 0 || filter.age > 120) {
        throw new BadUserInputError('age', 'Age must be between 0 and 120.');
      }
      and.push({ OR: [{ ageMin: null }, { ageMin: { lte: filter.age } }] });
      and.push({ OR: [{ ageMax: null }, { ageMax: { gte: filter.age } }] });
    }
    for (const [field, ids] of [
      ['themeIds', filter.themeIds],
      ['targetGroupIds', filter.targetGroupIds],
    ] as const) {
      if (!ids || ids.length === 0) continue;
      if (!ids.every((id) => isUuid(id))) throw new BadUserInputError(field, 'Not a list of ids.');
      and.push({ terms: { some: { termId: { in: ids } } } });
    }
    if (filter.serviceLanguages?.length)
      and.push({ serviceLanguages: { hasSome: filter.serviceLanguages } });
    if (filter.channels?.length) and.push({ channels: { hasSome: filter.channels } });
    if (filter.freeOfCharge !== null && filter.freeOfCharge !== undefined) {
      and.push({ cost: filter.freeOfCharge ? 'FREE' : 'FEE' });
    }
    if (filter.nameContains) {
      and.push({
        sortName: { contains: escapeLikePattern(filter.nameContains), mode: 'insensitive' },
      });
    }

    const delivery = await this.deliveryCondition(filter);
    if (delivery) and.push({ deliveries: { some: delivery } });
    if (filter.freshness?.length)
      and.push(await this.freshnessCondition(filter.freshness as TFreshness[], now));
    return { AND: and };
  }

  /** Region inclusion: a municipality is served directly, through its wellbeing area or region, nationwide or remotely. */
  private async deliveryCondition(
    filter: ServiceFilterInput,
  ): Promise<Prisma.ServiceDeliveryWhereInput | undefined> {
    const hasAccepting = filter.acceptingClients !== null && filter.acceptingClients !== undefined;
    if (!filter.municipalityCode && !hasAccepting) return undefined;
    const condition: Prisma.ServiceDeliveryWhereInput = { status: 'ACTIVE' };
    if (hasAccepting) condition.acceptingClients = Boolean(filter.acceptingClients);
    if (filter.municipalityCode) {
      const place = await resolveMunicipalityScope(this.prisma, filter.municipalityCode);
      condition.OR = [
        { isNationwide: true },
        { isRemote: true },
        {
          areas: {
            some: {
              OR: [
                { municipalityCode: place.municipalityCode },
                { wellbeingAreaCode: place.wellbeingAreaCode },
                { regionCode: place.regionCode },
              ],
            },
          },
        },
      ];
    }
    return condition;
  }

  /** Freshness depends on each network's policy: one verifiedAt range per network and state. */
  private async freshnessCondition(
    states: TFreshness[],
    now: Date,
  ): Promise<Prisma.ServiceWhereInput> {
    const networks = await this.prisma.network.findMany({
      select: {
        id: true,
        freshnessRemindMonths: true,
        freshnessStaleMonths: true,
        freshnessHideMonths: true,
      },
    });
    const parts: Prisma.ServiceWhereInput[] = [];
    for (const network of networks) {
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
      for (const state of states) parts.push({ networkId: network.id, verifiedAt: ranges[state] });
    }
    return { OR: parts };
  }
}
