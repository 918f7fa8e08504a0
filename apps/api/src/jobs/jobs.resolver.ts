import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { JobsAdminService } from './jobs-admin.service';
import { FailedJobConnection, FailedJobModel, JobQueueModel } from './models/job.models';

@Resolver()
export class JobsResolver {
  constructor(private readonly jobs: JobsAdminService) {}

  @SignedIn('jobs.manage')
  @Query(() => [JobQueueModel], {
    description: 'Background job queues with counts by state (platform admins).',
  })
  jobQueues(@CurrentActor() actor: Actor): Promise<JobQueueModel[]> {
    return this.jobs.queues(actor);
  }

  @SignedIn('jobs.manage')
  @Query(() => FailedJobConnection, {
    description: 'Jobs that failed on every attempt, most recent first (platform admins).',
  })
  failedJobs(
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<FailedJobConnection> {
    return this.jobs.failedJobs(actor, args);
  }

  @SignedIn('jobs.manage')
  @Mutation(() => FailedJobModel, {
    description: 'Puts a failed job back in its queue for one more attempt (platform admins).',
  })
  retryJob(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FailedJobModel> {
    return this.jobs.retryJob(actor, id);
  }
}
