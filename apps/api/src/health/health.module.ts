import { Module } from '@nestjs/common';

import { HealthController } from './health.controller';
import { ReadinessController } from './readiness.controller';

/** Liveness (`GET /health`) and readiness (`GET /ready`). */
@Module({ controllers: [HealthController, ReadinessController] })
export class HealthModule {}
