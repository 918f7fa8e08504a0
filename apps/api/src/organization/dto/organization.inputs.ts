import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';

export const MembershipRoleEnum = {
  MEMBER: 'MEMBER',
  PARTNER: 'PARTNER',
  COORDINATOR: 'COORDINATOR',
} as const;
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
export const MembershipStatusEnum = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  ENDED: 'ENDED',
} as const;
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });

@InputType()
export class OrganizationProfileInput {
  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Finnish business ID, e.g. 0201256-6 (check digit validated).',
  })
  businessId?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID, { description: 'The network the organisation joins.' })
  networkId!: string;

  @Field(() => MembershipRoleEnum)
  role!: string;

  @Field(() => OrganizationProfileInput)
  profile!: OrganizationProfileInput;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationProfileInput)
  profile!: OrganizationProfileInput;
}
