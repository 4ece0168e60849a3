import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  PreparationResponse,
  PreparationStepResponse,
  TeamMemberResponse,
} from '../../contracts/preparation.js';
import { ApiLang } from '../../common/lang.js';
import { pathOf, type PathOf, Change, Create, Read, Remove } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import {
  CreatePreparationStepDto,
  CreateTeamMemberDto,
  UpdatePreparationStepDto,
  UpdateTeamMemberDto,
} from './dto/preparation.dto.js';
import { PreparationService } from './preparation.service.js';

/** A team member (:planId, :memberId) and a step (:planId, :stepId) of the programme. */
const MemberAt = pathOf('planId', 'memberId');
type MemberAt = PathOf<'planId' | 'memberId'>;
const StepAt = pathOf('planId', 'stepId');
type StepAt = PathOf<'planId' | 'stepId'>;

@ApiTags('preparation')
@ApiLang()
@Controller('plans/:planId/preparation')
export class PreparationController {
  constructor(private readonly preparation: PreparationService) {}

  @Read(undefined, 'The preparation programme (hazırlık programı): team, steps, legal timeline')
  get(@Param('planId') planId: string): Promise<PreparationResponse> {
    return this.preparation.get(planId);
  }

  @Create('team', 'Add a planning team member: a user of the institution or a named outsider')
  @Allow('admin', 'planner')
  addMember(@Param('planId') planId: string, @Body() dto: CreateTeamMemberDto): Promise<TeamMemberResponse> {
    return this.preparation.addMember(planId, dto);
  }

  @Change('team/:memberId')
  @Allow('admin', 'planner')
  updateMember(@MemberAt() at: MemberAt, @Body() dto: UpdateTeamMemberDto): Promise<TeamMemberResponse> {
    return this.preparation.updateMember(at.planId, at.memberId, dto);
  }

  @Remove('team/:memberId', 'Remove a team member; the steps they owned keep no owner')
  @Allow('admin', 'planner')
  deleteMember(@MemberAt() at: MemberAt): Promise<void> {
    return this.preparation.deleteMember(at.planId, at.memberId);
  }

  @Create('steps', 'Add a step (at `position`, else at the end)')
  @Allow('admin', 'planner')
  addStep(
    @Param('planId') planId: string,
    @Body() dto: CreatePreparationStepDto,
  ): Promise<PreparationStepResponse> {
    return this.preparation.addStep(planId, dto);
  }

  @Create('steps/defaults', 'Create the default steps of planning-cycle.md 1, dated, into an empty programme')
  @Allow('admin', 'planner')
  addDefaultSteps(@Param('planId') planId: string): Promise<PreparationStepResponse[]> {
    return this.preparation.addDefaultSteps(planId);
  }

  @Change('steps/:stepId', 'Change a step; `position` moves it and renumbers the others')
  @Allow('admin', 'planner')
  updateStep(@StepAt() at: StepAt, @Body() dto: UpdatePreparationStepDto): Promise<PreparationStepResponse> {
    return this.preparation.updateStep(at.planId, at.stepId, dto);
  }

  @Remove('steps/:stepId')
  @Allow('admin', 'planner')
  deleteStep(@StepAt() at: StepAt): Promise<void> {
    return this.preparation.deleteStep(at.planId, at.stepId);
  }
}
