import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { SignupStatus } from './signup-status';

/**
 * A person's sign-up to an event, as its organisers (event.manage) and the person themselves see it.
 * Name, email and answer are null once erased (the network's retention after the event); status and
 * attendance stay for the counts.
 */
@ObjectType('EventSignup')
export class EventSignupModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => SignupStatus)
  status!: SignupStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The name given, or the account’s name; null once erased.',
  })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The email given, or the account’s email; null once erased.',
  })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The answer to the event’s sign-up question; null once erased.',
  })
  answer!: string | null;

  @Field({ description: 'fi, sv or en: the language of the mails this person gets.' })
  language!: string;

  @Field({ description: 'True when the person signed up from their Linja account.' })
  hasAccount!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the person came (null: not marked).',
  })
  attended!: boolean | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When promoted from the waiting list.' })
  promotedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the personal fields were erased.' })
  erasedAt!: Date | null;
}

@ObjectType('EventSignupConnection')
export class EventSignupConnection extends Paginated(EventSignupModel) {}

/** What a person signing up (or cancelling) learns: their sign-up's id and state. */
@ObjectType('EventSignupReceipt')
export class EventSignupReceiptModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => SignupStatus)
  status!: SignupStatus;
}

/** An event's sign-ups by state, and how many were marked as having come. */
@ObjectType('EventSignupCounts')
export class EventSignupCountsModel {
  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  waitlisted!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int, { description: 'Sign-ups marked as attended.' })
  attended!: number;
}
