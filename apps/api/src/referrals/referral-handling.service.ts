import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type Referral, type ReferralStatus } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { parseInput, ZDeclineReason, ZNoteText } from './dto/referral.schema';
import { noteContext, ReferralCryptoService } from './crypto/referral-crypto.service';
import { type ReferralModel, type ReferralNoteModel } from './models/referral.model';
import { type ReferralDeclineReason } from './models/referral-enums';
import { toReferralModel } from './referral.mapper';
import { REFERRAL_MAIL_INCLUDE, ReferralMailService } from './referral-mail.service';
import { type ReferralOperation, referralTransition } from './referral-transitions';
import { ReferralInboxService } from './referral-inbox.service';

/**
 * The handling organisation's actions (`referral.handle`): open, accept, decline (a reason from the
 * list), close, record the first contact, and notes (encrypted). Each change runs only from the
 * status it was checked against (a concurrent change answers CONFLICT), with an audit entry that
 * holds no personal data. Accepting or declining a referral mails its referrer the status only.
 */
@Injectable()
export class ReferralHandlingService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly crypto: ReferralCryptoService,
    private readonly mails: ReferralMailService,
    private readonly inbox: ReferralInboxService,
  ) {}

  private async handled(actor: Actor, id: string): Promise<Referral> {
    const row = await this.inbox.row(id);
    this.authz.assert(actor, 'referral.handle', {
      networkId: row.networkId,
      organizationId: row.organizationId,
    });
    return row;
  }

  /** NEW → OPENED on the first open; opening an already opened one changes nothing. */
  async open(actor: Actor, id: string): Promise<ReferralModel> {
    const row = await this.handled(actor, id);
    if (row.status !== 'NEW') return toReferralModel(row);
    return this.change(actor, row, 'open', { openedAt: new Date() });
  }

  async accept(actor: Actor, id: string): Promise<ReferralModel> {
    const row = await this.handled(actor, id);
    return this.change(actor, row, 'accept', { decidedAt: new Date() });
  }

  async decline(actor: Actor, id: string, reason: string): Promise<ReferralModel> {
    const valid: ReferralDeclineReason = parseInput(ZDeclineReason, reason, 'reason');
    const row = await this.handled(actor, id);
    return this.change(actor, row, 'decline', { decidedAt: new Date(), declineReason: valid });
  }

  async close(actor: Actor, id: string): Promise<ReferralModel> {
    const row = await this.handled(actor, id);
    return this.change(actor, row, 'close', { closedAt: new Date() });
  }

  /** The time of the first contact with the client (kept once set; for the counts). */
  async recordFirstContact(actor: Actor, id: string): Promise<ReferralModel> {
    const row = await this.handled(actor, id);
    if (row.firstContactAt) return toReferralModel(row);
    if (row.status === 'NEW' || row.status === 'CLOSED') {
      throw new DomainError('CONFLICT', `Open the referral first (it is ${row.status}).`, {
        reason: 'INVALID_TRANSITION',
        status: row.status,
      });
    }
    const updated = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.referral.updateMany({
        where: { id: row.id, firstContactAt: null, status: row.status },
        data: { firstContactAt: new Date() },
      });
      if (count === 0) throw changedMeanwhile();
      await this.record(tx, actor, row, 'referral.firstContact', 'first contact recorded');
      return tx.referral.findUniqueOrThrow({ where: { id: row.id } });
    });
    return toReferralModel(updated);
  }

  async addNote(actor: Actor, referralId: string, text: string): Promise<ReferralNoteModel> {
    const valid = parseInput(ZNoteText, text, 'text');
    const row = await this.handled(actor, referralId);
    if (row.erasedAt) {
      throw new DomainError('CONFLICT', 'The referral’s personal data is erased.', {
        reason: 'ERASED',
      });
    }
    const id = randomUUID();
    const note = await this.prisma.$transaction(async (tx) => {
      const created = await tx.referralNote.create({
        data: {
          id,
          referralId: row.id,
          authorId: actor.kind === 'user' && isUuid(actor.id) ? actor.id : null,
          textEnc: this.crypto.encrypt(valid, noteContext(id)),
          keyId: this.crypto.currentKeyId,
        },
      });
      await this.record(tx, actor, row, 'referral.noteAdded', `note ${id} added`);
      return created;
    });
    return {
      id: note.id,
      text: valid,
      authorName: actor.kind === 'user' ? actor.label : null,
      createdAt: note.createdAt,
    };
  }

  private async change(
    actor: Actor,
    row: Referral,
    via: ReferralOperation,
    data: Prisma.ReferralUpdateManyMutationInput,
  ): Promise<ReferralModel> {
    const to: ReferralStatus = referralTransition(row.status, via, 'staff');
    const { updated, mailIds } = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.referral.updateMany({
        where: { id: row.id, status: row.status },
        data: { ...data, status: to },
      });
      if (count === 0) throw changedMeanwhile();
      await this.record(tx, actor, row, `referral.${via}`, `${row.status} → ${to}`);
      const fresh = await tx.referral.findUniqueOrThrow({
        where: { id: row.id },
        include: {
          ...REFERRAL_MAIL_INCLUDE,
          referrer: { select: { id: true, email: true, language: true, disabledAt: true } },
        },
      });
      const ids: (string | null)[] = [];
      if ((to === 'ACCEPTED' || to === 'DECLINED') && fresh.kind === 'REFERRAL' && fresh.referrer) {
        ids.push(await this.mails.writeDecided(tx, fresh, to, fresh.referrer));
      }
      return { updated: fresh, mailIds: ids };
    });
    await this.mails.dispatch(mailIds);
    return toReferralModel(updated);
  }

  private record(
    tx: Prisma.TransactionClient,
    actor: Actor,
    row: Referral,
    action: string,
    what: string,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'Referral',
      entityId: row.id,
      serviceId: row.serviceId,
      networkId: row.networkId,
      organizationId: row.organizationId,
      note: `referral ${row.id}: ${what}`,
    });
  }
}

function changedMeanwhile(): DomainError {
  return new DomainError('CONFLICT', 'The referral was changed meanwhile; reload it.', {
    reason: 'CHANGED',
  });
}
