import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { CostEnum } from '../../service-offering/models/service-enums';
import { EventAudience, EventKind } from '../models/event-enums';

/**
 * The editable fields of an event. On create, omitted fields take their defaults; on update, omitted
 * fields keep their values, and `null` clears a nullable one.
 */
@InputType({ isAbstract: true })
export abstract class EventFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The service it belongs to: of the event's network and, for an organisation's event, of that organisation or delivered by it.",
  })
  serviceId?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => EventAudience, { nullable: true })
  audience?: EventAudience | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Finnish required.' })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes.' })
  languages?: string[] | null;

  @Field(() => CostEnum, { nullable: true })
  cost?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  costNote?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  ageMax?: number | null;

  @Field(() => Date, { nullable: true, description: 'Start of the first occurrence.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the first occurrence.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Default Europe/Helsinki.' })
  timeZone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'RFC 5545 RRULE without DTSTART, ending with COUNT or UNTIL, e.g. FREQ=WEEKLY;COUNT=8.',
  })
  recurrence?: string | null;

  @Field(() => Int, { nullable: true, description: 'GROUP only.' })
  meetingCount?: number | null;

  @Field(() => String, { nullable: true })
  placeName?: string | null;

  @Field(() => String, { nullable: true })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Five digits.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  postOffice?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '3-digit code; required with a place.',
  })
  municipalityCode?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  accessibility?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true })
  isOnline?: boolean | null;

  @Field(() => String, { nullable: true, description: 'https URL of the meeting.' })
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  signupEnabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'At least 1; null: no limit.' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true })
  waitlistEnabled?: boolean | null;

  @Field(() => Date, { nullable: true })
  signupDeadline?: Date | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  signupQuestion?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'https URL of the recording.' })
  recordingUrl?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Themes and target groups from the event's network taxonomy.",
  })
  termIds?: string[] | null;
}

@InputType()
export class CreateEventInput extends EventFieldsInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organising member organisation; null: the network itself organises it.',
  })
  organizationId?: string | null;
}

@InputType()
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class EventVersionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class EventReasonInput extends EventVersionInput {
  @Field({ description: 'Shown to the editors (return) or to everyone (cancel).' })
  reason!: string;
}

@InputType()
export class CancelEventOccurrenceInput extends EventVersionInput {
  @Field({ description: "The occurrence's originalStart." })
  occurrenceStart!: Date;
}

@InputType()
export class RestoreEventOccurrenceInput extends EventVersionInput {
  @Field({ description: "The cancelled or moved occurrence's originalStart." })
  occurrenceStart!: Date;
}

@InputType()
export class AddEventOccurrenceInput extends EventVersionInput {
  @Field({
    description:
      'The extra date’s start (an instant; the admin sends a Europe/Helsinki wall-clock time converted). It lasts as long as the event.',
  })
  startsAt!: Date;
}

@InputType()
export class MoveEventOccurrenceInput extends EventVersionInput {
  @Field({ description: "The occurrence's originalStart." })
  occurrenceStart!: Date;

  @Field()
  newStartsAt!: Date;

  @Field()
  newEndsAt!: Date;
}
