import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../auth/access.decorators';
import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CreateFundingSourceInput, ServiceFundingSourcesArgs } from '../dto/reporting.inputs';
import { FundingSourceConnection, FundingSourceModel } from '../models/reporting.model';
import { UpdateFundingSourceInput } from './funding.inputs';
import { FundingSourcesService } from './funding-sources.service';

/** A service's funding sources (issue 16): grant, state compensation, purchase, donation. */
@Resolver()
export class FundingSourcesResolver {
  constructor(private readonly funding: FundingSourcesService) {}

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FundingSourceModel, {
    description:
      'Adds a funding source to a service (its responsible organisation’s admins, the network’s coordinators).',
  })
  createFundingSource(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFundingSourceInput,
  ): Promise<FundingSourceModel> {
    return this.funding.create(actor, input);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FundingSourceModel, {
    description: 'Changes a funding source (the same writers as createFundingSource); audited.',
  })
  updateFundingSource(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFundingSourceInput,
  ): Promise<FundingSourceModel> {
    return this.funding.update(actor, input);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FundingSourceModel, {
    description: 'Removes a funding source (the same writers); audited. Returns what was removed.',
  })
  removeFundingSource(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FundingSourceModel> {
    return this.funding.remove(actor, id);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => FundingSourceConnection, { description: 'A service’s funding sources.' })
  serviceFundingSources(
    @CurrentActor() actor: Actor,
    @Args() args: ServiceFundingSourcesArgs,
  ): Promise<FundingSourceConnection> {
    return this.funding.list(actor, args);
  }
}
