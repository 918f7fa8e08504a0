import { Field, ID, InputType } from '@nestjs/graphql';

import { AssignedRoleEnum } from '../models/identity.models';

@InputType()
export class InviteUserInput {
  @Field({ description: 'Where the invitation link is mailed; the account will use this address.' })
  email!: string;

  @Field(() => AssignedRoleEnum)
  role!: string;

  @Field(() => ID, { nullable: true, description: 'COORDINATOR and PROFESSIONAL: the network.' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ORG_ADMIN and ORG_EDITOR: the organisation.' })
  organizationId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'PROFESSIONAL only (required): codes of the wellbeing areas they work in.',
  })
  wellbeingAreaCodes?: string[] | null;
}
