import { Injectable } from '@nestjs/common';
import { PrismaClient, type User } from '@linja/db';
import { verify as verifyTotp } from 'otplib';

import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { wrongCredentials } from './identity.errors';
import { SignInThrottle, type ThrottleTicket } from './sign-in-throttle.service';

/** A reserved credential check: settle it with `attemptSucceeded` when the credentials were right. */
export interface CredentialAttempt {
  readonly ticket: ThrottleTicket;
  readonly ipAddress: string | undefined;
}

export type CredentialCheck = { status: 'VALID'; user: User } | { status: 'TOTP_REQUIRED' };

/**
 * Checks an email's password (and TOTP code when the second factor is on) under the sign-in
 * throttle: for sign-in, createApiToken and an existing account accepting an invitation. Unknown,
 * disabled and password-less accounts are checked against a dummy hash, so they fail like a wrong
 * password, at the same speed, with the same error.
 *
 * Every check of a password (here, and disableTotp's) takes two limits first: the client address's
 * failed checks per hour across all emails (`signInAddress`: password spraying, one password on many
 * accounts; a success gives its point back) and the email's sign-in throttle.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly throttle: SignInThrottle,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Reserves one check of `email`'s credentials from `ipAddress`, or throws RATE_LIMITED. */
  async reserveAttempt(email: string, ipAddress: string | undefined): Promise<CredentialAttempt> {
    if (ipAddress) await this.rateLimits.consume('signInAddress', ipAddress);
    const ticket = await this.throttle.reserve(email.trim().toLowerCase(), ipAddress);
    return { ticket, ipAddress };
  }

  /** The reserved check succeeded: the email's count starts again and the address gets its point back. */
  async attemptSucceeded(attempt: CredentialAttempt): Promise<void> {
    await this.throttle.succeeded(attempt.ticket);
    if (attempt.ipAddress) await this.rateLimits.reward('signInAddress', attempt.ipAddress);
  }

  /**
   * VALID with the account, or TOTP_REQUIRED (right password, no code given; the attempt stays
   * counted, so the password cannot be used to reset the count while guessing codes). Throws
   * UNAUTHENTICATED for wrong credentials and RATE_LIMITED when the throttle refuses to check.
   */
  async check(
    email: string,
    password: string,
    totpCode: string | null | undefined,
    ipAddress: string | undefined,
  ): Promise<CredentialCheck> {
    const normalized = email.trim().toLowerCase();
    const attempt = await this.reserveAttempt(normalized, ipAddress);
    const user = await this.prisma.user.findUnique({ where: { email: normalized } });
    if (!user?.passwordHash || user.disabledAt) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw wrongCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, password))) throw wrongCredentials();
    if (user.totpEnabledAt && user.totpSecret) {
      if (!totpCode) return { status: 'TOTP_REQUIRED' };
      const result = await verifyTotp({
        secret: user.totpSecret,
        token: totpCode.trim(),
        epochTolerance: 30,
      }).catch(() => ({ valid: false }));
      if (!result.valid) throw wrongCredentials();
    }
    await this.attemptSucceeded(attempt);
    return { status: 'VALID', user };
  }
}
