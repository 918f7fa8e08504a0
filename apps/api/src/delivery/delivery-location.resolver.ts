import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type GraphQLContext } from '../graphql/graphql-context';
import { MunicipalityModel } from '../region/models/municipality.model';
import { toMunicipalityModel } from '../region/region.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import { DeliveryLocationModel } from './models/service-delivery.model';

@Resolver(() => DeliveryLocationModel)
export class DeliveryLocationResolver {
  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(
    @Parent() location: DeliveryLocationModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel | null> {
    if (location.municipalityCode === null) return null;
    const row = await loaders.municipalityByCode.load(location.municipalityCode);
    return toMunicipalityModel(requiredRow(row, `municipality ${location.municipalityCode}`));
  }
}
