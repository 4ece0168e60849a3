import { Module } from '@nestjs/common';
import { ProgrammeExportsService } from './programme-exports.service.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/** A plan's yearly performance programmes: PHs, indicators' figures, activities, tables 1–5, rules, lifecycle. */
@Module({
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammeExportsService],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
