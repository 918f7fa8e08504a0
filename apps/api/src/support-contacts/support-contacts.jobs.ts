import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../jobs/job-registry';
import { SupportContactErasureService } from './support-contact-erasure.service';

export const SUPPORT_CONTACT_ERASURE_JOB = 'support-contacts.erasure';

/** Daily at 03:45 (Helsinki): the erasure of closed support contacts' names and notes past retention. */
@Injectable()
export class SupportContactJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly erasure: SupportContactErasureService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: SUPPORT_CONTACT_ERASURE_JOB,
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 600,
      retryBackoff: true,
      timeoutSeconds: 900,
      schedule: '45 3 * * *',
      handle: async () => {
        await this.erasure.eraseDue();
      },
    });
  }
}
