import { ArgsType, Field, InputType } from '@nestjs/graphql';

import { PaginationArgs } from '../../common/pagination/pagination.args';
import { WellbeingAreaKind } from '../models/wellbeing-area.model';

@InputType('WellbeingAreaFilter')
export class WellbeingAreaFilterInput {
  @Field(() => WellbeingAreaKind, { nullable: true })
  kind?: WellbeingAreaKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only the 21 wellbeing services counties: leaves out the City of Helsinki and Åland.',
  })
  countiesOnly?: boolean | null;
}

@ArgsType()
export class WellbeingAreaFilterArgs extends PaginationArgs {
  @Field(() => WellbeingAreaFilterInput, { nullable: true })
  filter?: WellbeingAreaFilterInput | null;
}
