import { Injectable } from '@nestjs/common';
import { PrismaClient, type User } from '@linja/db';
import { verify as verifyTotp } from 'otplib';

import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { wrongCredentials } from './identity.errors';
import { SignInThrottle } from './sign-in-throttle.service';

export type CredentialCheck = { status: 'VALID'; user: User } | { status: 'TOTP_REQUIRED' };

/**
 * Checks an email's password (and TOTP code when the second factor is on) under the sign-in
 * throttle: for sign-in, createApiToken and an existing account accepting an invitation. Unknown,
 * disabled and password-less accounts are checked against a dummy hash, so they fail like a wrong
 * password, at the same speed, with the same error.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly throttle: SignInThrottle,
  ) {}

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
    const ticket = await this.throttle.reserve(normalized, ipAddress);
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
    await this.throttle.succeeded(ticket);
    return { status: 'VALID', user };
  }
}
