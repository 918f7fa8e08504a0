import { Module } from '@nestjs/common';

import { ServiceOfferingModule } from '../service-offering/service-offering.module';
import { ServiceImportResolver } from './service-import.resolver';
import { ServiceImportService } from './service-import.service';

@Module({
  imports: [ServiceOfferingModule],
  providers: [ServiceImportResolver, ServiceImportService],
})
export class ServiceImportModule {}
