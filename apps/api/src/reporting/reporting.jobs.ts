import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { RoundRemindersService } from './rounds/round-reminders.service';

export const REPORTING_REMINDER_JOB = 'reporting.reminders';

/** Daily at 07:15 (Helsinki): reminders before a round's due date and the notice once it passes. */
@Injectable()
export class ReportingJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly reminders: RoundRemindersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: REPORTING_REMINDER_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 900,
      schedule: '15 7 * * *',
      handle: async () => {
        await this.reminders.run();
      },
    });
  }
}
