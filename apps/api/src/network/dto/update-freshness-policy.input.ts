import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class UpdateFreshnessPolicyInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => Int)
  remindMonths!: number;

  @Field(() => Int)
  staleMonths!: number;

  @Field(() => Int)
  hideMonths!: number;
}
