import { Module } from '@nestjs/common';

import { MunicipalityResolver } from './municipality.resolver';
import { RegionResolver } from './region.resolver';
import { RegionService } from './region.service';
import { WellbeingAreaResolver } from './wellbeing-area.resolver';

/**
 * Finland's regional divisions as public reference data. Other features use `resolveMunicipalityScope`
 * (region-scope.ts) and the region DataLoaders; they need not import this module.
 */
@Module({ providers: [RegionService, MunicipalityResolver, WellbeingAreaResolver, RegionResolver] })
export class RegionModule {}
