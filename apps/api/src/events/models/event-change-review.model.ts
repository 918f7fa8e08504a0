import { Field, Int, ObjectType } from '@nestjs/graphql';

import { FieldChange } from '../../audit/models/audit-event.model';
import { LocalizedText } from '../../common/localization/localized-text.model';
import { EventAudience, EventKind } from './event-enums';

/** The public content an event would have once the waiting change is approved (what the form edits). */
@ObjectType('EventProposal')
export class EventProposalModel {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => EventAudience)
  audience!: EventAudience;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  recurrence!: string | null;

  @Field(() => Int, { nullable: true })
  meetingCount!: number | null;

  @Field(() => String, { nullable: true })
  placeName!: string | null;

  @Field(() => String, { nullable: true })
  streetAddress!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  postOffice!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;

  @Field()
  isOnline!: boolean;
}

/**
 * A change of a published event's public content and its review (where the network reviews events):
 * what waits, or why the last one was returned. Only the event's managers and reviewers read it.
 */
@ObjectType('EventChangeReview')
export class EventChangeReviewModel {
  @Field(() => Date, {
    nullable: true,
    description: 'When the waiting change was last saved; null when none waits.',
  })
  pendingSince!: Date | null;

  @Field(() => [FieldChange], {
    description:
      'The waiting change, field by field, from the published content (the meeting link is never shown).',
  })
  changes!: FieldChange[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the reviewers returned the last change (until a new one is saved).',
  })
  returnReason!: string | null;

  @Field(() => EventProposalModel, {
    nullable: true,
    description:
      'The content once the waiting change is approved (for the form); null when none waits.',
  })
  proposed!: EventProposalModel | null;
}
