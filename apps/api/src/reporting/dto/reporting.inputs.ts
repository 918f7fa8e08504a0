import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { IndicatorResultsFilterInput } from '../filter/results-filter';
import {
  ComputedIndicatorKind,
  FundingType,
  IndicatorAggregation,
  IndicatorSource,
  ReportingPeriodKind,
} from '../models/reporting-enums';

@InputType()
export class ReportingPeriodInput {
  @Field(() => ReportingPeriodKind)
  kind!: ReportingPeriodKind;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'TERM: 1–2; MONTH: 1–12; YEAR: leave out.' })
  index?: number | null;
}

@InputType()
export class CreateNetworkGoalInput {
  @Field()
  networkSlug!: string;

  @Field(() => LocalizedTextInput, { description: 'fi required.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class CreateIndicatorInput {
  @Field()
  networkSlug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An organisation’s own indicator (its admins); leave out for the network’s.',
  })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A goal of the network.' })
  goalId?: string | null;

  @Field(() => LocalizedTextInput, { description: 'fi required.' })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  unit?: LocalizedTextInput | null;

  @Field(() => IndicatorAggregation)
  aggregation!: IndicatorAggregation;

  @Field(() => IndicatorSource)
  source!: IndicatorSource;

  @Field(() => ComputedIndicatorKind, {
    nullable: true,
    description: 'Required for COMPUTED, not allowed for REPORTED.',
  })
  computedKind?: ComputedIndicatorKind | null;
}

@InputType()
export class SetIndicatorTargetInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ReportingPeriodInput)
  period!: ReportingPeriodInput;

  @Field(() => Float)
  value!: number;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  wellbeingAreaCode?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "0-2" or "7-11".' })
  ageBand?: string | null;
}

@InputType()
export class CreateFundingSourceInput {
  @Field(() => ID)
  serviceId!: string;

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

  @Field({ defaultValue: false })
  isPermanent!: boolean;
}

@InputType()
export class OrganizationIndicatorsInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [ID])
  indicatorIds!: string[];
}

@InputType()
export class OpenReportingRoundInput {
  @Field()
  networkSlug!: string;

  @Field(() => ReportingPeriodInput)
  period!: ReportingPeriodInput;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => [ID], {
    description: 'REPORTED network indicators every ACTIVE member organisation reports.',
  })
  indicatorIds!: string[];

  @Field(() => [OrganizationIndicatorsInput], {
    nullable: true,
    description: 'Per organisation, a different list (its own indicators allowed).',
  })
  organizations?: OrganizationIndicatorsInput[] | null;
}

@InputType()
export class ReportedFigureInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID, { description: 'A service the organisation is responsible for or produces.' })
  serviceId!: string;

  @Field(() => Float, { description: 'A count (≥ 0). Never client-level data.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  note?: string | null;
}

@InputType()
export class SaveReportedFiguresInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => [ReportedFigureInput])
  figures!: ReportedFigureInput[];
}

@InputType()
export class CorrectLockedFigureInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ReportedFigureInput)
  figure!: ReportedFigureInput;

  @Field({ description: 'Why the figure changes after locking (audited).' })
  reason!: string;
}

@ArgsType()
export class NetworkListArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;
}

@ArgsType()
export class IndicatorsArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Also this organisation’s own indicators (its admins may ask).',
  })
  organizationId?: string | null;
}

@ArgsType()
export class IndicatorResultsArgs extends IndicatorsArgs {
  @Field(() => ReportingPeriodInput)
  period!: ReportingPeriodInput;

  @Field(() => IndicatorResultsFilterInput, { nullable: true })
  filter?: IndicatorResultsFilterInput | null;
}

@ArgsType()
export class ServiceFundingSourcesArgs extends PaginationArgs {
  @Field(() => ID)
  serviceId!: string;
}

@ArgsType()
export class OrganizationReportsArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: 'A round’s reports (coordinators, readers).' })
  roundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organisation’s reports (its admins).' })
  organizationId?: string | null;
}

@ArgsType()
export class ReportedFiguresArgs extends PaginationArgs {
  @Field(() => ID)
  reportId!: string;
}
