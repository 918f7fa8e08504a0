import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { LINJA_ACTOR } from '../freshness-reminders/freshness-reminders.util';
import { PENDING_SIGNUP_HOURS } from '../mail/templates/signup-templates';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Events erased per run at most (the next run takes the rest). */
const BATCH = 500;

/**
 * Erases the personal data of sign-ups a set time after the event: for each event whose last
 * occurrence ended more than its network's `signupRetentionDays` ago, the sign-ups' name, email,
 * answer and cancel token hash become null (erasedAt set), and the event's `signupsErasedAt` is set.
 * Status and attendance stay, so the counts do. Each event in one transaction with an audit event
 * (actor Linja) that names no person. A signed-in person's sign-up keeps its account link, which
 * holds no copy of their data and lets them see their own history.
 */
@Injectable()
export class SignupErasureService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /**
   * Deletes sign-ups made without an account whose confirmation link has expired
   * (PENDING_SIGNUP_HOURS): they never held a place, and their name and email were never confirmed.
   * Returns how many.
   */
  async deleteUnconfirmed(now = new Date()): Promise<number> {
    const { count } = await this.prisma.eventSignup.deleteMany({
      where: {
        status: 'PENDING',
        createdAt: { lt: new Date(now.getTime() - PENDING_SIGNUP_HOURS * HOUR_MS) },
      },
    });
    return count;
  }

  /** Erases what is due; returns the ids of the events erased now. */
  async eraseDue(now = new Date()): Promise<string[]> {
    const networks = await this.prisma.network.findMany({
      select: { id: true, signupRetentionDays: true },
    });
    const erased: string[] = [];
    for (const network of networks) {
      const cutoff = new Date(now.getTime() - network.signupRetentionDays * DAY_MS);
      const events = await this.prisma.event.findMany({
        // By the sign-ups, not the event's flag: an event moved to a new date after an erasure
        // gets new sign-ups, which must be erased in their turn.
        where: {
          networkId: network.id,
          lastEndsAt: { lt: cutoff },
          signups: { some: { erasedAt: null } },
        },
        select: { id: true, networkId: true, organizationId: true },
        orderBy: { lastEndsAt: 'asc' },
        take: BATCH,
      });
      for (const event of events) {
        await this.prisma.$transaction(async (tx) => {
          const { count } = await tx.eventSignup.updateMany({
            where: { eventId: event.id, erasedAt: null },
            data: { name: null, email: null, answer: null, cancelTokenHash: null, erasedAt: now },
          });
          await tx.event.update({ where: { id: event.id }, data: { signupsErasedAt: now } });
          await this.audit.record(tx, LINJA_ACTOR, {
            action: 'event.signupsErased',
            entityType: 'Event',
            entityId: event.id,
            networkId: event.networkId,
            ...(event.organizationId ? { organizationId: event.organizationId } : {}),
            note: `personal data of ${count} sign-up(s) erased after ${network.signupRetentionDays} days`,
          });
        });
        erased.push(event.id);
      }
    }
    return erased;
  }
}
