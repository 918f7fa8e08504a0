import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@linja/db';
import { subDays } from 'date-fns/subDays';
import { subHours } from 'date-fns/subHours';

import { DomainError } from '../common/errors/domain-error';

/** Attempts at one email's password that are checked without waiting. */
export const FREE_ATTEMPTS = 5;
/** The wait after the free attempts; it doubles with every further checked attempt… */
export const FIRST_WAIT_SECONDS = 30;
/** …up to this. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** A count is forgotten this long after its last attempt. */
export const FORGET_AFTER_HOURS = 24;
/** An address is the owner's when the account has had a session from it within this many days. */
export const KNOWN_ADDRESS_DAYS = 90;
/** Forgotten counts are deleted at most this often (per process). */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The key counting every checked attempt at an email's credentials, from anywhere. */
export function accountThrottleKey(email: string): string {
  return `email:${sha256(email.trim().toLowerCase())}`;
}

/** The key counting the attempts at an email from one of its owner's known addresses. */
export function knownAddressThrottleKey(email: string, ipAddress: string): string {
  return `email+address:${sha256(`${email.trim().toLowerCase()}\n${ipAddress}`)}`;
}

/** One reserved, checked attempt: a success clears the count it was taken from. */
export interface ThrottleTicket {
  readonly key: string;
}

/** The wait after `count` attempts, as SQL (NULL: none). */
function waitAfter(count: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${count} >= ${Prisma.raw(String(FREE_ATTEMPTS))}
    THEN now() + make_interval(secs => least(
      ${Prisma.raw(String(FIRST_WAIT_SECONDS))} * power(2, ${count} - ${Prisma.raw(String(FREE_ATTEMPTS))}),
      ${Prisma.raw(String(MAX_WAIT_SECONDS))}))
    END`;
}

function tooManyAttempts(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'RATE_LIMITED',
    `Too many attempts; try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );
}

/**
 * The one rule that limits guessing a password: sign-in, createApiToken and accepting an invitation
 * with an existing account all take a ticket here before the password is checked.
 *
 * - **Counted before checking, atomically.** Each attempt is reserved with one
 *   `INSERT … ON CONFLICT DO UPDATE … WHERE next_attempt_at <= now() RETURNING` on the email's row, so
 *   concurrent guesses cannot all pass the gate: the first FREE_ATTEMPTS are checked, then each
 *   further checked attempt must wait FIRST_WAIT_SECONDS, doubling up to MAX_WAIT_SECONDS. A success
 *   clears the count; counts are forgotten FORGET_AFTER_HOURS after their last attempt.
 * - **No account enumeration.** The row is keyed by the email's hash, whether or not an account has
 *   that address, and a refused attempt checks no password: unknown and throttled accounts answer the
 *   same RATE_LIMITED, after the same queries.
 * - **No lock-out by strangers.** A stranger's guesses only ever delay attempts; they never refuse
 *   the owner at an address the account has signed in from within KNOWN_ADDRESS_DAYS: there, attempts
 *   are counted under that (email, address) pair's own row with the same rule.
 *
 * The per-address limits (RateLimitService `signIn`, the /graphql limit) come before this.
 */
@Injectable()
export class SignInThrottle {
  private lastPruneAt = 0;

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Reserves one checked attempt at `email`'s credentials from `ipAddress`, or throws RATE_LIMITED
   * with the seconds to wait. The attempt counts as failed until `succeeded()` is called.
   */
  async reserve(email: string, ipAddress: string | undefined): Promise<ThrottleTicket> {
    await this.pruneNowAndThen();
    const key = accountThrottleKey(email);
    const account = await this.take(key);
    if (account.reserved) return { key };
    if (ipAddress && (await this.isKnownAddress(email, ipAddress))) {
      const ownKey = knownAddressThrottleKey(email, ipAddress);
      const own = await this.take(ownKey);
      if (own.reserved) return { key: ownKey };
      throw tooManyAttempts(own.retryAfterSeconds);
    }
    throw tooManyAttempts(account.retryAfterSeconds);
  }

  /** The reserved attempt succeeded: its count starts again from zero. */
  async succeeded(ticket: ThrottleTicket): Promise<void> {
    await this.prisma.signInThrottle.deleteMany({ where: { key: ticket.key } });
  }

  /** Forgets the email's count (the owner proved the mailbox with a password reset link). */
  async forget(email: string): Promise<void> {
    await this.prisma.signInThrottle.deleteMany({ where: { key: accountThrottleKey(email) } });
  }

  /** Takes one attempt from `key`'s row in a single statement, unless it has to wait. */
  private async take(
    key: string,
  ): Promise<{ reserved: true } | { reserved: false; retryAfterSeconds: number }> {
    const forgotten = Prisma.sql`t.updated_at < now() - make_interval(hours => ${Prisma.raw(String(FORGET_AFTER_HOURS))})`;
    const count = Prisma.sql`(CASE WHEN ${forgotten} THEN 1 ELSE t.failures + 1 END)`;
    const rows = await this.prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttle AS t (key, failures, next_attempt_at, updated_at)
      VALUES (${key}, 1, ${waitAfter(Prisma.sql`1`)}, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = ${count},
        next_attempt_at = ${waitAfter(count)},
        updated_at = now()
      WHERE t.next_attempt_at IS NULL OR t.next_attempt_at <= now() OR ${forgotten}
      RETURNING t.failures`;
    if (rows.length > 0) return { reserved: true };
    const [row] = await this.prisma.$queryRaw<{ wait_ms: number | null }[]>`
      SELECT (extract(epoch FROM next_attempt_at - now()) * 1000)::float8 AS wait_ms
      FROM sign_in_throttle WHERE key = ${key}`;
    const waitMs = row?.wait_ms ?? 0;
    return { reserved: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Whether the account of `email` has had a session from `ipAddress` lately (one query either way). */
  private async isKnownAddress(email: string, ipAddress: string): Promise<boolean> {
    const session = await this.prisma.session.findFirst({
      where: {
        ipAddress,
        createdAt: { gte: subDays(new Date(), KNOWN_ADDRESS_DAYS) },
        user: { email: email.trim().toLowerCase(), disabledAt: null },
      },
      select: { id: true },
    });
    return session !== null;
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPruneAt < PRUNE_INTERVAL_MS) return;
    this.lastPruneAt = Date.now();
    await this.prisma.signInThrottle.deleteMany({
      where: { updatedAt: { lt: subHours(new Date(), FORGET_AFTER_HOURS) } },
    });
  }
}
