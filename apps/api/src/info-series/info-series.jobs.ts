import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { InfoSeriesMailService } from './info-series-mail.service';

export const INFO_SERIES_MAIL_JOB = 'info-series.mails';

/**
 * Every hour at :10 (Helsinki): reminders of invitations' time limits and of sessions, and the
 * announcements of sessions a week ahead. Hourly so that a limit or a session is never missed by a
 * day; the outbox's dedupe keys send each mail once.
 */
@Injectable()
export class InfoSeriesJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly mails: InfoSeriesMailService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: INFO_SERIES_MAIL_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '10 * * * *',
      handle: async () => {
        await this.mails.sendDue();
      },
    });
  }
}
