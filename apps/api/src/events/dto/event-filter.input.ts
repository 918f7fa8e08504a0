import { Field, ID, InputType } from '@nestjs/graphql';

import { EventAudience, EventKind, EventStatus } from '../models/event-enums';

/**
 * Filters for `events`. Every list is also limited to what the caller may see (event-visibility.ts):
 * statuses other than PUBLISHED and CANCELLED only return the caller's own organisations' and
 * networks' events.
 */
@InputType()
export class EventFilterInput {
  @Field(() => String, { nullable: true })
  networkSlug?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events with an occurrence ending after this moment. Default: now (upcoming).',
  })
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events with an occurrence starting before this moment.',
  })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Held in this municipality (3-digit code).',
  })
  municipalityCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With municipalityCode: online events count too (they reach everyone).',
  })
  includeOnline?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only online events.' })
  onlineOnly?: boolean | null;

  @Field(() => [EventAudience], { nullable: true })
  audiences?: EventAudience[] | null;

  @Field(() => [EventKind], { nullable: true })
  kinds?: EventKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Has any of these themes or target groups.' })
  termIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  seriesId?: string | null;

  @Field(() => [EventStatus], {
    nullable: true,
    description: 'Default PUBLISHED and CANCELLED; drafts only of events one manages.',
  })
  statuses?: EventStatus[] | null;
}
