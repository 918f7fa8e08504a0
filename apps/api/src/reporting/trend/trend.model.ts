import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { IndicatorsArgs, ReportingPeriodInput } from '../dto/reporting.inputs';
import { IndicatorResultsFilterInput } from '../filter/results-filter';
import { IndicatorModel } from '../models/reporting.model';

@ArgsType()
export class IndicatorTrendArgs extends IndicatorsArgs {
  @Field(() => ReportingPeriodInput, { description: 'The last period of the trend.' })
  until!: ReportingPeriodInput;

  @Field(() => Int, {
    defaultValue: 4,
    description: 'How many periods of the same kind, ending with `until` (1–12).',
  })
  periods!: number;

  @Field(() => IndicatorResultsFilterInput, { nullable: true, description: 'As indicatorResults.' })
  filter?: IndicatorResultsFilterInput | null;
}

@ObjectType('IndicatorTrendPoint', {
  description: 'An indicator’s figure and target in one period.',
})
export class IndicatorTrendPointModel {
  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: 'As IndicatorResult.value.' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;
}

@ObjectType('IndicatorTrend', {
  description: 'An indicator’s figures against its targets over consecutive periods, oldest first.',
})
export class IndicatorTrendModel {
  @Field(() => IndicatorModel)
  indicator!: IndicatorModel;

  @Field({ description: 'As IndicatorResult.filterApplies (points’ values are then null).' })
  filterApplies!: boolean;

  @Field(() => [IndicatorTrendPointModel])
  points!: IndicatorTrendPointModel[];
}

@ObjectType()
export class IndicatorTrendConnection extends Paginated(IndicatorTrendModel) {}
