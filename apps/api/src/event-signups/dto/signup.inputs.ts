import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpForEventInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Without an account: the name to sign up with (1–200 characters). Ignored when signed in.',
  })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Without an account: where the confirmation goes. Ignored when signed in.',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The answer to the event’s sign-up question (required when it has one, at most 2000 characters; ignored when it has none).',
  })
  answer?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'fi, sv or en: the language of the mails (default fi). Signed in: the account’s language.',
  })
  language?: string | null;
}
