import { Injectable } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { RateLimitStore } from './rate-limit-store';

/** Named limits: points per window (seconds). Keys are chosen by the caller (IP, email…). */
const LIMITS = {
  signIn: { points: 10, duration: 60 }, // points from SIGN_IN_RATE_LIMIT_PER_MINUTE
  signInAddress: { points: 100, duration: 60 * 60 }, // points from SIGN_IN_FAILURES_PER_ADDRESS_PER_HOUR
  passwordReset: { points: 5, duration: 15 * 60 }, // points from PASSWORD_RESET_RATE_LIMIT_PER_15_MINUTES
  invitationAccept: { points: 10, duration: 60 },
  // Anonymous event sign-ups and cancel links (event-signups/): per address and per email address.
  eventSignup: { points: 20, duration: 60 * 60 },
  // Anonymous contact requests to services (referrals/): per address.
  contactRequest: { points: 10, duration: 60 * 60 },
  // Anonymous feedback survey answers (feedback/): per address.
  feedback: { points: 20, duration: 60 * 60 },
} as const;
export type RateLimitName = keyof typeof LIMITS;

/**
 * Rate limits for sensitive operations, counted in the database (RateLimitStore), so all API
 * processes share them. Exceeding a limit is RATE_LIMITED with the seconds to wait, and the
 * operation does nothing.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;

  constructor(config: AppConfig, store: RateLimitStore) {
    const limits = {
      ...LIMITS,
      signIn: { ...LIMITS.signIn, points: config.env.SIGN_IN_RATE_LIMIT_PER_MINUTE },
      signInAddress: {
        ...LIMITS.signInAddress,
        points: config.env.SIGN_IN_FAILURES_PER_ADDRESS_PER_HOUR,
      },
      passwordReset: {
        ...LIMITS.passwordReset,
        points: config.env.PASSWORD_RESET_RATE_LIMIT_PER_15_MINUTES,
      },
    };
    this.limiters = Object.fromEntries(
      Object.entries(limits).map(([name, limit]) => [
        name,
        store.limiter({ keyPrefix: name, ...limit }),
      ]),
    ) as Record<RateLimitName, RateLimiterAbstract>;
  }

  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.ceil(error.msBeforeNext / 1000);
        throw new DomainError(
          'RATE_LIMITED',
          `Too many attempts; try again in ${retryAfterSeconds} s.`,
          {
            retryAfterSeconds,
          },
        );
      }
      throw error;
    }
  }

  /** Gives one point back (an attempt that turned out legitimate, e.g. a successful sign-in). */
  async reward(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].reward(key, 1);
  }

  /** Forgets a key (e.g. after a successful sign-in). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}
