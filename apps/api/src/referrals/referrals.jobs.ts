import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { KeyRotationService } from './crypto/key-rotation.service';
import { ReferralUpkeepService } from './referral-upkeep.service';

export const REFERRAL_REMINDER_JOB = 'referrals.reminders';
export const REFERRAL_AUTO_CLOSE_JOB = 'referrals.auto-close';
export const REFERRAL_ERASURE_JOB = 'referrals.erasure';
export const REFERRAL_KEY_ROTATION_JOB = 'referrals.rotate-keys';

/**
 * Hourly on weekdays the reminders of unopened referrals; daily at 03:40 the auto-close, at 03:50
 * the erasure of personal data past the retention, at 04:10 the re-encryption of rows still under
 * an older key (nothing to do unless REFERRAL_KEYS gained a new first key).
 */
@Injectable()
export class ReferralJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly upkeep: ReferralUpkeepService,
    private readonly rotation: KeyRotationService,
  ) {}

  onModuleInit(): void {
    const common = {
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 900,
    } as const;
    this.registry.register({
      ...common,
      name: REFERRAL_REMINDER_JOB,
      schedule: '20 * * * 1-5',
      handle: async () => {
        await this.upkeep.remindUnopened();
      },
    });
    this.registry.register({
      ...common,
      name: REFERRAL_AUTO_CLOSE_JOB,
      schedule: '40 3 * * *',
      handle: async () => {
        await this.upkeep.autoClose();
      },
    });
    this.registry.register({
      ...common,
      name: REFERRAL_ERASURE_JOB,
      schedule: '50 3 * * *',
      handle: async () => {
        await this.upkeep.erase();
      },
    });
    this.registry.register({
      ...common,
      name: REFERRAL_KEY_ROTATION_JOB,
      schedule: '10 4 * * *',
      handle: async () => {
        await this.rotation.rotate();
      },
    });
  }
}
