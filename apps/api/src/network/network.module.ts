import { Module } from '@nestjs/common';

import { ServiceOfferingModule } from '../service-offering/service-offering.module';
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
  ],
})
export class NetworkModule {}
