import { Injectable } from '@nestjs/common';
import { type Organization, type Prisma, PrismaClient } from '@linja/db';

import { isUuid } from '../common/ids/is-uuid';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import {
  type CreateOrganizationInput,
  type UpdateOrganizationInput,
} from './dto/organization.inputs';
import { type TOrganizationProfile, toValidProfile } from './dto/organization-profile.schema';

function profileData(profile: TOrganizationProfile) {
  return {
    name: profile.name,
    businessId: profile.businessId ?? null,
    website: profile.website ?? null,
    description: profile.description as Prisma.InputJsonValue,
    contactEmail: profile.contactEmail ?? null,
    contactPhone: profile.contactPhone ?? null,
  };
}

/** Organisations: public profiles; coordinators add members to their network; org admins edit their own. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Organization> {
    const row = isUuid(id) ? await this.prisma.organization.findUnique({ where: { id } }) : null;
    if (!row) throw new DomainError('NOT_FOUND', `No organisation ${id}.`, { id });
    return row;
  }

  async create(actor: Actor, input: CreateOrganizationInput): Promise<Organization> {
    this.authz.assert(actor, 'organization.create', { networkId: input.networkId });
    const profile = toValidProfile(input.profile);
    await this.assertBusinessIdFree(profile.businessId, null);
    return this.prisma.$transaction(async (tx) => {
      const organization = await tx.organization.create({ data: profileData(profile) });
      await tx.networkMembership.create({
        data: {
          networkId: input.networkId,
          organizationId: organization.id,
          role: input.role as 'MEMBER' | 'PARTNER' | 'COORDINATOR',
          since: new Date(),
        },
      });
      await this.audit.record(tx, actor, {
        action: 'organization.created',
        entityType: 'Organization',
        entityId: organization.id,
        networkId: input.networkId,
        organizationId: organization.id,
        note: `joined as ${input.role}`,
      });
      return organization;
    });
  }

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<Organization> {
    const current = await this.get(input.id);
    this.authz.assert(actor, 'organization.update', { organizationId: current.id });
    const profile = toValidProfile(input.profile);
    await this.assertBusinessIdFree(profile.businessId, current.id);
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.organization.update({
        where: { id: current.id },
        data: profileData(profile),
      });
      const changes = (['name', 'businessId', 'website', 'contactEmail', 'contactPhone'] as const)
        .filter((field) => current[field] !== updated[field])
        .map((field) => ({ field, locale: null, before: current[field], after: updated[field] }));
      await this.audit.record(tx, actor, {
        action: 'organization.updated',
        entityType: 'Organization',
        entityId: current.id,
        organizationId: current.id,
        changes,
      });
      return updated;
    });
  }

  private async assertBusinessIdFree(
    businessId: string | undefined,
    exceptId: string | null,
  ): Promise<void> {
    if (!businessId) return;
    const other = await this.prisma.organization.findUnique({
      where: { businessId },
      select: { id: true },
    });
    if (other && other.id !== exceptId) {
      throw new DomainError('CONFLICT', 'Another organisation has this business ID.', {
        field: 'profile.businessId',
      });
    }
  }
}
