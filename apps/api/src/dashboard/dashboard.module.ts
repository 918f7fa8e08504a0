import { Module } from '@nestjs/common';

import {
  AuditEventSubjectResolver,
  MunicipalityCoverageResolver,
  NetworkDashboardResolver,
  OrganizationWorkResolver,
  ReviewQueueItemResolver,
  WellbeingAreaCoverageResolver,
} from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { NetworkServicesService } from './network-services.service';

/**
 * The coordinator's dashboard (review queue, delivery coverage, recent changes, figures) as fields of
 * Network, and association staff's list of services due for a check on Organization. Relations go
 * through the request's DataLoaders.
 */
@Module({
  providers: [
    DashboardService,
    NetworkServicesService,
    AuditEventSubjectResolver,
    NetworkDashboardResolver,
    ReviewQueueItemResolver,
    WellbeingAreaCoverageResolver,
    MunicipalityCoverageResolver,
    OrganizationWorkResolver,
  ],
})
export class DashboardModule {}
