import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { LINJA_ACTOR } from '../freshness-reminders/freshness-reminders.util';

const DAY_MS = 86_400_000;
/** Contacts erased per network and run at most (the next run takes the rest). */
const BATCH = 1000;

/**
 * Erases the personal data of support contacts a set time after they were closed: for each contact
 * CLOSED more than its network's `supportContactRetentionDays` ago, the contact person's name and the
 * note become null (`erasedAt` set). The day, organisation, channel, topics and status stay, so the
 * counts, the trend and the SUPPORT_CONTACTS indicator do. One transaction per network with an audit
 * event (actor Linja) that names no person. A reopened contact is not CLOSED and is kept; once erased
 * its name and note are gone for good.
 */
@Injectable()
export class SupportContactErasureService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** Erases what is due; returns how many contacts were erased now. */
  async eraseDue(now = new Date()): Promise<number> {
    const networks = await this.prisma.network.findMany({
      select: { id: true, supportContactRetentionDays: true },
    });
    let total = 0;
    for (const network of networks) {
      const cutoff = new Date(now.getTime() - network.supportContactRetentionDays * DAY_MS);
      const due = await this.prisma.supportContact.findMany({
        where: {
          networkId: network.id,
          status: 'CLOSED',
          closedAt: { lt: cutoff },
          erasedAt: null,
          OR: [{ contactPerson: { not: null } }, { note: { not: null } }],
        },
        select: { id: true },
        orderBy: { closedAt: 'asc' },
        take: BATCH,
      });
      if (due.length === 0) continue;
      const count = await this.prisma.$transaction(async (tx) => {
        // The status again: a contact reopened since it was read is not erased.
        const result = await tx.supportContact.updateMany({
          where: {
            id: { in: due.map((row) => row.id) },
            status: 'CLOSED',
            closedAt: { lt: cutoff },
          },
          data: { contactPerson: null, note: null, erasedAt: now },
        });
        await this.audit.record(tx, LINJA_ACTOR, {
          action: 'supportContact.erased',
          entityType: 'Network',
          entityId: network.id,
          networkId: network.id,
          note: `contact person and note of ${result.count} support contact(s) erased ${network.supportContactRetentionDays} days after closing`,
        });
        return result.count;
      });
      total += count;
    }
    return total;
  }
}
