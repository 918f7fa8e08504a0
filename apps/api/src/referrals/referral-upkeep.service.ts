import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { addWorkingDays } from '../common/dates/working-days';
import { LINJA_ACTOR } from '../freshness-reminders/freshness-reminders.util';
import {
  REFERRAL_MAIL_INCLUDE,
  ReferralMailService,
  type ReferralMailSubject,
} from './referral-mail.service';
import { referralSourcesOf, referralTransition } from './referral-transitions';

const DAY_MS = 86_400_000;

type UnopenedReferral = ReferralMailSubject & {
  id: string;
  createdAt: Date;
  serviceId: string;
  networkId: string;
  organizationId: string;
};
/**
 * Working days (Helsinki; not weekends, Finnish public holidays, Midsummer Eve or Christmas Eve) a
 * referral may wait unopened before the admins are reminded.
 */
export const REMINDER_WORKING_DAYS = 2;
/** Rows read at once: auto-close and erasure handle this many per run (the next run takes the rest). */
const BATCH = 500;

/** When a referral that arrived at `createdAt` is due for its reminder: two working days later. */
export function reminderDueAt(createdAt: Date): Date {
  return addWorkingDays(createdAt, REMINDER_WORKING_DAYS);
}

/**
 * The referrals' background work: the one reminder of an unopened referral (the outbox's dedupe key
 * keeps it to one per admin), the auto-close of unanswered ones after the network's
 * `referralAutoCloseDays`, and the erasure of personal data (client fields, message, notes' text)
 * `referralRetentionDays` after closing. The rows stay for the counts.
 */
@Injectable()
export class ReferralUpkeepService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly mails: ReferralMailService,
  ) {}

  /**
   * Reminds the admins of every NEW referral past its due time; returns the mails written. Reads
   * the candidates a page at a time, oldest first, to the end: a long tail of referrals already
   * reminded (the outbox's dedupe key answers them with nothing) never hides a newer one.
   */
  async remindUnopened(now = new Date(), pageSize = BATCH): Promise<number> {
    let written = 0;
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const page = await this.unopenedPage(now, after, pageSize);
      for (const referral of page) {
        if (reminderDueAt(referral.createdAt) <= now) written += await this.remind(referral);
      }
      const last = page.at(-1);
      if (!last || page.length < pageSize) return written;
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  private unopenedPage(
    now: Date,
    after: { createdAt: Date; id: string } | null,
    take: number,
  ): Promise<UnopenedReferral[]> {
    return this.prisma.referral.findMany({
      where: {
        status: 'NEW',
        createdAt: { lte: new Date(now.getTime() - 2 * DAY_MS) },
        ...(after
          ? {
              OR: [
                { createdAt: { gt: after.createdAt } },
                { createdAt: after.createdAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      include: REFERRAL_MAIL_INCLUDE,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }

  /** One referral's reminder to its admins (none if already written), audited; returns the mails. */
  private async remind(referral: UnopenedReferral): Promise<number> {
    const ids = await this.prisma.$transaction(async (tx) => {
      const mailIds = await this.mails.writeReminder(tx, referral);
      if (mailIds.length > 0) {
        await this.audit.record(tx, LINJA_ACTOR, {
          action: 'referral.reminded',
          entityType: 'Referral',
          entityId: referral.id,
          serviceId: referral.serviceId,
          networkId: referral.networkId,
          organizationId: referral.organizationId,
          note: `referral ${referral.id}: not opened in ${REMINDER_WORKING_DAYS} working days; admins reminded`,
        });
      }
      return mailIds;
    });
    await this.mails.dispatch(ids);
    return ids.length;
  }

  /** Closes unanswered referrals (NEW, OPENED) older than the network's limit; returns their ids. */
  async autoClose(now = new Date()): Promise<string[]> {
    const networks = await this.prisma.network.findMany({
      select: { id: true, referralAutoCloseDays: true },
    });
    const closed: string[] = [];
    for (const network of networks) {
      const rows = await this.prisma.referral.findMany({
        where: {
          networkId: network.id,
          status: { in: referralSourcesOf('autoClose') },
          createdAt: { lt: new Date(now.getTime() - network.referralAutoCloseDays * DAY_MS) },
        },
        take: BATCH,
      });
      for (const row of rows) {
        const to = referralTransition(row.status, 'autoClose', 'system');
        await this.prisma.$transaction(async (tx) => {
          const { count } = await tx.referral.updateMany({
            where: { id: row.id, status: row.status },
            data: { status: to, closedAt: now },
          });
          if (count === 0) return;
          await this.audit.record(tx, LINJA_ACTOR, {
            action: 'referral.autoClosed',
            entityType: 'Referral',
            entityId: row.id,
            serviceId: row.serviceId,
            networkId: row.networkId,
            organizationId: row.organizationId,
            note: `referral ${row.id}: ${row.status} → CLOSED, unanswered for ${network.referralAutoCloseDays} days`,
          });
          closed.push(row.id);
        });
      }
    }
    return closed;
  }

  /**
   * Erases the personal data of referrals closed (or decided and never closed) longer ago than the
   * retention; returns their ids.
   */
  async erase(now = new Date()): Promise<string[]> {
    const networks = await this.prisma.network.findMany({
      select: { id: true, referralRetentionDays: true },
    });
    const erased: string[] = [];
    for (const network of networks) {
      const cutoff = new Date(now.getTime() - network.referralRetentionDays * DAY_MS);
      const rows = await this.prisma.referral.findMany({
        where: {
          networkId: network.id,
          erasedAt: null,
          // Closed ones after the retention; accepted or declined ones that nobody closed, the
          // same time after the decision (the data must not outlive its purpose by default).
          OR: [
            { status: 'CLOSED', closedAt: { lt: cutoff } },
            { status: { in: ['ACCEPTED', 'DECLINED'] }, decidedAt: { lt: cutoff } },
          ],
        },
        select: { id: true, serviceId: true, networkId: true, organizationId: true },
        take: BATCH,
      });
      for (const row of rows) {
        await this.prisma.$transaction(async (tx) => {
          await tx.referral.update({
            where: { id: row.id },
            data: {
              clientNameEnc: null,
              clientPhoneEnc: null,
              clientEmailEnc: null,
              messageEnc: null,
              keyId: null,
              erasedAt: now,
            },
          });
          const notes = await tx.referralNote.updateMany({
            where: { referralId: row.id },
            data: { textEnc: null, keyId: null },
          });
          await this.audit.record(tx, LINJA_ACTOR, {
            action: 'referral.erased',
            entityType: 'Referral',
            entityId: row.id,
            serviceId: row.serviceId,
            networkId: row.networkId,
            organizationId: row.organizationId,
            note: `referral ${row.id}: personal data and ${notes.count} note(s) erased after ${network.referralRetentionDays} days`,
          });
        });
        erased.push(row.id);
      }
    }
    return erased;
  }
}
