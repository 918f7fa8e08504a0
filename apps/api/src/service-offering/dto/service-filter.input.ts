import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { ChannelEnum, FreshnessEnum, ServiceStatusEnum } from '../models/service-enums';

/**
 * Explicit, narrow filters for `services`. Statuses other than PUBLISHED (and freshness HIDDEN) only
 * return what the caller may see; for the public, only published services within their freshness window.
 */
@InputType()
export class ServiceFilterInput {
  @Field(() => String, { nullable: true })
  networkSlug?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Services this organisation answers for or produces.',
  })
  organizationId?: string | null;

  @Field(() => [ServiceStatusEnum], { nullable: true, description: 'Default: PUBLISHED.' })
  statuses?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only services with a revision waiting for review.',
  })
  awaitingReview?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Offered in this municipality: directly, to its wellbeing area or region, nationwide, or remotely.',
  })
  municipalityCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years that the service must cover.' })
  age?: number | null;

  @Field(() => [ID], { nullable: true })
  themeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  targetGroupIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Given in any of these languages (ISO 639-1).',
  })
  serviceLanguages?: string[] | null;

  @Field(() => [ChannelEnum], {
    nullable: true,
    description: 'Offered through any of these channels.',
  })
  channels?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  freeOfCharge?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has a delivery (in the municipality) taking new clients.',
  })
  acceptingClients?: boolean | null;

  @Field(() => [FreshnessEnum], { nullable: true })
  freshness?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the Finnish name.' })
  nameContains?: string | null;
}
