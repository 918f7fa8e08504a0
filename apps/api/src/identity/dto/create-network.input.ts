import { Field, InputType } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';

@InputType()
export class CreateNetworkInput {
  @Field({
    description: 'URL-safe identifier: lower-case letters, digits and hyphens, e.g. "perhelinja".',
  })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}
