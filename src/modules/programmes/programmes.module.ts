import { Module } from '@nestjs/common';
import { ActivityProgressService } from './activity-progress.service.js';
import { ProgrammeExportsService } from './programme-exports.service.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/** A plan's yearly performance programmes: PHs, indicators' figures, activities, tables 1–5, rules, lifecycle. */
@Module({
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammeExportsService, ActivityProgressService],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
