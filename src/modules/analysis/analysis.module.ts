import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis.controller.js';
import { AnalysisService } from './analysis.service.js';
import { ProgressModule } from '../progress/progress.module.js';

/** A plan's situation analysis: the parts' rows, the findings and needs, and their links to targets. */
@Module({
  imports: [ProgressModule],
  controllers: [AnalysisController],
  providers: [AnalysisService],
  exports: [AnalysisService],
})
export class AnalysisModule {}
