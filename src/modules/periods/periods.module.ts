import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { PeriodsController } from './periods.controller.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { WorklistService } from './worklist.service.js';

/** Assessment periods, worklists and the approval queue; bulk approval uses the value workflow. */
@Module({
  imports: [IndicatorsModule],
  controllers: [PeriodsController],
  providers: [PeriodsService, WorklistService, PeriodsRepository],
  exports: [WorklistService],
})
export class PeriodsModule {}
