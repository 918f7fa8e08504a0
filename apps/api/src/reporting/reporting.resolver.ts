import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  CreateIndicatorInput,
  CreateNetworkGoalInput,
  IndicatorResultsArgs,
  IndicatorsArgs,
  SetIndicatorTargetInput,
} from './dto/reporting.inputs';
import { IndicatorsService } from './indicators.service';
import {
  IndicatorConnection,
  IndicatorModel,
  IndicatorResultConnection,
  IndicatorTargetModel,
  NetworkGoalConnection,
  NetworkGoalModel,
} from './models/reporting.model';
import { ResultsService } from './results.service';

/** Goals, indicators, targets and the results (issue 16). */
@Resolver()
export class ReportingResolver {
  constructor(
    private readonly indicatorsService: IndicatorsService,
    private readonly resultsService: ResultsService,
  ) {}

  @SignedIn('reporting.manage')
  @Mutation(() => NetworkGoalModel, {
    description: 'Adds a strategic heading to a network (its coordinators).',
  })
  createNetworkGoal(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateNetworkGoalInput,
  ): Promise<NetworkGoalModel> {
    return this.indicatorsService.createGoal(actor, input);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => NetworkGoalConnection, {
    description:
      'A network’s strategic headings (its readers; with organizationId also a member organisation’s admins).',
  })
  networkGoals(
    @CurrentActor() actor: Actor,
    @Args() args: IndicatorsArgs,
  ): Promise<NetworkGoalConnection> {
    return this.indicatorsService.goals(actor, args);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => IndicatorModel, {
    description:
      'Adds an indicator: the network’s (its coordinators) or, with organizationId, an organisation’s own (its admins).',
  })
  createIndicator(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateIndicatorInput,
  ): Promise<IndicatorModel> {
    return this.indicatorsService.createIndicator(actor, input);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => IndicatorConnection, {
    description: 'A network’s indicators, and with organizationId that organisation’s own too.',
  })
  indicators(
    @CurrentActor() actor: Actor,
    @Args() args: IndicatorsArgs,
  ): Promise<IndicatorConnection> {
    return this.indicatorsService.indicators(actor, args);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => IndicatorTargetModel, {
    description:
      'Sets an indicator’s target for a period and optional breakdown (replaces the same).',
  })
  setIndicatorTarget(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetIndicatorTargetInput,
  ): Promise<IndicatorTargetModel> {
    return this.indicatorsService.setTarget(actor, input);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => IndicatorResultConnection, {
    description:
      'Each indicator’s figure for a period against its target: the network’s, or with organizationId the organisation’s.',
  })
  indicatorResults(
    @CurrentActor() actor: Actor,
    @Args() args: IndicatorResultsArgs,
  ): Promise<IndicatorResultConnection> {
    return this.resultsService.results(actor, args);
  }
}
