import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { visibleServicesWhere } from '../service-offering/service-visibility';
import { type UpdateServiceReferralSettingsInput } from './dto/referral.inputs';
import { parseInput, ZUpdateReferralSettings } from './dto/referral.schema';
import { type ServiceReferralSettingsModel } from './models/referral.model';
import { toReasons } from './referral.mapper';
import { serviceNotFound } from './referrals.errors';

export function toSettingsModel(
  serviceId: string,
  row: { acceptsReferrals: boolean; acceptsContactRequests: boolean; reasons: unknown } | null,
): ServiceReferralSettingsModel {
  return {
    serviceId,
    acceptsReferrals: row?.acceptsReferrals ?? false,
    acceptsContactRequests: row?.acceptsContactRequests ?? false,
    reasons: toReasons(row?.reasons),
  };
}

/**
 * A service's referral settings: whether it takes referrals and contact requests through Linja, and
 * its reasons. Changed by its responsible organisation's staff (`referral.settings`); read publicly
 * through Service.referralSettings.
 */
@Injectable()
export class ReferralSettingsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async update(
    actor: Actor,
    input: UpdateServiceReferralSettingsInput,
  ): Promise<ServiceReferralSettingsModel> {
    const valid = parseInput(ZUpdateReferralSettings, input);
    const service = await this.prisma.service.findFirst({
      where: { AND: [{ id: valid.serviceId }, visibleServicesWhere(actor, new Date())] },
      select: { id: true, networkId: true, responsibleOrganizationId: true },
    });
    if (!service) throw serviceNotFound(input.serviceId);
    this.authz.assert(actor, 'referral.settings', {
      networkId: service.networkId,
      organizationId: service.responsibleOrganizationId,
    });
    const data = {
      acceptsReferrals: valid.acceptsReferrals,
      acceptsContactRequests: valid.acceptsContactRequests,
      reasons: valid.reasons as unknown as Prisma.InputJsonValue,
    };
    const row = await this.prisma.$transaction(async (tx) => {
      const saved = await tx.serviceReferralSettings.upsert({
        where: { serviceId: service.id },
        create: { serviceId: service.id, ...data },
        update: data,
      });
      await this.audit.record(tx, actor, {
        action: 'referral.settingsUpdated',
        entityType: 'ServiceReferralSettings',
        entityId: service.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: service.responsibleOrganizationId,
        note: `referrals ${valid.acceptsReferrals ? 'on' : 'off'}, contact requests ${
          valid.acceptsContactRequests ? 'on' : 'off'
        }, ${valid.reasons.length} reason(s)`,
      });
      return saved;
    });
    return toSettingsModel(service.id, row);
  }
}
