import { Module } from '@nestjs/common';
import { ConsultationsController } from './consultations.controller.js';
import { ConsultationsRepository } from './consultations.repository.js';
import { ConsultationsService } from './consultations.service.js';
import { PublicConsultationsController } from './public-consultations.controller.js';

/** Public consultation on a draft plan: comments without an account, moderation, results, the report. */
@Module({
  controllers: [ConsultationsController, PublicConsultationsController],
  providers: [ConsultationsService, ConsultationsRepository],
})
export class ConsultationsModule {}
