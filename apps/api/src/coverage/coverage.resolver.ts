import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NetworkModel } from '../network/models/network.model';
import { CoverageService } from './coverage.service';
import { CoverageFilterInput } from './dto/coverage-filter.input';
import { CoverageMatrixModel } from './models/coverage.model';

/** The coverage matrix as a field of Network. */
@Resolver(() => NetworkModel)
export class NetworkCoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @ResolveField(() => CoverageMatrixModel, {
    description:
      'Where the network’s help is and where it is missing: its themes or target groups × wellbeing areas (or one area’s municipalities), counted with search’s reach rule in one query. The network’s coordinators (coverage.read).',
  })
  coverage(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CoverageFilterInput }) filter: CoverageFilterInput,
  ): Promise<CoverageMatrixModel> {
    return this.coverageService.matrix(actor, network.id, filter);
  }
}
