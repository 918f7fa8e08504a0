import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { ServiceFilterInput } from '../service-offering/dto/service-filter.input';
import { ServiceConnection } from '../service-offering/models/service.model';
import { ServiceQueryService } from '../service-offering/service-query.service';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.inputs';
import { OrganizationModel } from './models/organization.model';
import { toOrganizationModel } from './organization.mapper';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly serviceQueries: ServiceQueryService,
  ) {}

  /** Organisation profiles are public information. */
  @Public()
  @Query(() => OrganizationModel)
  async organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.get(id));
  }

  @SignedIn('organization.create')
  @Mutation(() => OrganizationModel, {
    description: "Adds an organisation to a network (the network's coordinators).",
  })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.create(actor, input));
  }

  @SignedIn('organization.update')
  @Mutation(() => OrganizationModel, {
    description: "Edits the organisation's profile (its admins).",
  })
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.update(actor, input));
  }

  @ResolveField(() => ServiceConnection, {
    description:
      'Services it answers for or delivers, as the caller may see them (published by default).',
  })
  services(
    @Parent() organization: OrganizationModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
    @Args('filter', {
      type: () => ServiceFilterInput,
      nullable: true,
      description:
        'E.g. statuses: [DRAFT, PUBLISHED, ARCHIVED] for every state (only what the caller may see); its organizationId is this organisation.',
    })
    filter: ServiceFilterInput | null,
  ): Promise<ServiceConnection> {
    return this.serviceQueries.list(actor, { ...filter, organizationId: organization.id }, args);
  }
}
