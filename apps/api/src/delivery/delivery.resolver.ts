import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type DeliveryArea } from '@linja/db';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { type GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { MunicipalityModel } from '../region/models/municipality.model';
import { RegionModel } from '../region/models/region.model';
import { WellbeingAreaModel } from '../region/models/wellbeing-area.model';
import { toMunicipalityModel, toRegionModel, toWellbeingAreaModel } from '../region/region.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import { ServiceModel } from '../service-offering/models/service.model';
import { type ServiceParent } from '../service-offering/service-offering.mapper';
import {
  CreateServiceDeliveryInput,
  RemoveServiceDeliveryInput,
  UpdateServiceDeliveryInput,
} from './dto/delivery.inputs';
import { DeliveryEditingService } from './delivery-editing.service';
import { type ServiceDeliveryParent, toDeliveryLocationModel } from './delivery.mapper';
import { DeliveryLocationModel, ServiceDeliveryModel } from './models/service-delivery.model';

type Loaders = GraphQLContext['loaders'];

/** Loads rows by code through a DataLoader, in code order; a missing row is broken reference data. */
async function byCodes<T>(
  loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> },
  codes: readonly string[],
  what: string,
): Promise<T[]> {
  const sorted = [...codes].sort();
  const rows = await loader.loadMany(sorted);
  return rows.map((row, index) => {
    if (row instanceof Error) throw row;
    return requiredRow(row, `${what} ${sorted[index]}`);
  });
}

async function areaCodes(
  loaders: Loaders,
  deliveryId: string,
  pick: (area: DeliveryArea) => string | null,
): Promise<string[]> {
  const areas = await loaders.areasByDeliveryId.load(deliveryId);
  return areas.flatMap((area) => {
    const code = pick(area);
    return code === null ? [] : [code];
  });
}

/**
 * Delivery mutations and the relations of ServiceDelivery. Authorization happens in the service
 * (delivery.manage for the producing or the responsible organisation; delivery.plan for the network's
 * coordinators while a delivery is a plan); every relation goes through a
 * per-request DataLoader.
 */
@Resolver(() => ServiceDeliveryModel)
export class DeliveryResolver {
  constructor(private readonly editing: DeliveryEditingService) {}

  @SignedIn('delivery.manage', 'delivery.plan')
  @Mutation(() => ServiceDeliveryModel, {
    description:
      'Adds a delivery of a service, produced by a member organisation. Takes effect at once (no review).',
  })
  createServiceDelivery(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateServiceDeliveryInput,
  ): Promise<ServiceDeliveryParent> {
    return this.editing.create(actor, input);
  }

  @SignedIn('delivery.manage', 'delivery.plan')
  @Mutation(() => ServiceDeliveryModel, {
    description:
      'Changes a delivery; omitted fields keep their values. Takes effect at once (operational data, no review).',
  })
  updateServiceDelivery(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateServiceDeliveryInput,
  ): Promise<ServiceDeliveryParent> {
    return this.editing.update(actor, input);
  }

  @SignedIn('delivery.manage', 'delivery.plan')
  @Mutation(() => ServiceModel, { description: 'Removes a delivery; returns its service.' })
  removeServiceDelivery(
    @CurrentActor() actor: Actor,
    @Args('input') input: RemoveServiceDeliveryInput,
  ): Promise<ServiceParent> {
    return this.editing.remove(actor, input);
  }

  @ResolveField(() => OrganizationModel, { description: 'The organisation that delivers it.' })
  async organization(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    const row = await loaders.organizationById.load(delivery.organizationId);
    return toOrganizationModel(requiredRow(row, `organization ${delivery.organizationId}`));
  }

  @ResolveField(() => [MunicipalityModel], {
    description: 'Municipalities it is offered in, named one by one (by Finnish name).',
  })
  async municipalities(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel[]> {
    const codes = await areaCodes(loaders, delivery.id, (area) => area.municipalityCode);
    const rows = await byCodes(loaders.municipalityByCode, codes, 'municipality');
    return rows
      .sort((a, b) =>
        a.nameFi === b.nameFi ? (a.code < b.code ? -1 : 1) : a.nameFi < b.nameFi ? -1 : 1,
      )
      .map(toMunicipalityModel);
  }

  @ResolveField(() => [WellbeingAreaModel], {
    description: 'Wellbeing areas it is offered in as a whole, by code.',
  })
  async wellbeingAreas(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<WellbeingAreaModel[]> {
    const codes = await areaCodes(loaders, delivery.id, (area) => area.wellbeingAreaCode);
    const rows = await byCodes(loaders.wellbeingAreaByCode, codes, 'wellbeing area');
    return rows.map(toWellbeingAreaModel);
  }

  @ResolveField(() => [RegionModel], {
    description: 'Regions it is offered in as a whole, by code.',
  })
  async regions(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<RegionModel[]> {
    const codes = await areaCodes(loaders, delivery.id, (area) => area.regionCode);
    const rows = await byCodes(loaders.regionByCode, codes, 'region');
    return rows.map(toRegionModel);
  }

  @ResolveField(() => [DeliveryLocationModel], {
    description: 'Where it is given, in display order.',
  })
  async locations(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<DeliveryLocationModel[]> {
    const rows = await loaders.locationsByDeliveryId.load(delivery.id);
    return rows.map(toDeliveryLocationModel);
  }
}
