import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import {
  ComputedIndicatorKind,
  FundingType,
  IndicatorAggregation,
  IndicatorSource,
  OrganizationReportStatus,
  ReportingPeriodKind,
  ReportingRoundStatus,
} from './reporting-enums';

@ObjectType('NetworkGoal', { description: 'A strategic heading of a network.' })
export class NetworkGoalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;
}

@ObjectType()
export class NetworkGoalConnection extends Paginated(NetworkGoalModel) {}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'null: the network’s own indicator.' })
  organizationId!: string | null;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => LocalizedText)
  unit!: LocalizedText;

  @Field(() => IndicatorAggregation)
  aggregation!: IndicatorAggregation;

  @Field(() => IndicatorSource)
  source!: IndicatorSource;

  @Field(() => ComputedIndicatorKind, { nullable: true })
  computedKind!: ComputedIndicatorKind | null;
}

@ObjectType()
export class IndicatorConnection extends Paginated(IndicatorModel) {}

@ObjectType('IndicatorTarget')
export class IndicatorTargetModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ReportingPeriodKind)
  periodKind!: ReportingPeriodKind;

  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'The day after the last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  wellbeingAreaCode!: string | null;

  @Field(() => String, { nullable: true })
  ageBand!: string | null;
}

@ObjectType('FundingSource')
export class FundingSourceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => FundingType)
  type!: FundingType;

  @Field()
  funderName!: string;

  @Field(() => Float, { nullable: true, description: 'Euros for the period.' })
  amount!: number | null;

  @Field()
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field()
  isPermanent!: boolean;
}

@ObjectType()
export class FundingSourceConnection extends Paginated(FundingSourceModel) {}

@ObjectType('IndicatorResult', {
  description:
    'An indicator’s figure for a period against its target; with a filter, the filtered figure.',
})
export class IndicatorResultModel {
  @Field(() => IndicatorModel)
  indicator!: IndicatorModel;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Computed by Linja, or the sum (AVERAGE/SHARE: the mean) of the reported figures; null when nothing is reported.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The target of the same period and of the filter’s breakdown (service, area).',
  })
  target!: number | null;

  @Field({
    description:
      'false: the filter does not apply to this indicator’s source (e.g. an area for reported figures, which are per service); value is then null.',
  })
  filterApplies!: boolean;
}

@ObjectType()
export class IndicatorResultConnection extends Paginated(IndicatorResultModel) {}

@ObjectType('ReportingRound')
export class ReportingRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ReportingPeriodKind)
  periodKind!: ReportingPeriodKind;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field()
  dueOn!: string;

  @Field(() => ReportingRoundStatus)
  status!: ReportingRoundStatus;

  @Field(() => Date, { nullable: true })
  lockedAt!: Date | null;
}

@ObjectType()
export class ReportingRoundConnection extends Paginated(ReportingRoundModel) {}

@ObjectType('OrganizationReport')
export class OrganizationReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field(() => OrganizationReportStatus)
  status!: OrganizationReportStatus;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true })
  correctionReason!: string | null;

  @Field(() => [ID], { description: 'The indicators this organisation reports in the round.' })
  indicatorIds!: string[];

  @Field(() => ReportingRoundModel, { description: 'The round (period, due date, status).' })
  round!: ReportingRoundModel;

  @Field({ description: 'The slug of the round’s network.' })
  networkSlug!: string;
}

@ObjectType()
export class OrganizationReportConnection extends Paginated(OrganizationReportModel) {}

@ObjectType('ReportedFigure', { description: 'A count for one indicator and service.' })
export class ReportedFigureModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  reportId!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class ReportedFigureConnection extends Paginated(ReportedFigureModel) {}
