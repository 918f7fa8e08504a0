import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { QueueService } from '../jobs/queue.service';
import { FreshnessDigestService } from './freshness-digest.service';
import { weekOf } from './freshness-reminders.util';
import { HiddenNoticeService } from './hidden-notice.service';
import { OtherProviderChecksService } from './other-provider-checks.service';

export const DIGEST_SCHEDULE_JOB = 'freshness.weekly-digest';
export const DIGEST_ORGANIZATION_JOB = 'freshness.digest';
export const HIDDEN_NOTICE_JOB = 'freshness.hidden-notices';
export const OTHER_PROVIDER_CHECKS_JOB = 'freshness.other-provider-checks';

/**
 * The reminders' jobs: every Monday at 07:00 (Helsinki) one job per organisation with published
 * services sends that organisation's digest; every day at 06:30 the notices of newly hidden services;
 * every Monday at 07:15 the coordinators' reminders of other providers due for a check (issue 18).
 */
@Injectable()
export class FreshnessReminderJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly queue: QueueService,
    private readonly digest: FreshnessDigestService,
    private readonly hidden: HiddenNoticeService,
    private readonly otherProviders: OtherProviderChecksService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: DIGEST_SCHEDULE_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '0 7 * * 1',
      handle: () => this.fanOut(),
    });
    this.registry.register<{ organizationId: string }>({
      name: DIGEST_ORGANIZATION_JOB,
      policy: 'stately',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 300,
      handle: async (data) => {
        await this.digest.send(data.organizationId);
      },
    });
    this.registry.register({
      name: HIDDEN_NOTICE_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '30 6 * * *',
      handle: async () => {
        await this.hidden.sendDue();
      },
    });
    // Idempotent per network, coordinator and week (dedupe key): a retry writes only what is missing.
    this.registry.register({
      name: OTHER_PROVIDER_CHECKS_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 300,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '15 7 * * 1',
      handle: async () => {
        await this.otherProviders.sendAll();
      },
    });
  }

  /** One digest job per organisation and week (the singleton key keeps a second one out). */
  async fanOut(now = new Date()): Promise<void> {
    const week = weekOf(now);
    for (const organizationId of await this.digest.organizationIds()) {
      await this.queue.send(
        DIGEST_ORGANIZATION_JOB,
        { organizationId },
        { singletonKey: `${organizationId}:${week}` },
      );
    }
  }
}
