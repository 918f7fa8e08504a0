import { Injectable } from '@nestjs/common';
import { type User } from '@linja/db';

import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { CredentialsService } from './credentials.service';
import { type SessionContext, SessionService } from './session.service';

export type SignInOutcome =
  { status: 'SIGNED_IN'; user: User; token: string; expiresAt: Date } | { status: 'TOTP_REQUIRED' };

/**
 * Email + password (+ TOTP code when the user has turned the second factor on), for signIn and
 * createApiToken. Guessing is slowed by the per-address rate limit for the email, then by the sign-in
 * throttle (sign-in-throttle.service.ts: per-email waits that never lock the owner out of a known
 * address), then by argon2's cost. Every failure answers alike, whether or not the account exists.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly credentials: CredentialsService,
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
    const checked = await this.credentials.check(normalized, password, totpCode, context.ipAddress);
    if (checked.status === 'TOTP_REQUIRED') return checked;
    const { user } = checked;
    const { token, session } = await this.sessions.create(
      user.id,
      context.kind ?? 'BROWSER',
      context,
    );
    return { status: 'SIGNED_IN', user, token, expiresAt: session.expiresAt };
  }
}
