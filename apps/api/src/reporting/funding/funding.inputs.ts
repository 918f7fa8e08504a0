import { Field, Float, ID, InputType } from '@nestjs/graphql';

import { FundingType } from '../models/reporting-enums';

@InputType()
export class UpdateFundingSourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => FundingType)
  type!: FundingType;

  @Field()
  funderName!: string;

  @Field(() => Float, { nullable: true })
  amount?: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; leave out when open-ended.' })
  endsOn?: string | null;

  @Field({ description: 'Permanent funding; false: fixed-term.' })
  isPermanent!: boolean;
}
