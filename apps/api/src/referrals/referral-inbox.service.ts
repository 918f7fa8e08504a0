import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type Referral } from '@linja/db';

import { type Actor, actorLabel } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { type OrganizationReferralsArgs } from './dto/referral.inputs';
import {
  noteContext,
  ReferralCryptoService,
  referralContext,
} from './crypto/referral-crypto.service';
import {
  type MyReferralModel,
  type ReferralDetailsModel,
  type ReferralModel,
  type ReferralNoteModel,
  type ReferralReadLogEntryModel,
} from './models/referral.model';
import { type ReferralDeclineReason } from './models/referral-enums';
import { toReferralModel } from './referral.mapper';
import { referralNotFound } from './referrals.errors';

/** The parent of ReferralDetails' nested fields: the referral's id (not exposed). */
export interface ReferralDetailsParent extends ReferralDetailsModel {
  readonly referralId: string;
}

/** Newest first: createdAt desc, id desc, as a keyset. */
function newestFirstAfter(
  after: readonly [string, string] | undefined,
  field: 'createdAt' | 'readAt' = 'createdAt',
): Record<string, unknown> | undefined {
  if (!after) return undefined;
  const [at, id] = after;
  return {
    OR: [{ [field]: { lt: new Date(at) } }, { [field]: new Date(at), id: { lt: id } }],
  };
}

/**
 * Reading referrals. A referral is seen by the handling organisation's staff (`referral.handle`) and
 * by the professional who sent it (status only); anyone else is FORBIDDEN. Its personal data is only
 * in `details` (staff only): each read is written to the read log before anything is decrypted.
 */
