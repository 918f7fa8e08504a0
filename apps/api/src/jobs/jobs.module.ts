import { Global, Module } from '@nestjs/common';

import { JobRegistry } from './job-registry';
import { JobsAdminService } from './jobs-admin.service';
import { JobsResolver } from './jobs.resolver';
import { QueueService } from './queue.service';

/**
 * The durable job queue (pg-boss on the application's database). Feature modules register their
 * job handlers with `JobRegistry` and queue work with `QueueService`; platform admins see the queues
 * through `jobQueues`, `failedJobs` and `retryJob`.
 */
@Global()
@Module({
  providers: [JobRegistry, QueueService, JobsAdminService, JobsResolver],
  exports: [JobRegistry, QueueService],
})
export class JobsModule {}
