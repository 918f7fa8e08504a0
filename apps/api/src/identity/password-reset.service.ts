import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaClient } from '@linja/db';
import { addMinutes } from 'date-fns/addMinutes';

import { AuditService } from '../audit/audit.service';
import { ANONYMOUS } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { unusableToken } from './identity.errors';
import { type SessionContext } from './session.service';
import { SignInThrottle } from './sign-in-throttle.service';
import { assertPasswordPolicy, normalizeEmail } from './utils/account-input.util';
import { actorForUser, recordIdentityEvent } from './utils/identity-audit.util';

/** Longest address considered (RFC 5321); longer input cannot be an account and is not looked up. */
const MAX_EMAIL_LENGTH = 254;

/**
 * Password reset by mailed link. Asking for a link answers the same way, at the same speed, whether
 * or not the address has an account: the lookup, the token and the mail happen after the answer, in
 * the background. Using a link sets the new password, clears the email's sign-in throttle count, ends
 * every session of the account and invalidates its other reset links.
 */
@Injectable()
export class PasswordResetService implements OnModuleDestroy {
  private readonly logger = new Logger('PasswordReset');
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Rate-limited per IP and per address; always true when not rate-limited. */
  async request(email: string, context: SessionContext): Promise<true> {
    const normalized = normalizeEmail(email);
    await this.rateLimits.consume('passwordReset', `request|ip|${context.ipAddress ?? '?'}`);
    await this.rateLimits.consume(
      'passwordReset',
      `request|email|${normalized.slice(0, MAX_EMAIL_LENGTH + 1)}`,
    );
    if (normalized.length > 0 && normalized.length <= MAX_EMAIL_LENGTH) {
      this.runInBackground(this.issue(normalized));
    }
    return true;
  }

  /** Resolves once every background issue started so far has finished (shutdown and tests). */
  async whenIdle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.whenIdle();
  }

  async reset(token: string, newPassword: string, context: SessionContext): Promise<true> {
    await this.rateLimits.consume('passwordReset', `reset|ip|${context.ipAddress ?? '?'}`);
    const row = token
      ? await this.prisma.passwordResetToken.findUnique({
          where: { tokenHash: hashSecretToken(token) },
          include: { user: true },
        })
      : null;
    if (!row || row.user.disabledAt) throw unusableToken('INVALID');
    if (row.usedAt) throw unusableToken('USED');
    if (row.expiresAt <= new Date()) throw unusableToken('EXPIRED');
    assertPasswordPolicy(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);

    await this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.passwordResetToken.updateMany({
        where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) throw unusableToken('USED');
      await tx.user.update({
        where: { id: row.userId },
        data: { passwordHash },
      });
      // Other links in the mailbox stop working too.
      await tx.passwordResetToken.updateMany({
        where: { userId: row.userId, usedAt: null },
        data: { usedAt: now },
      });
      const ended = await tx.session.updateMany({
        where: { userId: row.userId, revokedAt: null },
        data: { revokedAt: now },
      });
      await recordIdentityEvent(this.audit, tx, actorForUser(row.user), {
        action: 'user.passwordReset',
        entityType: 'User',
        entityId: row.userId,
        note: `password set by reset link; ${ended.count} session(s) ended`,
      });
    });
    // The owner proved the mailbox: strangers' failed guesses no longer make them wait.
    await this.throttle.forget(row.user.email);
    return true;
  }

  private runInBackground(work: Promise<void>): void {
    const tracked = work.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Creates a token and mails the link when the address belongs to an enabled account. */
  private async issue(email: string): Promise<void> {
    try {
      const user = await this.prisma.user.findUnique({ where: { email } });
      if (!user || user.disabledAt) return;
      const token = newSecretToken();
      const ttlMinutes = this.config.env.PASSWORD_RESET_TTL_MINUTES;
      const mailId = await this.prisma.$transaction(async (tx) => {
        const created = await tx.passwordResetToken.create({
          data: {
            userId: user.id,
            tokenHash: hashSecretToken(token),
            expiresAt: addMinutes(new Date(), ttlMinutes),
          },
        });
        // Whoever asked is anonymous: it need not have been the account's owner.
        await recordIdentityEvent(this.audit, tx, ANONYMOUS, {
          action: 'user.passwordResetRequested',
          entityType: 'User',
          entityId: user.id,
          note: `reset link ${created.id} issued`,
        });
        return this.outbox.write(tx, {
          template: 'password-reset',
          to: user.email,
          language: mailLanguage(user.language),
          userId: user.id,
          params: {
            link: this.mail.link('/admin/reset-password', token),
            validMinutes: ttlMinutes,
          },
        });
      });
      await this.outbox.dispatch([mailId]);
    } catch (error) {
      // Never the address: ids and decisions only.
      this.logger.error({
        err: error instanceof Error ? error.message : String(error),
        msg: 'password reset link could not be issued',
      });
    }
  }
}
