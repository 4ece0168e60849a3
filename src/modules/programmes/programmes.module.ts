import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module.js';
import { ActivityProgressService } from './activity-progress.service.js';
import { ActivityReportExportsService } from './activity-report-exports.service.js';
import { ActivityReportsController } from './activity-reports.controller.js';
import { ActivityReportsService } from './activity-reports.service.js';
import { ProgrammeBudgetController } from './programme-budget.controller.js';
import { ProgrammeBudgetService } from './programme-budget.service.js';
import { ProgrammeExportsService } from './programme-exports.service.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/**
 * A plan's yearly performance programmes (PHs, indicators' figures, activities, tables 1–5, rules,
 * lifecycle; the programme-budget cards) and the activity report's performance part (results table, measures, evaluation).
 */
@Module({
  imports: [ProgressModule],
  controllers: [ProgrammesController, ProgrammeBudgetController, ActivityReportsController],
  providers: [
    ProgrammesService,
    ProgrammeBudgetService,
    ProgrammeExportsService,
    ActivityProgressService,
    ActivityReportsService,
    ActivityReportExportsService,
  ],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
