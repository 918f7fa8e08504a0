import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DomainError } from '../common/errors/domain-error';
import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { toNetworkModel } from '../network/network.mapper';
import { toTaxonomyTermModel } from '../network/taxonomy-term.mapper';
import { TaxonomyTermModel } from '../network/models/taxonomy-term.model';
import {
  CreateOtherProviderInput,
  OtherHelpArgs,
  OtherProvidersArgs,
  UpdateOtherProviderInput,
} from './dto/other-provider.inputs';
import { MunicipalityModel } from '../region/models/municipality.model';
import { RegionModel } from '../region/models/region.model';
import { WellbeingAreaModel } from '../region/models/wellbeing-area.model';
import { toMunicipalityModel, toRegionModel, toWellbeingAreaModel } from '../region/region.mapper';
import { OtherProviderConnection, OtherProviderModel } from './models/other-provider.model';
import { OtherHelpService } from './other-help.service';
import { OtherProvidersService } from './other-providers.service';

/** The network's other providers: the managed list, the public read and the setting. */
@Resolver(() => NetworkModel)
export class NetworkOtherProvidersResolver {
  constructor(
    private readonly providers: OtherProvidersService,
    private readonly help: OtherHelpService,
  ) {}

  @ResolveField(() => OtherProviderConnection, {
    description:
      'The network’s list of providers outside it, by name (its coordinators; member organisations’ staff when `otherProvidersByMembers`).',
  })
  async otherProviders(
    @Parent() parent: NetworkModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args() args: OtherProvidersArgs,
  ): Promise<OtherProviderConnection> {
    return this.providers.list(actor, await network(loaders, parent.id), args);
  }

  @ResolveField(() => OtherProviderConnection, {
    description:
      'Public: help outside the network that fits a search, local before nationwide and online. Not part of the network: shown apart from its own services.',
  })
  async otherHelp(
    @Parent() parent: NetworkModel,
    @Context() { loaders }: GraphQLContext,
    @Args() args: OtherHelpArgs,
  ): Promise<OtherProviderConnection> {
    return this.help.fitting(await network(loaders, parent.id), args);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether member organisations’ staff may keep the other providers list.',
  })
  async otherProvidersByMembers(
    @Parent() parent: NetworkModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<boolean> {
    return (await network(loaders, parent.id)).otherProvidersByMembers;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller may keep the network’s other providers list.',
  })
  async mayManageOtherProviders(
    @Parent() parent: NetworkModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<boolean> {
    return this.providers.mayManage(actor, await network(loaders, parent.id));
  }

  @SignedIn('otherProvider.manage')
  @Mutation(() => OtherProviderModel, {
    description: 'Adds a provider outside the network to its list.',
  })
  createOtherProvider(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOtherProviderInput,
  ): Promise<OtherProviderModel> {
    return this.providers.create(actor, input);
  }

  @SignedIn('otherProvider.manage')
  @Mutation(() => OtherProviderModel, {
    description:
      'Changes a provider; omitted fields keep their values. CONFLICT on a stale version.',
  })
  updateOtherProvider(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOtherProviderInput,
  ): Promise<OtherProviderModel> {
    return this.providers.update(actor, input);
  }

  @SignedIn('otherProvider.manage')
  @Mutation(() => OtherProviderModel, {
    description: '"Checked today": the details are still right (restarts the freshness clock).',
  })
  markOtherProviderChecked(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OtherProviderModel> {
    return this.providers.markChecked(actor, id);
  }

  @SignedIn('otherProvider.manage')
  @Mutation(() => OtherProviderModel, {
    description: 'Archives a provider: kept, no longer shown to the public.',
  })
  archiveOtherProvider(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OtherProviderModel> {
    return this.providers.changeState(actor, id, 'archiveOtherProvider');
  }

  @SignedIn('otherProvider.manage')
  @Mutation(() => OtherProviderModel, { description: 'Brings an archived provider back.' })
  restoreOtherProvider(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OtherProviderModel> {
    return this.providers.changeState(actor, id, 'restoreOtherProvider');
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkModel, {
    description:
      'Whether the network’s member organisations’ staff may keep its other providers list (its coordinators).',
  })
  async updateOtherProviderSettings(
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('membersMayManage') membersMayManage: boolean,
  ): Promise<NetworkModel> {
    const updated = await this.providers.updateSettings(actor, networkId, membersMayManage);
    loaders.networkById.clear(updated.id).prime(updated.id, updated);
    return toNetworkModel(updated);
  }
}

/** An other provider's themes and target groups (DataLoader-batched). */
@Resolver(() => OtherProviderModel)
export class OtherProviderFieldsResolver {
  @ResolveField(() => [TaxonomyTermModel], { description: 'Themes and target groups.' })
  async terms(
    @Parent() provider: OtherProviderModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel[]> {
    const rows = await loaders.termsByOtherProviderId.load(provider.id);
    return rows.map((row) => toTaxonomyTermModel(row.term));
  }

  @ResolveField(() => [MunicipalityModel], {
    description:
      'The municipalities of municipalityCodes, named (by Finnish name; unknown codes left out).',
  })
  async municipalities(
    @Parent() provider: OtherProviderModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel[]> {
    const rows = await named(loaders.municipalityByCode, provider.municipalityCodes);
    return rows
      .sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi') || a.code.localeCompare(b.code))
      .map(toMunicipalityModel);
  }

  @ResolveField(() => [WellbeingAreaModel], {
    description: 'The wellbeing areas of wellbeingAreaCodes, named (by code).',
  })
  async wellbeingAreas(
    @Parent() provider: OtherProviderModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<WellbeingAreaModel[]> {
    return (await named(loaders.wellbeingAreaByCode, provider.wellbeingAreaCodes)).map(
      toWellbeingAreaModel,
    );
  }

  @ResolveField(() => [RegionModel], {
    description: 'The regions of regionCodes, named (by code).',
  })
  async regions(
    @Parent() provider: OtherProviderModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<RegionModel[]> {
    return (await named(loaders.regionByCode, provider.regionCodes)).map(toRegionModel);
  }
}

/** Reference rows of codes through a batched loader (one query per request for all providers). */
async function named<T>(
  loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> },
  codes: readonly string[],
): Promise<T[]> {
  const rows = await loader.loadMany([...codes].sort());
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}

async function network(loaders: GraphQLContext['loaders'], id: string) {
  const row = await loaders.networkById.load(id);
  if (!row) throw new DomainError('NOT_FOUND', `No network ${id}.`, { id });
  return row;
}
