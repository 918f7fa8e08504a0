import { Module } from '@nestjs/common';

import { DashboardModule } from '../dashboard/dashboard.module';
import { ServiceOfferingModule } from '../service-offering/service-offering.module';
import { MembershipService } from './membership.service';
import { NetworkAdminResolver } from './network-admin.resolver';
import { NetworkSettingsService } from './network-settings.service';
import {
  NetworkMembershipResolver,
  NetworkResolver,
  OrganizationFreshnessResolver,
  OrganizationMembershipsResolver,
} from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [ServiceOfferingModule, DashboardModule],
  providers: [
    NetworkResolver,
    NetworkMembershipResolver,
    OrganizationFreshnessResolver,
    OrganizationMembershipsResolver,
    NetworkService,
    NetworkAdminResolver,
    NetworkSettingsService,
    MembershipService,
  ],
})
export class NetworkModule {}
