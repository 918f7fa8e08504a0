import { Module } from '@nestjs/common';

import {
  MunicipalityCoverageResolver,
  NetworkDashboardResolver,
  OrganizationWorkResolver,
  ReviewQueueItemResolver,
  WellbeingAreaCoverageResolver,
} from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/**
 * The coordinator's dashboard (review queue, delivery coverage, recent changes, figures) as fields of
 * Network, and association staff's list of services due for a check on Organization. Relations go
 * through the request's DataLoaders.
 */
@Module({
  providers: [
    DashboardService,
    NetworkDashboardResolver,
    ReviewQueueItemResolver,
    WellbeingAreaCoverageResolver,
    MunicipalityCoverageResolver,
    OrganizationWorkResolver,
  ],
})
export class DashboardModule {}
