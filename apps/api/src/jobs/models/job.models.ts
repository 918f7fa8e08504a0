import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';

/** How many jobs of one queue are in each state (completed ones until pg-boss archives them). */
@ObjectType('JobQueue')
export class JobQueueModel {
  @Field({ description: 'The job kind, e.g. mail.deliver.' })
  name!: string;

  @Field(() => Int, { description: 'Waiting for their first attempt.' })
  created!: number;

  @Field(() => Int, { description: 'Failed at least once; waiting for the next attempt.' })
  retry!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int, { description: 'Failed on every attempt; retryable with retryJob.' })
  failed!: number;

  @Field(() => String, { nullable: true, description: 'Cron line (Europe/Helsinki) if scheduled.' })
  schedule!: string | null;
}

/** A job that failed on its last allowed attempt. */
@ObjectType('FailedJob')
export class FailedJobModel {
  @Field(() => ID)
  id!: string;

  @Field()
  queue!: string;

  @Field({ description: 'The last attempt’s error message.' })
  error!: string;

  @Field(() => Int, { description: 'Attempts made.' })
  attempts!: number;

  @Field()
  createdAt!: Date;

  @Field()
  failedAt!: Date;
}

@ObjectType()
export class FailedJobConnection extends Paginated(FailedJobModel) {}
