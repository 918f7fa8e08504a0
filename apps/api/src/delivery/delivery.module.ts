import { Module } from '@nestjs/common';

import { DeploymentPlanningModule } from '../deployment-planning/deployment-planning.module';
import { DeliveryEditingService } from './delivery-editing.service';
import { DeliveryLocationResolver } from './delivery-location.resolver';
import { DeliveryQueryService } from './delivery-query.service';
import { DeliveryResolver } from './delivery.resolver';
import { ServiceDeliveriesResolver } from './service-deliveries.resolver';

/**
 * Service deliveries: which member organisation delivers a service where, with its local contact,
 * places, hours and capacity. Adds `Service.deliveries` and the delivery mutations. Uses the region,
 * organisation and delivery DataLoaders from the GraphQL context; needs no other module's providers.
 */
@Module({
  imports: [DeploymentPlanningModule],
  providers: [
    DeliveryResolver,
    DeliveryLocationResolver,
    ServiceDeliveriesResolver,
    DeliveryQueryService,
    DeliveryEditingService,
  ],
})
export class DeliveryModule {}
