import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { AssignedRoleEnum } from './identity.models';

export const InvitationStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
export type InvitationStatus = keyof typeof InvitationStatusEnum;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

/** An invitation to take a role. The token is never exposed: it exists only in the mailed link. */
@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => AssignedRoleEnum)
  role!: string;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class InvitationConnection extends Paginated(InvitationModel) {}
