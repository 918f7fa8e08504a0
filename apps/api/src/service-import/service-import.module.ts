import { Module } from '@nestjs/common';

import { ServiceOfferingModule } from '../service-offering/service-offering.module';
import { ServiceImportResolver } from './service-import.resolver';
import { ServiceImportService } from './service-import.service';
import { ImportRunJobs } from './run/import-run.jobs';
import { ImportRunService } from './run/import-run.service';

@Module({
  imports: [ServiceOfferingModule],
  providers: [ServiceImportResolver, ServiceImportService, ImportRunService, ImportRunJobs],
  exports: [ImportRunService],
})
export class ServiceImportModule {}
