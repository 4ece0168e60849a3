import { Module } from '@nestjs/common';
import { CouncilExportsService } from './council-exports.service.js';
import { PlanRecommendationsController, PublicCouncilController } from './council-links.controller.js';
import { WorkingGroupsController } from './working-groups.controller.js';
import { WorkingGroupsService } from './working-groups.service.js';

/** City-council working groups (planning-cycle.md 7): members, board, groups, elections, meetings, recommendations. */
@Module({
  controllers: [WorkingGroupsController, PlanRecommendationsController, PublicCouncilController],
  providers: [WorkingGroupsService, CouncilExportsService],
})
export class WorkingGroupsModule {}
