import { Module } from '@nestjs/common';

import { DeliveryReadinessResolver, NetworkReadinessResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

/**
 * Deployment planning: the network's readiness checklist, its copy in each delivery being planned,
 * and taking a planned delivery live. The delivery feature calls ReadinessService.instantiate when a
 * delivery enters PLANNING.
 */
@Module({
  providers: [ReadinessService, DeliveryReadinessResolver, NetworkReadinessResolver],
  exports: [ReadinessService],
})
export class DeploymentPlanningModule {}
