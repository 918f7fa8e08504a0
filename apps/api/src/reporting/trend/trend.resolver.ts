import { Args, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../auth/access.decorators';
import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { IndicatorTrendArgs, IndicatorTrendConnection } from './trend.model';
import { TrendService } from './trend.service';

/** The multi-period trend of the results (issue 16). */
@Resolver()
export class TrendResolver {
  constructor(private readonly trendService: TrendService) {}

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => IndicatorTrendConnection, {
    description:
      'Each indicator’s figure against its target over consecutive periods: the network’s, or with organizationId the organisation’s (same readers as indicatorResults).',
  })
  indicatorTrend(
    @CurrentActor() actor: Actor,
    @Args() args: IndicatorTrendArgs,
  ): Promise<IndicatorTrendConnection> {
    return this.trendService.trend(actor, args);
  }
}
