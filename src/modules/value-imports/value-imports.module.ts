import { Module } from '@nestjs/common';
import { ValueImportsController } from './value-imports.controller.js';
import { ValueImportsRepository } from './value-imports.repository.js';
import { ValueImportsService } from './value-imports.service.js';

/** The values workbook: template download and bulk entry of an assessment period's values. */
@Module({
  controllers: [ValueImportsController],
  providers: [ValueImportsService, ValueImportsRepository],
})
export class ValueImportsModule {}
