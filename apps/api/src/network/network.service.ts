import { Injectable } from '@nestjs/common';
import { type Network, type NetworkMembership, type Prisma, PrismaClient } from '@linja/db';
import { isValidFreshnessPolicy, verifiedBefore } from '@linja/domain';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { echoInput } from '../common/text/clip';
import { type MembershipFilterInput } from './dto/network-settings.inputs';
import { type UpdateEventSettingsInput } from './dto/update-event-settings.input';
import { type UpdateFreshnessPolicyInput } from './dto/update-freshness-policy.input';
import { type OrganizationFreshnessModel } from './models/network-membership.model';
import { freshnessPolicyOf } from './network.mapper';

@Injectable()
export class NetworkService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  /** Networks by name, then id (a stable keyset order). Networks are public brands. */
  async list(args: PaginationArgs): Promise<Connection<Network>> {
    const page = toPageRequest(args, [cursorPart.text, cursorPart.uuid]);
    const [afterName, afterId] = page.after ?? [];
    const where =
      page.after === undefined
        ? {}
        : {
            OR: [
              { name: { gt: String(afterName) } },
              { name: String(afterName), id: { gt: String(afterId) } },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.network.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.network.count(),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.name, row.id],
      (row) => row,
    );
  }

  async getBySlug(slug: string): Promise<Network> {
    const row = await this.prisma.network.findUnique({ where: { slug } });
    if (!row) {
      throw new DomainError('NOT_FOUND', `No network "${echoInput(slug)}".`, {
        slug: echoInput(slug),
      });
    }
    return row;
  }

  /**
   * Memberships by organisation name, then id (public: who belongs to the brand), optionally by status
   * and role.
   */
  async members(
    networkId: string,
    args: PaginationArgs,
    filter: MembershipFilterInput | null = null,
  ): Promise<Connection<NetworkMembership>> {
    const page = toPageRequest(args, [cursorPart.text, cursorPart.uuid]);
    const [afterName, afterId] = page.after ?? [];
    const filterWhere: Prisma.NetworkMembershipWhereInput = {
      networkId,
      ...(filter?.statuses?.length ? { status: { in: filter.statuses } } : {}),
      ...(filter?.roles?.length ? { role: { in: filter.roles } } : {}),
    };
    const where: Prisma.NetworkMembershipWhereInput =
      page.after === undefined
        ? filterWhere
        : {
            AND: [
              filterWhere,
              {
                OR: [
                  { organization: { name: { gt: String(afterName) } } },
                  { organization: { name: String(afterName) }, id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.networkMembership.findMany({
        where,
        include: { organization: { select: { name: true } } },
        orderBy: [{ organization: { name: 'asc' } }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.networkMembership.count({ where: filterWhere }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.organization.name, row.id],
      ({ organization: _organization, ...row }) => row,
    );
  }

  /** Published services per responsible organisation by freshness state (coordinators). */
  async freshnessReport(
    actor: Actor,
    network: Network,
    now = new Date(),
  ): Promise<(OrganizationFreshnessModel & { id: string })[]> {
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    const policy = freshnessPolicyOf(network);
    const due = verifiedBefore('DUE_FOR_CHECK', policy, now);
    const stale = verifiedBefore('STALE', policy, now);
    const hidden = verifiedBefore('HIDDEN', policy, now);
    const count = (verifiedAt: { gte?: Date; lt?: Date }) =>
      this.prisma.service.groupBy({
        by: ['responsibleOrganizationId'],
        where: { networkId: network.id, status: 'PUBLISHED', verifiedAt },
        _count: { _all: true },
      });
    const [fresh, dueRows, staleRows, hiddenRows] = await Promise.all([
      count({ gte: due }),
      count({ gte: stale, lt: due }),
      count({ gte: hidden, lt: stale }),
      count({ lt: hidden }),
    ]);
    const report = new Map<string, OrganizationFreshnessModel>();
    const add = (rows: typeof fresh, key: 'fresh' | 'dueForCheck' | 'stale' | 'hidden') => {
      for (const row of rows) {
        const entry = report.get(row.responsibleOrganizationId) ?? {
          organizationId: row.responsibleOrganizationId,
          fresh: 0,
          dueForCheck: 0,
          stale: 0,
          hidden: 0,
        };
        entry[key] = row._count._all;
        report.set(row.responsibleOrganizationId, entry);
      }
    };
    add(fresh, 'fresh');
    add(dueRows, 'dueForCheck');
    add(staleRows, 'stale');
    add(hiddenRows, 'hidden');
    return [...report.values()]
      .map((entry) => ({ ...entry, id: entry.organizationId }))
      .sort(
        (a, b) =>
          b.stale + b.hidden - (a.stale + a.hidden) ||
          a.organizationId.localeCompare(b.organizationId),
      );
  }

  /** Sets the policy and recomputes when each published service disappears from public view. */
  async updateFreshnessPolicy(actor: Actor, input: UpdateFreshnessPolicyInput): Promise<Network> {
    const network = isUuid(input.networkId)
      ? await this.prisma.network.findUnique({ where: { id: input.networkId } })
      : null;
    if (!network)
      throw new DomainError('NOT_FOUND', `No network ${input.networkId}.`, { id: input.networkId });
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    const policy = {
      remindMonths: input.remindMonths,
      staleMonths: input.staleMonths,
      hideMonths: input.hideMonths,
    };
    if (!isValidFreshnessPolicy(policy)) {
      throw new BadUserInputError('remindMonths', 'Need 1 ≤ remind ≤ stale ≤ hide ≤ 60 months.');
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.network.update({
        where: { id: network.id },
        data: {
          freshnessRemindMonths: policy.remindMonths,
          freshnessStaleMonths: policy.staleMonths,
          freshnessHideMonths: policy.hideMonths,
        },
      });
      await tx.$executeRaw`UPDATE "service" SET "visible_until" = "verified_at" + make_interval(months => ${policy.hideMonths}::int) WHERE "network_id" = ${network.id}::uuid AND "verified_at" IS NOT NULL`;
      const before = freshnessPolicyOf(network);
      await this.audit.record(tx, actor, {
        action: 'network.freshness_policy_updated',
        entityType: 'Network',
        entityId: network.id,
        networkId: network.id,
        changes: (['remindMonths', 'staleMonths', 'hideMonths'] as const)
          .filter((key) => before[key] !== policy[key])
          .map((key) => ({
            field: `freshnessPolicy.${key}`,
            locale: null,
            before: String(before[key]),
            after: String(policy[key]),
          })),
      });
      return updated;
    });
  }

  /** Sets the network's event rules (its coordinators). */
  async updateEventSettings(actor: Actor, input: UpdateEventSettingsInput): Promise<Network> {
    const network = isUuid(input.networkId)
      ? await this.prisma.network.findUnique({ where: { id: input.networkId } })
      : null;
    if (!network)
      throw new DomainError('NOT_FOUND', `No network ${input.networkId}.`, { id: input.networkId });
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    const days = input.signupRetentionDays;
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      throw new BadUserInputError('signupRetentionDays', 'Give 1–365 days.');
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.network.update({
        where: { id: network.id },
        data: { eventsRequireReview: input.eventsRequireReview, signupRetentionDays: days },
      });
      const changes = [
        ['eventsRequireReview', network.eventsRequireReview, input.eventsRequireReview],
        ['signupRetentionDays', network.signupRetentionDays, days],
      ] as const;
      await this.audit.record(tx, actor, {
        action: 'network.event_settings_updated',
        entityType: 'Network',
        entityId: network.id,
        networkId: network.id,
        changes: changes
          .filter(([, before, after]) => before !== after)
          .map(([field, before, after]) => ({
            field: `eventSettings.${field}`,
            locale: null,
            before: String(before),
            after: String(after),
          })),
      });
      return updated;
    });
  }
}
