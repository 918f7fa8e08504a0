import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type RoleAssignment, type User } from '@linja/db';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { verifyPassword } from '../auth/password';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { CredentialsService } from './credentials.service';
import { accountSessionRequired } from './identity.errors';
import { recordIdentityEvent } from './utils/identity-audit.util';

/** Shown by authenticator apps above the code. */
const TOTP_ISSUER = 'Linja';

async function isValidCode(secret: string, code: string): Promise<boolean> {
  const result = await verifyTotp({ secret, token: code.trim(), epochTolerance: 30 }).catch(() => ({
    valid: false,
  }));
  return result.valid;
}

/**
 * The optional second factor (TOTP, RFC 6238) of one's own account. Setup stores a secret that counts
 * only once a code from it has been confirmed (`totpEnabledAt`); sign-in then asks for a code.
 * Turning it off takes the password and a current code. Attempts share the sign-in rate limit.
 */
@Injectable()
export class TotpService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly credentials: CredentialsService,
  ) {}

  async startSetup(actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.accountOf(actor);
    if (user.totpEnabledAt) {
      throw new DomainError('CONFLICT', 'The second factor is already on; turn it off first.');
    }
    const secret = generateSecret();
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
      await recordIdentityEvent(this.audit, tx, actor, {
        action: 'user.totpSetupStarted',
        entityType: 'User',
        entityId: user.id,
      });
    });
    return { secret, otpauthUri: generateURI({ issuer: TOTP_ISSUER, label: user.email, secret }) };
  }

  async confirmSetup(actor: Actor, code: string): Promise<{ user: User; roles: RoleAssignment[] }> {
    const user = await this.accountOf(actor);
    await this.rateLimits.consume('signIn', `totp|${user.id}`);
    if (user.totpEnabledAt) throw new DomainError('CONFLICT', 'The second factor is already on.');
    if (!user.totpSecret) {
      throw new DomainError('CONFLICT', 'Start the setup first (startTotpSetup).');
    }
    if (!(await isValidCode(user.totpSecret, code))) {
      throw new BadUserInputError('code', 'The code is not valid; check the clock of your device.');
    }
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: user.id, totpSecret: user.totpSecret, totpEnabledAt: null },
        data: { totpEnabledAt: new Date() },
      });
      if (count !== 1)
        throw new DomainError('CONFLICT', 'The setup changed meanwhile; start again.');
      await recordIdentityEvent(this.audit, tx, actor, {
        action: 'user.totpEnabled',
        entityType: 'User',
        entityId: user.id,
      });
      return this.reload(tx, user.id);
    });
  }

  async disable(
    actor: Actor,
    password: string,
    code: string,
    ipAddress: string | undefined,
  ): Promise<{ user: User; roles: RoleAssignment[] }> {
    const user = await this.accountOf(actor);
    await this.rateLimits.consume('signIn', `totp|${user.id}`);
    if (!user.totpEnabledAt || !user.totpSecret) {
      throw new DomainError('CONFLICT', 'The second factor is not on.');
    }
    // The password is checked under the same limits as a sign-in (a stolen session must not become
    // an unthrottled password oracle): the email's throttle and the address's failures.
    const attempt = await this.credentials.reserveAttempt(user.email, ipAddress);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
      throw new BadUserInputError('password', 'Wrong password.');
    }
    if (!(await isValidCode(user.totpSecret, code))) {
      throw new BadUserInputError('code', 'The code is not valid; check the clock of your device.');
    }
    await this.credentials.attemptSucceeded(attempt);
    return this.prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { totpSecret: null, totpEnabledAt: null },
      });
      await recordIdentityEvent(this.audit, tx, actor, {
        action: 'user.totpDisabled',
        entityType: 'User',
        entityId: user.id,
      });
      return this.reload(tx, user.id);
    });
  }

  /** The signed-in account (a session's user; the development actor has no account). */
  private async accountOf(actor: Actor): Promise<User> {
    if (actor.kind !== 'user' || !actor.sessionId) throw accountSessionRequired();
    const user = await this.prisma.user.findUnique({ where: { id: actor.id } });
    if (!user || user.disabledAt) throw accountSessionRequired();
    return user;
  }

  private async reload(
    tx: Prisma.TransactionClient,
    userId: string,
  ): Promise<{ user: User; roles: RoleAssignment[] }> {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const roles = await tx.roleAssignment.findMany({ where: { userId } });
    return { user, roles };
  }
}
