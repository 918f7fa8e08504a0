import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuthorizationService } from '../authz/authorization.service';
import { paginateLoaded } from '../common/pagination/in-memory';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { ServiceFilterInput } from '../service-offering/dto/service-filter.input';
import { ServiceConnection } from '../service-offering/models/service.model';
import { ServiceQueryService } from '../service-offering/service-query.service';
import { MembershipFilterInput } from './dto/network-settings.inputs';
import { UpdateEventSettingsInput } from './dto/update-event-settings.input';
import { UpdateFreshnessPolicyInput } from './dto/update-freshness-policy.input';
import {
  NetworkMembershipConnection,
  NetworkMembershipModel,
  OrganizationFreshnessConnection,
  OrganizationFreshnessModel,
  TaxonomyTermConnection,
} from './models/network-membership.model';
import { NetworkConnection, NetworkModel } from './models/network.model';
import { TaxonomyKindEnum } from './models/taxonomy-term.model';
import { type NetworkMembershipParent, toMembershipModel, toNetworkModel } from './network.mapper';
import { NetworkService } from './network.service';
import { toTaxonomyTermModel } from './taxonomy-term.mapper';

/** Networks are public brands: their profile, taxonomy and members are readable by anyone. */
@Resolver(() => NetworkModel)
export class NetworkResolver {
  constructor(
    private readonly networkService: NetworkService,
    private readonly serviceQueries: ServiceQueryService,
  ) {}

  @Public()
  @Query(() => NetworkConnection, { description: 'The networks on this Linja instance.' })
  async networks(@Args() args: PaginationArgs): Promise<NetworkConnection> {
    const connection = await this.networkService.list(args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: toNetworkModel(edge.node) })),
    };
  }

  @Public()
  @Query(() => NetworkModel)
  async network(@Args('slug') slug: string): Promise<NetworkModel> {
    return toNetworkModel(await this.networkService.getBySlug(slug));
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkModel, {
    description: "Sets the network's freshness policy (its coordinators).",
  })
  async updateNetworkFreshnessPolicy(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFreshnessPolicyInput,
  ): Promise<NetworkModel> {
    return toNetworkModel(await this.networkService.updateFreshnessPolicy(actor, input));
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkModel, {
    description: "Sets the network's event rules: review before publishing, sign-up retention.",
  })
  async updateNetworkEventSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateEventSettingsInput,
  ): Promise<NetworkModel> {
    return toNetworkModel(await this.networkService.updateEventSettings(actor, input));
  }

  @ResolveField(() => TaxonomyTermConnection, {
    description: 'The themes/needs and target groups the network manages.',
  })
  async taxonomy(
    @Parent() network: NetworkModel,
    @Context() { loaders }: GraphQLContext,
    @Args() args: PaginationArgs,
    @Args('kind', { type: () => TaxonomyKindEnum, nullable: true }) kind: string | null,
    @Args('includeArchived', {
      type: () => Boolean,
      nullable: true,
      description: 'Also archived terms (default false).',
    })
    includeArchived: boolean | null,
  ): Promise<TaxonomyTermConnection> {
    const terms = await loaders.termsByNetworkId.load(network.id);
    return paginateLoaded(
      terms.filter(
        (term) =>
          (!kind || term.kind === kind) && (includeArchived === true || term.archivedAt === null),
      ),
      args,
      toTaxonomyTermModel,
    );
  }

  @ResolveField(() => NetworkMembershipConnection, {
    description:
      'Its member and partner organisations by name, optionally filtered by status and role.',
  })
  async members(
    @Parent() network: NetworkModel,
    @Args() args: PaginationArgs,
    @Args('filter', { type: () => MembershipFilterInput, nullable: true })
    filter: MembershipFilterInput | null,
  ): Promise<NetworkMembershipConnection> {
    const connection = await this.networkService.members(network.id, args, filter);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: toMembershipModel(edge.node) })),
    };
  }

  @ResolveField(() => ServiceConnection, {
    description: "The network's services as the caller may see them.",
  })
  services(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
    @Args('filter', { type: () => ServiceFilterInput, nullable: true })
    filter: ServiceFilterInput | null,
  ): Promise<ServiceConnection> {
    return this.serviceQueries.list(actor, { ...filter, networkSlug: network.slug }, args);
  }

  @ResolveField(() => OrganizationFreshnessConnection, {
    description:
      "Published services per organisation by freshness, stalest first (the network's coordinators).",
  })
  async freshnessReport(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<OrganizationFreshnessConnection> {
    const row = await this.networkService.getBySlug(network.slug);
    const entries = await this.networkService.freshnessReport(actor, row);
    return paginateLoaded(
      entries,
      args,
      ({ id: _id, ...entry }): OrganizationFreshnessModel => entry,
    );
  }
}

/**
 * A membership's organisation and network. That it exists, its role and its status are public (a
 * network's brand shows who belongs to it); why and since when it was suspended or ended are the
 * coordinators' internal notes, readable by the network's coordinators, platform admins and the
 * member organisation's own admins (membership.readStatusDetails), null for everyone else.
 */
@Resolver(() => NetworkMembershipModel)
export class NetworkMembershipResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Why the coordinator suspended, ended or reactivated it. Only for the network's coordinators and the organisation's admins; null for everyone else.",
  })
  statusReason(
    @Parent() membership: NetworkMembershipParent,
    @CurrentActor() actor: Actor,
  ): string | null {
    return this.mayReadStatusDetails(actor, membership) ? membership.statusReason : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      "When the current status began (null: active since `since`). Only for the network's coordinators and the organisation's admins; null for everyone else.",
  })
  statusSince(
    @Parent() membership: NetworkMembershipParent,
    @CurrentActor() actor: Actor,
  ): Date | null {
    return this.mayReadStatusDetails(actor, membership) ? membership.statusSince : null;
  }

  private mayReadStatusDetails(actor: Actor, membership: NetworkMembershipParent): boolean {
    return this.authz.can(actor, 'membership.readStatusDetails', {
      networkId: membership.networkId,
      organizationId: membership.organizationId,
    });
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() membership: NetworkMembershipParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    const row = await loaders.organizationById.load(membership.organizationId);
    if (!row) throw new Error(`organization ${membership.organizationId} missing`);
    return toOrganizationModel(row);
  }

  @ResolveField(() => NetworkModel, { description: 'The network the organisation belongs to.' })
  async network(
    @Parent() membership: NetworkMembershipParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkModel> {
    const row = await loaders.networkById.load(membership.networkId);
    if (!row) throw new Error(`network ${membership.networkId} missing`);
    return toNetworkModel(row);
  }
}

/** An organisation's side of its memberships: the networks it belongs to (public, like Network.members). */
@Resolver(() => OrganizationModel)
export class OrganizationMembershipsResolver {
  @ResolveField(() => NetworkMembershipConnection, {
    description: 'The networks it belongs to (every status), oldest membership first.',
  })
  async memberships(
    @Parent() organization: OrganizationModel,
    @Args() args: PaginationArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkMembershipConnection> {
    const rows = await loaders.membershipsByOrganizationId.load(organization.id);
    return paginateLoaded(rows, args, toMembershipModel);
  }
}

@Resolver(() => OrganizationFreshnessModel)
export class OrganizationFreshnessResolver {
  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() entry: OrganizationFreshnessModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    const row = await loaders.organizationById.load(entry.organizationId);
    if (!row) throw new Error(`organization ${entry.organizationId} missing`);
    return toOrganizationModel(row);
  }
}
