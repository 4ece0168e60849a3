import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { PublicController } from './public.controller.js';
import { PublicRepository } from './public.repository.js';
import { PublicService } from './public.service.js';

@Module({
  imports: [PlansModule, ProgressModule, ProgrammesModule],
  controllers: [PublicController],
  providers: [PublicService, PublicRepository],
})
export class PublicModule {}
