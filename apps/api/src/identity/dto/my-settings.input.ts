import { Field, InputType } from '@nestjs/graphql';

/** The signed-in person's own settings; a field left out stays as it is. */
@InputType()
export class MySettingsInput {
  @Field(() => String, { nullable: true, description: 'fi, sv or en.' })
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false: no weekly digest of services due for a check.',
  })
  freshnessDigest?: boolean | null;
}
