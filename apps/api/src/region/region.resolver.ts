import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type Loaders } from '../loaders/loaders';
import { MunicipalityConnection } from './models/municipality.model';
import { RegionConnection, RegionModel } from './models/region.model';
import { WellbeingAreaModel } from './models/wellbeing-area.model';
import { toWellbeingAreaModel } from './region.mapper';
import { RegionService } from './region.service';

// Public reference data (Statistics Finland classifications): no authentication or authorization needed.
@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly regionService: RegionService) {}

  @Public()
  @Query(() => RegionConnection, { description: 'Regions (maakunnat) by code.' })
  regions(@Args() args: PaginationArgs): Promise<RegionConnection> {
    return this.regionService.listRegions(args);
  }

  @ResolveField(() => [WellbeingAreaModel], {
    description:
      'The wellbeing areas in this region, by code (at most five: Uusimaa has 01–04 and 90).',
  })
  async wellbeingAreas(
    @Parent() region: RegionModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<WellbeingAreaModel[]> {
    const rows = await loaders.wellbeingAreasByRegionCode.load(region.code);
    return rows.map(toWellbeingAreaModel);
  }

  @ResolveField(() => MunicipalityConnection, {
    description: 'The municipalities of this region, by Finnish name, then code.',
  })
  municipalities(
    @Parent() region: RegionModel,
    @Args() args: PaginationArgs,
    @Context('loaders') loaders: Loaders,
  ): Promise<MunicipalityConnection> {
    return this.regionService.municipalitiesOf(
      loaders.municipalitiesByRegionCode,
      region.code,
      args,
    );
  }
}
