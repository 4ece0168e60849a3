import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** Excel reports of a plan (domain.md 7); the target-card import is TargetCardImportModule. */
@Module({
  imports: [PlansModule, ProgressModule, AnalysisModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportsRepository],
})
export class ReportsModule {}
