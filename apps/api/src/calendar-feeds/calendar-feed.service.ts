import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { AppConfig } from '../config/app-config';
import { actorOfUser } from '../identity/session.service';
import { ICAL_PATH } from '../event-calendar/event-calendar.controller';

/** lastUsedAt is written at most this often (calendar programs poll hourly or more). */
const TOUCH_MS = 60 * 60_000;

export interface CalendarFeedState {
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

/**
 * A person's personal calendar feed address: `/ical/personal/<token>/events.ics`. The token is a
 * 256-bit secret shown once; only its SHA-256 is stored. A new address replaces the old one (which
 * stops working at once); revoking deletes it. The feed is read as the token's owner with their
 * roles as they are at that moment (a professional no longer verified loses the professionals'
 * sessions), and gives nothing for an unknown or revoked token or a disabled account.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async state(actor: Actor): Promise<CalendarFeedState | null> {
    const userId = accountOf(actor);
    return this.prisma.calendarFeedToken.findUnique({
      where: { userId },
      select: { createdAt: true, lastUsedAt: true },
    });
  }

  /** Makes a new address (replacing any earlier one); the only time the token is returned. */
  async create(actor: Actor): Promise<CalendarFeedState & { url: string }> {
    const userId = accountOf(actor);
    const token = newSecretToken();
    const tokenHash = hashSecretToken(token);
    const createdAt = new Date();
    const row = await this.prisma.$transaction(async (tx) => {
      const existed = await tx.calendarFeedToken.findUnique({
        where: { userId },
        select: { id: true },
      });
      const saved = await tx.calendarFeedToken.upsert({
        where: { userId },
        create: { userId, tokenHash, createdAt },
        update: { tokenHash, createdAt, lastUsedAt: null },
      });
      // Recorded on the account (never the token): a bearer address that calendar services copy.
      await this.audit.record(tx, actor, {
        action: existed ? 'calendarFeed.replaced' : 'calendarFeed.created',
        entityType: 'CalendarFeed',
        entityId: userId,
      });
      return saved;
    });
    return { createdAt: row.createdAt, lastUsedAt: null, url: this.urlOf(token) };
  }

  /** Revokes the address; false when there was none. */
  async revoke(actor: Actor): Promise<boolean> {
    const userId = accountOf(actor);
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.calendarFeedToken.deleteMany({ where: { userId } });
      if (count > 0)
        await this.audit.record(tx, actor, {
          action: 'calendarFeed.revoked',
          entityType: 'CalendarFeed',
          entityId: userId,
        });
      return count > 0;
    });
  }

  /** The person a feed token stands for, or null (unknown, revoked, disabled account). */
  async readerOf(token: string): Promise<(Actor & { kind: 'user' }) | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const row = await this.prisma.calendarFeedToken.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      include: { user: { include: { roles: true } } },
    });
    if (!row || row.user.disabledAt) return null;
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_MS)
      await this.prisma.calendarFeedToken.update({
        where: { id: row.id },
        data: { lastUsedAt: now },
      });
    return actorOfUser(row.user);
  }

  private urlOf(token: string): string {
    return `${this.config.env.PUBLIC_BASE_URL.replace(/\/+$/, '')}${ICAL_PATH}/personal/${token}/events.ics`;
  }
}

/** Only an account has a feed (the development actor's id names none). */
function accountOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  if (!isUuid(actor.id))
    throw new DomainError('FORBIDDEN', 'A personal calendar feed needs an account.');
  return actor.id;
}
