import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { SupportContactChannel, SupportContactStatus } from '../models/support-contact.model';

@InputType()
export class CreateSupportTopicInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => LocalizedTextInput, { description: 'Finnish is required; at most 100 characters.' })
  label!: LocalizedTextInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Lower-case letters, digits and hyphens; derived from the Finnish label if omitted.',
  })
  slug?: string | null;
}

@InputType()
export class UpdateSupportTopicInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  label?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true, description: 'Sort order.' })
  position?: number | null;
}

@ArgsType()
export class SupportTopicsArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field({ nullable: true, description: 'Archived topics too (default false).' })
  includeArchived?: boolean;
}

@InputType()
export class LogSupportContactInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { description: 'A member or partner organisation of the network.' })
  organizationId!: string;

  @Field({ description: '"YYYY-MM-DD", not in the future.' })
  contactedOn!: string;

  @Field(() => SupportContactChannel)
  channel!: SupportContactChannel;

  @Field(() => [ID], { description: 'Topics of the network’s list (not archived); at most 10.' })
  topicIds!: string[];

  @Field(() => SupportContactStatus, { nullable: true, description: 'Default OPEN.' })
  status?: SupportContactStatus | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; required for FOLLOW_UP.' })
  followUpOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A name only; at most 120 characters.' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  note?: string | null;
}

@InputType()
export class UpdateSupportContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  contactedOn?: string | null;

  @Field(() => SupportContactChannel, { nullable: true })
  channel?: SupportContactChannel | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the topics.' })
  topicIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '"" clears it.' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '"" clears it.' })
  note?: string | null;
}

@InputType()
export class SetSupportContactStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => SupportContactStatus)
  status!: SupportContactStatus;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; required for FOLLOW_UP.' })
  followUpOn?: string | null;
}

@InputType()
export class SupportContactFilter {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => SupportContactChannel, { nullable: true })
  channel?: SupportContactChannel | null;

  @Field(() => SupportContactStatus, { nullable: true })
  status?: SupportContactStatus | null;

  @Field(() => String, { nullable: true, description: 'From this day ("YYYY-MM-DD"), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day ("YYYY-MM-DD"), inclusive.' })
  to?: string | null;
}

@ArgsType()
export class SupportContactsArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field(() => SupportContactFilter, { nullable: true })
  filter?: SupportContactFilter | null;
}

@ArgsType()
export class SupportContactTrendArgs {
  @Field()
  networkSlug!: string;

  @Field(() => Int, { description: 'First year (2000–2100).' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year, at most 10 years after fromYear.' })
  toYear!: number;
}
