import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { SignupErasureService } from './signup-erasure.service';
import { SignupReminderService } from './signup-reminder.service';

export const SIGNUP_REMINDER_JOB = 'event-signups.reminders';
export const SIGNUP_ERASURE_JOB = 'event-signups.erasure';
export const UNCONFIRMED_SIGNUPS_JOB = 'event-signups.unconfirmed';

/**
 * Daily at 09:00 (Helsinki) the reminders for tomorrow's events; daily at 03:30 the erasure of
 * sign-ups' personal data past the network's retention; every hour the deletion of sign-ups whose
 * confirmation link has expired (their name and email are kept no longer than needed).
 */
@Injectable()
export class EventSignupJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly reminders: SignupReminderService,
    private readonly erasure: SignupErasureService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: SIGNUP_REMINDER_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '0 9 * * *',
      handle: async () => {
        await this.reminders.sendDue();
      },
    });
    this.registry.register({
      name: SIGNUP_ERASURE_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 600,
      retryBackoff: true,
      timeoutSeconds: 900,
      schedule: '30 3 * * *',
      handle: async () => {
        await this.erasure.eraseDue();
      },
    });
    this.registry.register({
      name: UNCONFIRMED_SIGNUPS_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '15 * * * *',
      handle: async () => {
        await this.erasure.deleteUnconfirmed();
      },
    });
  }
}
