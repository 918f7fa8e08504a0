import { Field, InputType, ObjectType } from '@nestjs/graphql';

/** Text in Finnish, Swedish and English, plus optional plain-language Finnish (selkosuomi). */
@ObjectType()
export class LocalizedText {
  @Field(() => String, { nullable: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-language Finnish (selkosuomi).' })
  fiPlain?: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-language Finnish (selkosuomi).' })
  fiPlain?: string | null;
}
