import { Module } from '@nestjs/common';

import { ServiceContentResolver } from './service-content.resolver';
import { ServiceEditingService } from './service-editing.service';
import { ServiceFieldsResolver } from './service-fields.resolver';
import { ServiceOfferingResolver } from './service-offering.resolver';
import { ServiceQueryService } from './service-query.service';
import { ServiceReviewService } from './service-review.service';
import { ServiceRevisionResolver } from './service-revision.resolver';

@Module({
  providers: [
    ServiceOfferingResolver,
    ServiceFieldsResolver,
    ServiceRevisionResolver,
    ServiceContentResolver,
    ServiceQueryService,
    ServiceEditingService,
    ServiceReviewService,
  ],
  exports: [ServiceQueryService, ServiceEditingService],
})
export class ServiceOfferingModule {}
