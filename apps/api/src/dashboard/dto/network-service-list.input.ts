import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

import { FreshnessEnum } from '../../service-offering/models/service-enums';

/** Where a service is in its life, as the coordinator's list filters it. */
export const ServiceListStateEnum = {
  /** Never published and not waiting for review. */
  DRAFT: 'DRAFT',
  /** A revision (first version or an edit) waits for review. */
  SUBMITTED: 'SUBMITTED',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type ServiceListState = keyof typeof ServiceListStateEnum;

registerEnumType(ServiceListStateEnum, {
  name: 'ServiceListState',
  description:
    'DRAFT: never published, not submitted; SUBMITTED: a revision waits for review; PUBLISHED; ARCHIVED.',
});

/** The sort orders of `Network.allServices`; each is a keyset (the sort key, then the id). */
export const ServiceListOrderEnum = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
  UPDATED_AT_DESC: 'UPDATED_AT_DESC',
  UPDATED_AT_ASC: 'UPDATED_AT_ASC',
  CREATED_AT_DESC: 'CREATED_AT_DESC',
  CREATED_AT_ASC: 'CREATED_AT_ASC',
} as const;
export type ServiceListOrder = keyof typeof ServiceListOrderEnum;

registerEnumType(ServiceListOrderEnum, {
  name: 'ServiceListOrder',
  description: 'By Finnish name, last change or creation; ties broken by id.',
});

/** Filters of `Network.allServices`: each narrows the list; within one, any value matches. */
@InputType()
export class NetworkServiceListFilterInput {
  @Field(() => [ServiceListStateEnum], { nullable: true, description: 'Default: every state.' })
  states?: ServiceListState[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Services this organisation answers for or produces (a delivery).',
  })
  organizationId?: string | null;

  @Field(() => [FreshnessEnum], {
    nullable: true,
    description: 'Published services in these freshness states under the network’s policy.',
  })
  freshness?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reaching this wellbeing area (2-digit code): an ACTIVE delivery to it, its region or one of its municipalities. Nationwide and remote deliveries are not counted (as in deliveryCoverage).',
  })
  wellbeingAreaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reaching this municipality (3-digit code): an ACTIVE delivery to it, its wellbeing area or its region.',
  })
  municipalityCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: services with an ACTIVE nationwide or remote delivery (the count of NetworkStats.nationwideOrRemoteServices); false: services without one.',
  })
  nationwideOrRemote?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the Finnish name.' })
  nameContains?: string | null;
}
