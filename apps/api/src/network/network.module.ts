import { Module } from '@nestjs/common';

import { ServiceOfferingModule } from '../service-offering/service-offering.module';
import { MembershipService } from './membership.service';
import { NetworkAdminResolver } from './network-admin.resolver';
import { NetworkSettingsService } from './network-settings.service';
import {
  NetworkMembershipResolver,
  NetworkResolver,
  OrganizationFreshnessResolver,
} from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [ServiceOfferingModule],
  providers: [
    NetworkResolver,
    NetworkMembershipResolver,
    OrganizationFreshnessResolver,
    NetworkService,
    NetworkAdminResolver,
    NetworkSettingsService,
    MembershipService,
  ],
})
export class NetworkModule {}
