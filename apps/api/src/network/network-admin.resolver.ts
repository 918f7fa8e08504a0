import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  ChangeMembershipInput,
  CreateTaxonomyTermInput,
  UpdateNetworkSettingsInput,
  UpdateTaxonomyTermInput,
} from './dto/network-settings.inputs';
import { MembershipService } from './membership.service';
import { NetworkMembershipModel } from './models/network-membership.model';
import { NetworkModel } from './models/network.model';
import { TaxonomyTermModel } from './models/taxonomy-term.model';
import { type NetworkMembershipParent, toMembershipModel, toNetworkModel } from './network.mapper';
import { NetworkSettingsService } from './network-settings.service';
import { toTaxonomyTermModel } from './taxonomy-term.mapper';

/** What a network's coordinators change: settings, brand, taxonomy and memberships. */
@Resolver()
export class NetworkAdminResolver {
  constructor(
    private readonly settings: NetworkSettingsService,
    private readonly memberships: MembershipService,
  ) {}

  @SignedIn('network.manage')
  @Mutation(() => NetworkModel, {
    description:
      'Edits the network\'s profile, contact and brand (its coordinators); omitted fields keep their values, "" clears. Colours must meet WCAG AA contrast against white.',
  })
  async updateNetworkSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNetworkSettingsInput,
  ): Promise<NetworkModel> {
    return toNetworkModel(await this.settings.updateSettings(actor, input));
  }

  @SignedIn('network.manage')
  @Mutation(() => TaxonomyTermModel, {
    description: 'Adds a theme or target group to the network’s taxonomy (its coordinators).',
  })
  async createTaxonomyTerm(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateTaxonomyTermInput,
  ): Promise<TaxonomyTermModel> {
    return toTaxonomyTermModel(await this.settings.createTerm(actor, input));
  }

  @SignedIn('network.manage')
  @Mutation(() => TaxonomyTermModel, {
    description: 'Changes a term’s labels, slug or order (its network’s coordinators).',
  })
  async updateTaxonomyTerm(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateTaxonomyTermInput,
  ): Promise<TaxonomyTermModel> {
    return toTaxonomyTermModel(await this.settings.updateTerm(actor, input));
  }

  @SignedIn('network.manage')
  @Mutation(() => TaxonomyTermModel, {
    description:
      'Archives a term: services keep it, but it is no longer listed for new content (its network’s coordinators).',
  })
  async archiveTaxonomyTerm(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TaxonomyTermModel> {
    return toTaxonomyTermModel(await this.settings.setArchived(actor, id, true));
  }

  @SignedIn('network.manage')
  @Mutation(() => TaxonomyTermModel, { description: 'Brings an archived term back.' })
  async restoreTaxonomyTerm(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TaxonomyTermModel> {
    return toTaxonomyTermModel(await this.settings.setArchived(actor, id, false));
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkMembershipModel, {
    description:
      'Suspends an ACTIVE member or partner (its network’s coordinators; reason required). Its published services stay public; it cannot add services or deliveries in the network until reactivated.',
  })
  async suspendNetworkMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMembershipInput,
  ): Promise<NetworkMembershipParent> {
    return toMembershipModel(await this.memberships.change(actor, 'suspend', input));
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkMembershipModel, {
    description: 'Reactivates a SUSPENDED membership (its network’s coordinators).',
  })
  async reactivateNetworkMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMembershipInput,
  ): Promise<NetworkMembershipParent> {
    return toMembershipModel(await this.memberships.change(actor, 'reactivate', input));
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkMembershipModel, {
    description:
      'Ends a membership for good (its network’s coordinators; reason required). Its services stay until the coordinator archives them.',
  })
  async endNetworkMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMembershipInput,
  ): Promise<NetworkMembershipParent> {
    return toMembershipModel(await this.memberships.change(actor, 'end', input));
  }
}
