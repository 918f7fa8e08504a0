import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import { CostEnum } from '../../service-offering/models/service-enums';
import { EventAudience, EventKind, EventStatus } from './event-enums';

/** One occurrence of an event (a recurring event has many), after its exceptions. */
@ObjectType('EventOccurrence')
export class EventOccurrenceModel {
  @Field({
    description:
      'The start the recurrence rule gives it: its identity (also after a move), for moving or cancelling it.',
  })
  originalStart!: Date;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'True when this occurrence was moved from its rule time.' })
  moved!: boolean;

  @Field({
    description: 'True for a one-off extra date (addEventOccurrence), not a date of the rule.',
  })
  extra!: boolean;
}

/**
 * An event of a network or one member organisation (issue 15). Relations (network, organisation,
 * service, municipality, terms), `occurrences` and the meeting link are field resolvers
 * (event-fields.resolver.ts).
 */
@ObjectType('Event')
export class EventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { nullable: true, description: 'Null: the network itself organises it.' })
  organizationId!: string | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The info session series it belongs to.' })
  seriesId!: string | null;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => EventAudience)
  audience!: EventAudience;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the event.' })
  version!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken.' })
  languages!: string[];

  @Field(() => CostEnum)
  cost!: string;

  @Field(() => LocalizedText, { description: 'The price and what it covers.' })
  costNote!: LocalizedText;

  @Field(() => Int, { nullable: true })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true })
  ageMax!: number | null;

  @Field({ description: 'Start of the first (or only) occurrence.' })
  startsAt!: Date;

  @Field({ description: 'End of the first (or only) occurrence.' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone of the wall-clock times, e.g. Europe/Helsinki.' })
  timeZone!: string;

  @Field(() => String, {
    nullable: true,
    description: 'RFC 5545 RRULE (without DTSTART) in the event time zone; null: one occurrence.',
  })
  recurrence!: string | null;

  @Field(() => [Date], {
    description:
      'One-off extra starts of a recurring event (RFC 5545 RDATE), each as long as the event; see occurrences.',
  })
  extraDates!: Date[];

  @Field({ description: 'End of the last occurrence.' })
  lastEndsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'GROUP: how many times the group meets.' })
  meetingCount!: number | null;

  @Field(() => String, { nullable: true })
  placeName!: string | null;

  @Field(() => String, { nullable: true })
  streetAddress!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  postOffice!: string | null;

  @Field(() => String, { nullable: true, description: '3-digit municipality code of the place.' })
  municipalityCode!: string | null;

  @Field(() => LocalizedText, { description: 'Accessibility of the place.' })
  accessibility!: LocalizedText;

  @Field()
  isOnline!: boolean;

  @Field()
  signupEnabled!: boolean;

  @Field(() => Int, { nullable: true })
  capacity!: number | null;

  @Field()
  waitlistEnabled!: boolean;

  @Field(() => Date, { nullable: true })
  signupDeadline!: Date | null;

  @Field(() => LocalizedText, { description: 'The one extra question asked at sign-up.' })
  signupQuestion!: LocalizedText;

  @Field(() => Int, { nullable: true, description: 'Head count of those who came.' })
  attendanceCount!: number | null;

  @Field(() => String, { nullable: true })
  recordingUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the event was returned to its editors.',
  })
  returnReason!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class EventConnection extends Paginated(EventModel) {}
