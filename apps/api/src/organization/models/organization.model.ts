import { Field, ID, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';

/** A member association or partner organisation. */
@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Finnish business ID (Y-tunnus).' })
  businessId!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;
}
