import { Module } from '@nestjs/common';

import { ServiceOfferingModule } from '../service-offering/service-offering.module';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [ServiceOfferingModule],
  providers: [OrganizationResolver, OrganizationService],
})
export class OrganizationModule {}
