import { Module } from '@nestjs/common';
import { PreparationController } from './preparation.controller.js';
import { PreparationService } from './preparation.service.js';

/** A plan's preparation programme: the strategic planning team and the preparation's steps. */
@Module({
  controllers: [PreparationController],
  providers: [PreparationService],
})
export class PreparationModule {}
