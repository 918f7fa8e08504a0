import { Injectable } from '@nestjs/common';
import { type Network, Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { type CreateNetworkInput } from './dto/create-network.input';
import { toValidNetwork } from './dto/create-network.schema';

/** What only platform admins do: create networks (their coordinators are then invited). */
@Injectable()
export class PlatformAdminService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async createNetwork(actor: Actor, input: CreateNetworkInput): Promise<Network> {
    // Checked against an empty scope: only a grant that covers every scope (platform admin) passes.
    this.authz.assert(actor, 'network.create', {});
    const network = toValidNetwork(input);
    const taken = await this.prisma.network.findUnique({
      where: { slug: network.slug },
      select: { id: true },
    });
    const slugTaken = () =>
      new DomainError('CONFLICT', `The slug "${network.slug}" is taken.`, { field: 'slug' });
    if (taken) throw slugTaken();
    return this.prisma
      .$transaction(async (tx) => {
        const created = await tx.network.create({
          data: {
            slug: network.slug,
            name: network.name,
            description: network.description,
            contactEmail: network.contactEmail ?? null,
            website: network.website ?? null,
          },
        });
        await this.audit.record(tx, actor, {
          action: 'network.created',
          entityType: 'Network',
          entityId: created.id,
          networkId: created.id,
          note: `slug ${created.slug}`,
        });
        return created;
      })
      .catch((error: unknown) => {
        // Taken between the check and the insert.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw slugTaken();
        }
        throw error;
      });
  }
}
