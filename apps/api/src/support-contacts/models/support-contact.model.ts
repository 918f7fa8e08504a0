import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type SupportContactChannel as PrismaChannel,
  type SupportContactStatus as PrismaStatus,
} from '@linja/db';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

export const SupportContactChannel = {
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  MEETING: 'MEETING',
  VISIT: 'VISIT',
  CHAT: 'CHAT',
} as const satisfies { [K in PrismaChannel]: K };
export type SupportContactChannel =
  (typeof SupportContactChannel)[keyof typeof SupportContactChannel];
registerEnumType(SupportContactChannel, { name: 'SupportContactChannel' });

export const SupportContactStatus = {
  OPEN: 'OPEN',
  FOLLOW_UP: 'FOLLOW_UP',
  CLOSED: 'CLOSED',
} as const satisfies { [K in PrismaStatus]: K };
export type SupportContactStatus = (typeof SupportContactStatus)[keyof typeof SupportContactStatus];
registerEnumType(SupportContactStatus, {
  name: 'SupportContactStatus',
  description:
    'OPEN → FOLLOW_UP (needs followUpOn) | CLOSED; FOLLOW_UP → CLOSED | OPEN; CLOSED → OPEN. See support-contact-transitions.ts.',
});

/** A topic of the network's own support-contact list. */
@ObjectType('SupportTopic')
export class SupportTopicModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field()
  slug!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => Int)
  position!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Archived topics stay on the contacts that have them but are not offered anew.',
  })
  archivedAt!: Date | null;
}

@ObjectType('SupportTopicConnection')
export class SupportTopicConnection extends Paginated(SupportTopicModel) {}

/** One logged contact from a member or partner organisation (organisation and topics: field resolvers). */
@ObjectType('SupportContact')
export class SupportContactModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'The day of the contact, "YYYY-MM-DD".' })
  contactedOn!: string;

  @Field(() => SupportContactChannel)
  channel!: SupportContactChannel;

  @Field(() => SupportContactStatus)
  status!: SupportContactStatus;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; set while FOLLOW_UP.' })
  followUpOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Optional: who called (a name only).' })
  contactPerson!: string | null;

  @Field(() => String, { nullable: true, description: 'A short note (at most 1000 characters).' })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('SupportContactConnection')
export class SupportContactConnection extends Paginated(SupportContactModel) {}

/** One topic's contacts per year (`counts[i]` belongs to `years[i]` of the trend). */
@ObjectType('SupportTopicTrend')
export class SupportTopicTrendModel {
  @Field(() => SupportTopicModel, {
    nullable: true,
    description: 'Null for the row of contacts without a topic.',
  })
  topic!: SupportTopicModel | null;

  @Field(() => [Int])
  counts!: number[];
}

/** The network's contacts per year and topic (a contact with two topics counts under both). */
@ObjectType('SupportContactTrend')
export class SupportContactTrendModel {
  @Field(() => [Int], { description: 'The years, oldest first.' })
  years!: number[];

  @Field(() => [Int], { description: 'Contacts per year (each contact once).' })
  totals!: number[];

  @Field(() => [SupportTopicTrendModel], {
    description: 'One row per topic of the network (archived ones too), by position.',
  })
  topics!: SupportTopicTrendModel[];
}
