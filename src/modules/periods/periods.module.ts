import { Module } from '@nestjs/common';
import { IndicatorValuesService } from '../indicators/indicator-values.service.js';
import { PeriodsController } from './periods.controller.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { WorklistService } from './worklist.service.js';

/**
 * Assessment periods, worklists and the approval queue. Bulk approval reuses the value
 * workflow of IndicatorValuesService (stateless, so a second instance here is harmless).
 */
@Module({
  controllers: [PeriodsController],
  providers: [PeriodsService, WorklistService, PeriodsRepository, IndicatorValuesService],
})
export class PeriodsModule {}
