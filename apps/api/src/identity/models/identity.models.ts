import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';

export const AssignedRoleEnum = {
  COORDINATOR: 'COORDINATOR',
  ORG_ADMIN: 'ORG_ADMIN',
  ORG_EDITOR: 'ORG_EDITOR',
  PROFESSIONAL: 'PROFESSIONAL',
  REPORT_VIEWER: 'REPORT_VIEWER',
} as const;
registerEnumType(AssignedRoleEnum, { name: 'AssignedRole' });

export const SignInStatusEnum = { SIGNED_IN: 'SIGNED_IN', TOTP_REQUIRED: 'TOTP_REQUIRED' } as const;
registerEnumType(SignInStatusEnum, {
  name: 'SignInStatus',
  description:
    'TOTP_REQUIRED: send the same credentials again with the code from the authenticator app.',
});

@ObjectType('RoleAssignment')
export class RoleAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssignedRoleEnum)
  role!: string;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => [String], { description: 'Professionals: the wellbeing areas they work in.' })
  wellbeingAreaCodes!: string[];

  @Field({ description: 'Professionals count only once a coordinator has verified them.' })
  isVerified!: boolean;
}

@ObjectType('CurrentUser')
export class CurrentUserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field()
  isPlatformAdmin!: boolean;

  @Field()
  isTotpEnabled!: boolean;

  @Field({ description: 'fi, sv or en: the language of the mails Linja sends this person.' })
  language!: string;

  @Field({
    description:
      "Whether the person gets the weekly digest of their organisations' services due for a check.",
  })
  freshnessDigest!: boolean;

  @Field(() => [RoleAssignmentModel])
  roles!: RoleAssignmentModel[];
}

@ObjectType()
export class SignInResult {
  @Field(() => SignInStatusEnum)
  status!: string;

  @Field(() => CurrentUserModel, { nullable: true })
  user!: CurrentUserModel | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType()
export class ApiTokenResult {
  @Field({ description: 'Shown once: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'BROWSER or API.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'The session this request came with.' })
  isCurrent!: boolean;
}

@ObjectType()
export class SessionConnection extends Paginated(SessionModel) {}
