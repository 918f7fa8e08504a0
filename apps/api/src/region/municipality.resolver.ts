import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { type Loaders } from '../loaders/loaders';
import { MunicipalityFilterArgs } from './dto/municipality-filter.args';
import { MunicipalityConnection, MunicipalityModel } from './models/municipality.model';
import { RegionModel } from './models/region.model';
import { WellbeingAreaModel } from './models/wellbeing-area.model';
import { toRegionModel, toWellbeingAreaModel } from './region.mapper';
import { RegionService } from './region.service';
import { requiredRow } from './utils/required-row.util';

// Public reference data (Statistics Finland classifications): no authentication or authorization needed.
@Resolver(() => MunicipalityModel)
export class MunicipalityResolver {
  constructor(private readonly regionService: RegionService) {}

  @Public()
  @Query(() => MunicipalityConnection, {
    description: 'Municipalities by Finnish name, then code; optionally filtered.',
  })
  municipalities(@Args() args: MunicipalityFilterArgs): Promise<MunicipalityConnection> {
    return this.regionService.listMunicipalities(args);
  }

  @Public()
  @Query(() => MunicipalityModel, { description: 'One municipality by its 3-digit code.' })
  municipality(@Args('code') code: string): Promise<MunicipalityModel> {
    return this.regionService.getMunicipality(code);
  }

  @ResolveField(() => WellbeingAreaModel)
  async wellbeingArea(
    @Parent() municipality: MunicipalityModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<WellbeingAreaModel> {
    const row = await loaders.wellbeingAreaByCode.load(municipality.wellbeingAreaCode);
    return toWellbeingAreaModel(
      requiredRow(row, `wellbeing area ${municipality.wellbeingAreaCode}`),
    );
  }

  @ResolveField(() => RegionModel)
  async region(
    @Parent() municipality: MunicipalityModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<RegionModel> {
    const row = await loaders.regionByCode.load(municipality.regionCode);
    return toRegionModel(requiredRow(row, `region ${municipality.regionCode}`));
  }
}
