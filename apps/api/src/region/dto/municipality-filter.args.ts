import { ArgsType, Field, InputType } from '@nestjs/graphql';

import { PaginationArgs } from '../../common/pagination/pagination.args';

export const MAX_SEARCH_LENGTH = 100;

@InputType('MunicipalityFilter')
export class MunicipalityFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this wellbeing area, e.g. "09".' })
  wellbeingAreaCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this region, e.g. "21" (Åland).' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Case-insensitive part of the Finnish or Swedish name, e.g. "lah" or "åbo" (at most ${MAX_SEARCH_LENGTH} characters).`,
  })
  search?: string | null;
}

@ArgsType()
export class MunicipalityFilterArgs extends PaginationArgs {
  @Field(() => MunicipalityFilterInput, { nullable: true })
  filter?: MunicipalityFilterInput | null;
}
