import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class UpdateEventSettingsInput {
  @Field(() => ID)
  networkId!: string;

  @Field({ description: "Whether an organisation's event needs the network's approval." })
  eventsRequireReview!: boolean;

  @Field(() => Int, { description: 'Days after an event when its sign-ups are erased (1–365).' })
  signupRetentionDays!: number;
}
