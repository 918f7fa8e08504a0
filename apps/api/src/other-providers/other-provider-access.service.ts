import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';

/**
 * Who keeps a network's list of other providers: its coordinators (and platform admins), and — only
 * when the network allows it (`otherProvidersByMembers`) — the staff of an organisation that is an
 * ACTIVE member of that network. The permission is the map's `otherProvider.manage`; this adds the
 * network's setting and the membership, both read from the database.
 */
@Injectable()
export class OtherProviderAccess {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  async mayManage(
    actor: Actor,
    network: { id: string; otherProvidersByMembers: boolean },
  ): Promise<boolean> {
    if (this.authz.can(actor, 'otherProvider.manage', { networkId: network.id })) return true;
    if (actor.kind !== 'user' || !network.otherProvidersByMembers) return false;
    const organizationIds = actor.grants.flatMap((grant) =>
      (grant.role === 'ORG_ADMIN' || grant.role === 'ORG_EDITOR') &&
      this.authz.can(actor, 'otherProvider.manage', { organizationId: grant.organizationId })
        ? [grant.organizationId]
        : [],
    );
    if (organizationIds.length === 0) return false;
    const active = await this.prisma.networkMembership.count({
      where: { networkId: network.id, organizationId: { in: organizationIds }, status: 'ACTIVE' },
    });
    return active > 0;
  }

  /** FORBIDDEN (UNAUTHENTICATED for an anonymous caller) unless `mayManage`. */
  async assertManage(
    actor: Actor,
    network: { id: string; otherProvidersByMembers: boolean },
  ): Promise<void> {
    if (await this.mayManage(actor, network)) return;
    this.authz.assert(actor, 'otherProvider.manage', { networkId: network.id });
  }
}
