import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobRegistry } from '../../jobs/job-registry';
import { SERVICE_IMPORT_JOB } from './import-run.constants';
import { ImportRunService } from './import-run.service';

/**
 * `service-import.commit`: one job per large import run. Retried with backoff (each attempt goes on
 * from the run's committed progress); the last failed attempt ends the run FAILED.
 */
@Injectable()
export class ImportRunJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly runs: ImportRunService,
  ) {}

  onModuleInit(): void {
    this.registry.register<{ runId: string }>({
      name: SERVICE_IMPORT_JOB,
      policy: 'standard',
      retryLimit: 3,
      retryDelaySeconds: 30,
      retryBackoff: true,
      timeoutSeconds: 1800,
      handle: async (data, context) => {
        await this.runs.execute(data.runId, context.retryCount >= context.retryLimit);
      },
    });
  }
}
