import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type Loaders } from '../loaders/loaders';
import { WellbeingAreaFilterArgs } from './dto/wellbeing-area-filter.args';
import { MunicipalityConnection } from './models/municipality.model';
import { RegionModel } from './models/region.model';
import { WellbeingAreaConnection, WellbeingAreaModel } from './models/wellbeing-area.model';
import { toRegionModel } from './region.mapper';
import { RegionService } from './region.service';
import { requiredRow } from './utils/required-row.util';

// Public reference data (Statistics Finland classifications): no authentication or authorization needed.
@Resolver(() => WellbeingAreaModel)
export class WellbeingAreaResolver {
  constructor(private readonly regionService: RegionService) {}

  @Public()
  @Query(() => WellbeingAreaConnection, {
    description: 'Wellbeing areas by code: the 21 counties, the City of Helsinki and Åland.',
  })
  wellbeingAreas(@Args() args: WellbeingAreaFilterArgs): Promise<WellbeingAreaConnection> {
    return this.regionService.listWellbeingAreas(args);
  }

  @Public()
  @Query(() => WellbeingAreaModel, { description: 'One wellbeing area by its 2-digit code.' })
  wellbeingArea(@Args('code') code: string): Promise<WellbeingAreaModel> {
    return this.regionService.getWellbeingArea(code);
  }

  @ResolveField(() => RegionModel)
  async region(
    @Parent() area: WellbeingAreaModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<RegionModel> {
    const row = await loaders.regionByCode.load(area.regionCode);
    return toRegionModel(requiredRow(row, `region ${area.regionCode}`));
  }

  @ResolveField(() => MunicipalityConnection, {
    description: 'The municipalities of this area, by Finnish name, then code.',
  })
  municipalities(
    @Parent() area: WellbeingAreaModel,
    @Args() args: PaginationArgs,
    @Context('loaders') loaders: Loaders,
  ): Promise<MunicipalityConnection> {
    return this.regionService.municipalitiesOf(
      loaders.municipalitiesByWellbeingAreaCode,
      area.code,
      args,
    );
  }
}
