import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { TargetCardImportController } from './target-card-import.controller.js';
import { TargetCardImportService } from './target-card-import.service.js';

/** The target-card workbook import: a new plan, or the cards of a draft plan replaced. */
@Module({
  imports: [PlansModule],
  controllers: [TargetCardImportController],
  providers: [TargetCardImportService],
})
export class TargetCardImportModule {}
