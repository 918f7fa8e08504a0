import { Injectable } from '@nestjs/common';
import { type NetworkMembership, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type ChangeMembershipInput } from './dto/network-settings.inputs';

type MembershipStatus = NetworkMembership['status'];

const TRANSITIONS = {
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED', action: 'membership.suspended', needsReason: true },
  reactivate: {
    from: ['SUSPENDED'],
    to: 'ACTIVE',
    action: 'membership.reactivated',
    needsReason: false,
  },
  end: {
    from: ['ACTIVE', 'SUSPENDED'],
    to: 'ENDED',
    action: 'membership.ended',
    needsReason: true,
  },
} as const satisfies Record<
  string,
  { from: readonly MembershipStatus[]; to: MembershipStatus; action: string; needsReason: boolean }
>;
export type MembershipChange = keyof typeof TRANSITIONS;

/**
 * A network's coordinators suspend, reactivate and end the memberships of member and partner
 * organisations. Suspended or ended members keep their published services (the coordinator archives
 * them if needed) but cannot add services or deliveries in the network, and their admins can no longer
 * be invited by its coordinators; ENDED is final (add the organisation again with createOrganization).
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async change(
    actor: Actor,
    change: MembershipChange,
    input: ChangeMembershipInput,
  ): Promise<NetworkMembership> {
    const membership = isUuid(input.id)
      ? await this.prisma.networkMembership.findUnique({ where: { id: input.id } })
      : null;
    if (!membership) {
      throw new DomainError('NOT_FOUND', `No membership ${input.id}.`, { id: input.id });
    }
    this.authz.assert(actor, 'network.manage', { networkId: membership.networkId });
    const rule = TRANSITIONS[change];
    if (membership.role === 'COORDINATOR') {
      throw new BadUserInputError('id', "The network's coordinating organisation stays a member.");
    }
    if (!(rule.from as readonly MembershipStatus[]).includes(membership.status)) {
      throw new BadUserInputError(
        'id',
        `A ${membership.status} membership cannot be changed this way (${change}).`,
      );
    }
    const reason = input.reason?.trim() ?? '';
    if (reason.length > 500) throw new BadUserInputError('reason', 'At most 500 characters.');
    if (rule.needsReason && reason.length === 0) {
      throw new BadUserInputError('reason', 'Give the reason (it is shown to the organisation).');
    }
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.networkMembership.updateMany({
        where: { id: membership.id, status: membership.status },
        data: { status: rule.to, statusReason: reason || null, statusSince: new Date() },
      });
      if (count === 0) {
        throw new DomainError('CONFLICT', 'The membership changed meanwhile; reload it.', {
          id: membership.id,
        });
      }
      await this.audit.record(tx, actor, {
        action: rule.action,
        entityType: 'NetworkMembership',
        entityId: membership.id,
        networkId: membership.networkId,
        organizationId: membership.organizationId,
        changes: [{ field: 'status', locale: null, before: membership.status, after: rule.to }],
        ...(reason ? { note: reason } : {}),
      });
      return tx.networkMembership.findUniqueOrThrow({ where: { id: membership.id } });
    });
  }
}