@Injectable()
export class ReferralInboxService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly crypto: ReferralCryptoService,
  ) {}

  /** The row, or NOT_FOUND (a malformed or unknown id). */
  async row(id: string): Promise<Referral> {
    if (!isUuid(id)) throw referralNotFound(id);
    const row = await this.prisma.referral.findUnique({ where: { id } });
    if (!row) throw referralNotFound(id);
    return row;
  }

  private mayHandle(actor: Actor, row: Referral): boolean {
    return this.authz.can(actor, 'referral.handle', {
      networkId: row.networkId,
      organizationId: row.organizationId,
    });
  }

  /** The referral for its handlers and its referrer; FORBIDDEN for anyone else. */
  async get(actor: Actor, id: string): Promise<ReferralModel> {
    const row = await this.row(id);
    const isReferrer = actor.kind === 'user' && row.referrerId === actor.id;
    if (!isReferrer && !this.mayHandle(actor, row)) {
      this.authz.assert(actor, 'referral.handle', { organizationId: row.organizationId });
    }
    return toReferralModel(row);
  }

  /** The handling organisation's inbox, newest first, without personal data. */
  async inbox(actor: Actor, args: OrganizationReferralsArgs): Promise<Connection<ReferralModel>> {
    if (!isUuid(args.organizationId)) {
      throw new DomainError('NOT_FOUND', 'No such organisation.', { entity: 'Organization' });
    }
    this.authz.assert(actor, 'referral.handle', { organizationId: args.organizationId });
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const scope: Prisma.ReferralWhereInput = {
      organizationId: args.organizationId,
      ...(args.status ? { status: args.status } : {}),
    };
    const after = newestFirstAfter(page.after);
    const [rows, totalCount] = await Promise.all([
      this.prisma.referral.findMany({
        where: after ? { AND: [scope, after] } : scope,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.referral.count({ where: scope }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      toReferralModel,
    );
  }

  /**
   * The personal data, decrypted, for the handling organisation's staff only; the read is logged
   * first (who, when). Anyone else is FORBIDDEN and nothing is logged or decrypted.
   */
  async details(actor: Actor, referral: { id: string }): Promise<ReferralDetailsParent> {
    const row = await this.row(referral.id);
    this.authz.assert(actor, 'referral.handle', {
      networkId: row.networkId,
      organizationId: row.organizationId,
    });
    await this.prisma.referralReadLog.create({
      data: {
        referralId: row.id,
        userId: actor.kind === 'user' && isUuid(actor.id) ? actor.id : null,
        actorLabel: actorLabel(actor),
      },
    });
    const referrer = row.referrerId
      ? await this.prisma.user.findUnique({
          where: { id: row.referrerId },
          select: { name: true, email: true },
        })
      : null;
    return {
      referralId: row.id,
      clientName: this.crypto.decryptOptional(
        row.clientNameEnc,
        referralContext(row.id, 'clientName'),
      ),
      clientPhone: this.crypto.decryptOptional(
        row.clientPhoneEnc,
        referralContext(row.id, 'clientPhone'),
      ),
      clientEmail: this.crypto.decryptOptional(
        row.clientEmailEnc,
        referralContext(row.id, 'clientEmail'),
      ),
      message: this.crypto.decryptOptional(row.messageEnc, referralContext(row.id, 'message')),
      referrerName: referrer?.name ?? null,
      referrerEmail: referrer?.email ?? null,
    };
  }

  /** The notes (decrypted) under an already authorised and logged `details` read. */
  async notes(referralId: string, args: PaginationArgs): Promise<Connection<ReferralNoteModel>> {
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const scope: Prisma.ReferralNoteWhereInput = { referralId };
    const after = newestFirstAfter(page.after);
    const [rows, totalCount] = await Promise.all([
      this.prisma.referralNote.findMany({
        where: after ? { AND: [scope, after] } : scope,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.referralNote.count({ where: scope }),
    ]);
    const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
    const authors = new Map(
      (
        await this.prisma.user.findMany({
          where: { id: { in: authorIds } },
          select: { id: true, name: true },
        })
      ).map((user) => [user.id, user.name]),
    );
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => ({
        id: row.id,
        text: this.crypto.decryptOptional(row.textEnc, noteContext(row.id)),
        authorName: row.authorId ? (authors.get(row.authorId) ?? null) : null,
        createdAt: row.createdAt,
      }),
    );
  }

  /** Who read the referral's personal data and when (the organisation's admins). */
  async readLog(
    actor: Actor,
    referralId: string,
    args: PaginationArgs,
  ): Promise<Connection<ReferralReadLogEntryModel>> {
    const row = await this.row(referralId);
    this.authz.assert(actor, 'referral.readLog', {
      networkId: row.networkId,
      organizationId: row.organizationId,
    });
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const scope: Prisma.ReferralReadLogWhereInput = { referralId: row.id };
    const after = newestFirstAfter(page.after, 'readAt');
    const [rows, totalCount] = await Promise.all([
      this.prisma.referralReadLog.findMany({
        where: after ? { AND: [scope, after] } : scope,
        orderBy: [{ readAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.referralReadLog.count({ where: scope }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (entry) => [entry.readAt.toISOString(), entry.id],
      (entry) => ({ id: entry.id, actorLabel: entry.actorLabel, readAt: entry.readAt }),
    );
  }

  /** The signed-in professional's own referrals: status and times only. */
  async mine(actor: Actor, args: PaginationArgs): Promise<Connection<MyReferralModel>> {
    if (actor.kind !== 'user' || !isUuid(actor.id)) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in with your account to do this.');
    }
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const scope: Prisma.ReferralWhereInput = { referrerId: actor.id, kind: 'REFERRAL' };
    const after = newestFirstAfter(page.after);
    const [rows, totalCount] = await Promise.all([
      this.prisma.referral.findMany({
        where: after ? { AND: [scope, after] } : scope,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
        include: {
          organization: { select: { name: true } },
          network: { select: { slug: true } },
          service: { select: { sortName: true, publishedRevision: { select: { content: true } } } },
        },
      }),
      this.prisma.referral.count({ where: scope }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => {
        const content = row.service.publishedRevision?.content as { name?: unknown } | undefined;
        const name = toLocalizedText(content?.name);
        return {
          id: row.id,
          serviceId: row.serviceId,
          networkId: row.networkId,
          networkSlug: row.network.slug,
          serviceName: name.fi ? name : { ...name, fi: row.service.sortName },
          organizationName: row.organization.name,
          status: row.status,
          declineReason: row.declineReason as ReferralDeclineReason | null,
          createdAt: row.createdAt,
          decidedAt: row.decidedAt,
        };
      },
    );
  }
}
