import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module.js';
import { UnitReportsController } from './unit-reports.controller.js';
import { UnitReportsService } from './unit-reports.service.js';

/** Unit activity reports (birim faaliyet raporları) of a plan year, in the value workflow. */
@Module({
  imports: [ProgressModule],
  controllers: [UnitReportsController],
  providers: [UnitReportsService],
})
export class UnitReportsModule {}
