import { Module } from '@nestjs/common';
import { PeriodsModule } from '../periods/periods.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

/** A unit manager's tasks: their units' worklist across plans and the questions open to them. */
@Module({
  imports: [PeriodsModule, QuestionsModule],
  controllers: [TasksController],
  providers: [TasksService],
})
export class TasksModule {}
