import { Injectable } from '@nestjs/common';
import { PrismaClient, type User } from '@linja/db';
import { addMinutes } from 'date-fns';
import { verify as verifyTotp } from 'otplib';

import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS } from './identity.constants';
import { type SessionContext, SessionService } from './session.service';

export type SignInOutcome =
  { status: 'SIGNED_IN'; user: User; token: string; expiresAt: Date } | { status: 'TOTP_REQUIRED' };

/** One message for every failure, so sign-in does not reveal which accounts exist. */
function badCredentials(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Wrong email, password or code.');
}

/**
 * Email + password (+ TOTP code when the user has turned the second factor on). Slows down guessing
 * three ways: a rate limit per IP and email, an account lock after MAX_FAILED_SIGN_INS failures, and
 * argon2's cost; unknown accounts are verified against a dummy hash so timing does not tell.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async signIn(
    email: string,
    password: string,
    totpCode: string | null | undefined,
    context: SessionContext & { kind?: 'BROWSER' | 'API' },
  ): Promise<SignInOutcome> {
    const normalized = email.trim().toLowerCase();
    await this.rateLimits.consume('signIn', `${context.ipAddress ?? '?'}|${normalized}`);
    const user = await this.prisma.user.findUnique({ where: { email: normalized } });
    if (!user?.passwordHash || user.disabledAt) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw badCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new DomainError(
        'RATE_LIMITED',
        'Too many failed attempts: the account is locked for a while.',
        {
          retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000),
        },
      );
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user);
      throw badCredentials();
    }
    if (user.totpEnabledAt && user.totpSecret) {
      if (!totpCode) return { status: 'TOTP_REQUIRED' };
      const result = await verifyTotp({
        secret: user.totpSecret,
        token: totpCode.trim(),
        epochTolerance: 30,
      }).catch(() => ({ valid: false }));
      if (!result.valid) {
        await this.recordFailure(user);
        throw badCredentials();
      }
    }
    await this.prisma.user.update({
      where: { id: user.id },
      data: { failedSignIns: 0, lockedUntil: null },
    });
    const { token, session } = await this.sessions.create(
      user.id,
      context.kind ?? 'BROWSER',
      context,
    );
    return { status: 'SIGNED_IN', user, token, expiresAt: session.expiresAt };
  }

  private async recordFailure(user: User): Promise<void> {
    const failures = user.failedSignIns + 1;
    await this.prisma.user.update({
      where: { id: user.id },
      data:
        failures >= MAX_FAILED_SIGN_INS
          ? { failedSignIns: 0, lockedUntil: addMinutes(new Date(), LOCK_MINUTES) }
          : { failedSignIns: failures },
    });
  }
}
