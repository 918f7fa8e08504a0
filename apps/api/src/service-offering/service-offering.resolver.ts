import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { ServiceFilterInput } from './dto/service-filter.input';
import {
  ApproveRevisionInput,
  CreateServiceInput,
  ReturnRevisionInput,
  ServiceVersionInput,
  UpdateServiceInput,
} from './dto/service-mutation.inputs';
import { ServiceConnection, ServiceModel } from './models/service.model';
import { ServiceEditingService } from './service-editing.service';
import { type ServiceParent } from './service-offering.mapper';
import { ServiceQueryService } from './service-query.service';
import { ServiceReviewService } from './service-review.service';

/**
 * Service catalogue operations. Authorization happens in the services through AuthorizationService
 * (the permission map) and the visibility condition, with the actor from the request context.
 */
@Resolver(() => ServiceModel)
export class ServiceOfferingResolver {
  constructor(
    private readonly queries: ServiceQueryService,
    private readonly editing: ServiceEditingService,
    private readonly review: ServiceReviewService,
  ) {}

  @Public()
  @Query(() => ServiceModel, { description: 'A service the caller may see (NOT_FOUND otherwise).' })
  service(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ServiceParent> {
    return this.queries.getVisible(actor, id);
  }

  @Public()
  @Query(() => ServiceConnection, {
    description: 'Services by name; published ones unless filtered otherwise.',
  })
  services(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ServiceFilterInput, nullable: true })
    filter: ServiceFilterInput | null,
    @Args() args: PaginationArgs,
  ): Promise<ServiceConnection> {
    return this.queries.list(actor, filter, args);
  }

  @SignedIn('service.create')
  @Mutation(() => ServiceModel, {
    description: 'Drafts a new service (not public until approved).',
  })
  createService(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateServiceInput,
  ): Promise<ServiceParent> {
    return this.editing.create(actor, input);
  }

  @SignedIn('service.update')
  @Mutation(() => ServiceModel, {
    description:
      'Saves the draft; on a published service, starts a new revision while the approved one stays public.',
  })
  updateService(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateServiceInput,
  ): Promise<ServiceParent> {
    return this.editing.update(actor, input);
  }

  @SignedIn('service.submit')
  @Mutation(() => ServiceModel)
  submitServiceForReview(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServiceVersionInput,
  ): Promise<ServiceParent> {
    return this.editing.submit(actor, input);
  }

  @SignedIn('service.review')
  @Mutation(() => ServiceModel, {
    description: 'Publishes the submitted revision (network coordinators).',
  })
  approveServiceRevision(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApproveRevisionInput,
  ): Promise<ServiceParent> {
    return this.review.approve(actor, input);
  }

  @SignedIn('service.review')
  @Mutation(() => ServiceModel, {
    description: 'Returns the submitted revision to its editors with a reason.',
  })
  returnServiceRevision(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReturnRevisionInput,
  ): Promise<ServiceParent> {
    return this.review.return(actor, input);
  }

  @SignedIn('service.archive')
  @Mutation(() => ServiceModel)
  archiveService(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServiceVersionInput,
  ): Promise<ServiceParent> {
    return this.review.archive(actor, input);
  }

  @SignedIn('service.archive')
  @Mutation(() => ServiceModel)
  restoreService(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServiceVersionInput,
  ): Promise<ServiceParent> {
    return this.review.restore(actor, input);
  }

  @SignedIn('service.confirmValid')
  @Mutation(() => ServiceModel, {
    description: 'Confirms the published service is still valid (restarts freshness).',
  })
  confirmServiceStillValid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ServiceParent> {
    return this.review.confirmStillValid(actor, id);
  }
}
