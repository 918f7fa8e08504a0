import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { resolveMunicipalityScope } from '../region/region-scope';
import { type CreateContactRequestInput, type CreateReferralInput } from './dto/referral.inputs';
import {
  parseInput,
  type TCreateContactRequest,
  type TCreateReferral,
  ZCreateContactRequest,
  ZCreateReferral,
} from './dto/referral.schema';
import { ReferralCryptoService, referralContext } from './crypto/referral-crypto.service';
import { type ReferralReceiptModel } from './models/referral.model';
import { toReasons } from './referral.mapper';
import { REFERRAL_MAIL_INCLUDE, ReferralMailService } from './referral-mail.service';
import {
  deliveryNotReaching,
  notAccepted,
  serviceNotFound,
  unknownReason,
} from './referrals.errors';

/** An ACTIVE delivery of the service that reaches the municipality (the search's reach rule). */
function reachingDeliveryWhere(
  serviceId: string,
  deliveryId: string,
  place: { municipalityCode: string; wellbeingAreaCode: string; regionCode: string },
): Prisma.ServiceDeliveryWhereInput {
  return {
    id: deliveryId,
    serviceId,
    status: 'ACTIVE',
    OR: [
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
    ],
  };
}

/**
 * Making referrals (a verified professional of the service's network, `referral.create`) and contact
 * requests (anyone, rate-limited). The client's contact fields and the message are encrypted before
 * they reach the database; the audit entry and the organisation's notice hold none of them. The
 * person who asked to be contacted is never mailed.
 */
@Injectable()
export class ReferralIntakeService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly crypto: ReferralCryptoService,
    private readonly mails: ReferralMailService,
  ) {}

  /** A published service in its freshness window with its settings, or NOT_FOUND. */
  private async service(serviceId: string) {
    const service = await this.prisma.service.findFirst({
      where: { id: serviceId, status: 'PUBLISHED', visibleUntil: { gt: new Date() } },
      select: {
        id: true,
        networkId: true,
        responsibleOrganizationId: true,
        referralSettings: true,
      },
    });
    if (!service) throw serviceNotFound(serviceId);
    return service;
  }

  async createReferral(actor: Actor, input: CreateReferralInput): Promise<ReferralReceiptModel> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    const valid: TCreateReferral = parseInput(ZCreateReferral, input);
    const service = await this.service(valid.serviceId);
    this.authz.assert(actor, 'referral.create', { networkId: service.networkId });
    if (!service.referralSettings?.acceptsReferrals) throw notAccepted('REFERRAL');
    const reasons = toReasons(service.referralSettings.reasons);
    if (!reasons.some((reason) => reason.key === valid.reasonKey)) {
      throw unknownReason('input.reasonKey');
    }
    const place = await resolveMunicipalityScope(
      this.prisma,
      valid.municipalityCode,
      'input.municipalityCode',
    );
    const delivery = await this.prisma.serviceDelivery.findFirst({
      where: reachingDeliveryWhere(service.id, valid.deliveryId, place),
      select: { id: true, organizationId: true },
    });
    if (!delivery) throw deliveryNotReaching('input.deliveryId');
    const givesContact = Boolean(valid.clientName || valid.clientPhone || valid.clientEmail);
    return this.store(actor, {
      kind: 'REFERRAL',
      networkId: service.networkId,
      serviceId: service.id,
      deliveryId: delivery.id,
      organizationId: delivery.organizationId,
      // Development actors (tests) have no account to link.
      referrerId: isUuid(actor.id) ? actor.id : null,
      municipalityCode: place.municipalityCode,
      reasonKey: valid.reasonKey,
      urgency: valid.urgency,
      contactMethod: valid.contactMethod,
      contactWindow: valid.contactWindow,
      consentAt: givesContact ? new Date() : null,
      clientName: valid.clientName,
      clientPhone: valid.clientPhone,
      clientEmail: valid.clientEmail,
      message: valid.message,
    });
  }

  async createContactRequest(
    actor: Actor,
    input: CreateContactRequestInput,
    ipAddress: string | undefined,
  ): Promise<ReferralReceiptModel> {
    await this.rateLimits.consume('contactRequest', `ip|${ipAddress ?? '?'}`);
    const valid: TCreateContactRequest = parseInput(ZCreateContactRequest, input);
    const service = await this.service(valid.serviceId);
    if (!service.referralSettings?.acceptsContactRequests) throw notAccepted('CONTACT_REQUEST');
    let organizationId = service.responsibleOrganizationId;
    let deliveryId: string | null = null;
    if (valid.deliveryId) {
      const delivery = await this.prisma.serviceDelivery.findFirst({
        where: { id: valid.deliveryId, serviceId: service.id, status: 'ACTIVE' },
        select: { id: true, organizationId: true },
      });
      if (!delivery) throw deliveryNotReaching('input.deliveryId');
      organizationId = delivery.organizationId;
      deliveryId = delivery.id;
    }
    return this.store(actor, {
      kind: 'CONTACT_REQUEST',
      networkId: service.networkId,
      serviceId: service.id,
      deliveryId,
      organizationId,
      referrerId: null,
      municipalityCode: null,
      reasonKey: null,
      urgency: 'ROUTINE',
      contactMethod: valid.phone && valid.email ? 'ANY' : valid.phone ? 'PHONE' : 'EMAIL',
      contactWindow: valid.contactWindow,
      // The person gives their own details by sending the form.
      consentAt: new Date(),
      clientName: undefined,
      clientPhone: valid.phone,
      clientEmail: valid.email,
      message: valid.message,
    });
  }

  private async store(
    actor: Actor,
    fields: Omit<
      Prisma.ReferralUncheckedCreateInput,
      'id' | 'clientNameEnc' | 'clientPhoneEnc' | 'clientEmailEnc' | 'messageEnc' | 'keyId'
    > & {
      kind: 'REFERRAL' | 'CONTACT_REQUEST';
      organizationId: string;
      networkId: string;
      serviceId: string;
      clientName: string | undefined;
      clientPhone: string | undefined;
      clientEmail: string | undefined;
      message: string | undefined;
    },
  ): Promise<ReferralReceiptModel> {
    const { clientName, clientPhone, clientEmail, message, ...plain } = fields;
    const id = randomUUID();
    const encrypted = {
      clientNameEnc: this.crypto.encryptOptional(clientName, referralContext(id, 'clientName')),
      clientPhoneEnc: this.crypto.encryptOptional(clientPhone, referralContext(id, 'clientPhone')),
      clientEmailEnc: this.crypto.encryptOptional(clientEmail, referralContext(id, 'clientEmail')),
      messageEnc: this.crypto.encryptOptional(message, referralContext(id, 'message')),
    };
    const hasEncrypted = Object.values(encrypted).some((value) => value !== null);
    const mailIds = await this.prisma.$transaction(async (tx) => {
      const row = await tx.referral.create({
        data: {
          id,
          ...plain,
          ...encrypted,
          keyId: hasEncrypted ? this.crypto.currentKeyId : null,
        },
        include: REFERRAL_MAIL_INCLUDE,
      });
      await this.audit.record(tx, actor, {
        action: fields.kind === 'REFERRAL' ? 'referral.created' : 'referral.contactRequested',
        entityType: 'Referral',
        entityId: row.id,
        serviceId: row.serviceId,
        networkId: row.networkId,
        organizationId: row.organizationId,
        note: `${fields.kind === 'REFERRAL' ? 'referral' : 'contact request'} ${row.id}: NEW`,
      });
      return this.mails.writeNew(tx, row);
    });
    await this.mails.dispatch(mailIds);
    return { id, status: 'NEW' };
  }
}
