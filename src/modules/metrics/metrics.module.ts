import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';

/** GET /api/metrics: Prometheus metrics of this instance (docs/deployment.md, "Metrics"). */
@Module({
  imports: [ProgressModule],
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
