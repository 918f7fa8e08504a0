import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import {
  MembershipRoleEnum,
  MembershipStatusEnum,
} from '../../organization/dto/organization.inputs';
import { TaxonomyTermModel } from './taxonomy-term.model';

@ObjectType('NetworkMembership')
export class NetworkMembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipRoleEnum)
  role!: string;

  @Field(() => MembershipStatusEnum)
  status!: string;

  @Field({ description: 'Member since (date).' })
  since!: string;

  // statusReason and statusSince are coordinators' internal notes: NetworkMembershipResolver resolves
  // them for those allowed (membership.readStatusDetails), null for everyone else.
}

@ObjectType()
export class NetworkMembershipConnection extends Paginated(NetworkMembershipModel) {}

@ObjectType()
export class TaxonomyTermConnection extends Paginated(TaxonomyTermModel) {}

/** How current one organisation's published services are, under the network's freshness policy. */
@ObjectType()
export class OrganizationFreshnessModel {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  fresh!: number;

  @Field(() => Int)
  dueForCheck!: number;

  @Field(() => Int)
  stale!: number;

  @Field(() => Int, { description: 'Stale past the hide limit: no longer shown to the public.' })
  hidden!: number;
}

@ObjectType()
export class OrganizationFreshnessConnection extends Paginated(OrganizationFreshnessModel) {}
