import { applyDecorators, Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type {
  ImportResponse,
  PlanLifecycleAction,
  PlanResponse,
  PlanSummaryResponse,
  PreviousRealisationResponse,
} from '../../contracts/resources.js';
import type { Lang, ValidationResponse } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { ClosePlanDto, EnactPlanDto, SubmitPlanDto, WithdrawPlanDto } from './dto/plan-lifecycle.dto.js';
import { CopyPlanDto } from './dto/plan-copy.dto.js';
import { CreatePlanDto, UpdatePlanDto } from './dto/plan.dto.js';
import { PlanCopyService } from './plan-copy.service.js';
import { PlanDocumentService } from './plan-document.service.js';
import { istanbulDate } from '../../common/clock.js';
import { PlansService } from './plans.service.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PlanOf, PostAction, type PlanCall, Change, Create, Read, Remove } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';

/** A step of the plan's lifecycle (POST :planId/lifecycle/<action>), taken by a planner. */
const LifecycleStep = (action: PlanLifecycleAction, summary: string): MethodDecorator =>
  applyDecorators(PostAction(`:planId/lifecycle/${action}`, summary), Allow('admin', 'planner'));

@ApiTags('plans')
@ApiLang('Language of messages (default tr)')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly documents: PlanDocumentService,
    private readonly copies: PlanCopyService,
  ) {}

  @Read(undefined, 'List plans')
  @ApiQuery({ name: 'institutionId', required: false })
  listPlans(
    @CurrentUser() user: RequestUser,
    @Query('institutionId') institutionId?: string,
  ): Promise<PlanSummaryResponse[]> {
    return this.plans.listPlans(user, institutionId);
  }

  /** The whole plan in one document (plan-document.md); all or nothing. */
  @Create('import', 'Import a plan document (pusula.plan/v1); 400 lists every problem, nothing is saved')
  @ApiBody({ description: 'A plan document, see plan-document.md', schema: { type: 'object' } })
  importPlan(
    @Body() body: unknown,
    @RequestLang() lang: Lang,
    @CurrentUser() user: RequestUser,
  ): Promise<ImportResponse> {
    return this.documents.importDocument(body, lang, user);
  }

  @Create(undefined, 'Create an empty plan for an institution')
  createPlan(
    @Body() dto: CreatePlanDto,
    @RequestLang() lang: Lang,
    @CurrentUser() user: RequestUser,
  ): Promise<PlanResponse> {
    return this.plans.createPlan(dto, lang, user);
  }

  @Create(
    ':planId/copy',
    'Start a new draft from this plan (Önceki plandan kopyala): aims, targets and indicators carried over; baselines, yearly targets, costs and values start empty',
  )
  @Allow('admin', 'planner')
  copyPlan(
    @PlanOf() call: PlanCall,
    @Body() dto: CopyPlanDto,
    @CurrentUser() user: RequestUser,
  ): Promise<ImportResponse> {
    return this.copies.copy(call.planId, dto, call.lang, user);
  }

  @Read(
    ':planId/previous-realisation',
    'What the plan this one was copied from reached: per indicator the latest year-end with an approved value (C, B, rate)',
  )
  previousRealisation(@Param('planId') planId: string): Promise<PreviousRealisationResponse> {
    return this.copies.previousRealisation(planId);
  }

  @Read(':planId', 'A plan: mission, vision, core values, settings and counts')
  getPlan(@Param('planId') planId: string): Promise<PlanResponse> {
    return this.plans.getPlan(planId);
  }

  @Change(':planId', 'Change plan fields (checked against the plan rules)')
  @Allow('admin', 'planner')
  updatePlan(@PlanOf() call: PlanCall, @Body() dto: UpdatePlanDto): Promise<PlanResponse> {
    return this.plans.updatePlan(call.planId, dto, call.lang);
  }

  @Remove(
    ':planId',
    'Delete a plan with everything in it; never one holding approved values (409 HOLDS_APPROVED_VALUES)',
  )
  @Allow('admin')
  deletePlan(@PlanOf() call: PlanCall): Promise<void> {
    return this.plans.deletePlan(call.planId, call.lang);
  }

  @LifecycleStep(
    'submit',
    'taslak → meclis-onayinda: submitted to the council on date; every error rule must pass (409 PLAN_STATUS from another status)',
  )
  submitToCouncil(@PlanOf() call: PlanCall, @Body() dto: SubmitPlanDto): Promise<PlanResponse> {
    return this.plans.changeLifecycle(call.planId, { action: 'submit', date: dto.date }, call.lang);
  }

  @LifecycleStep(
    'enact',
    'meclis-onayinda → yururlukte: council decision date (not before the submission) and number',
  )
  enact(@PlanOf() call: PlanCall, @Body() dto: EnactPlanDto): Promise<PlanResponse> {
    return this.plans.changeLifecycle(
      call.planId,
      { action: 'enact', date: dto.date, number: dto.number },
      call.lang,
    );
  }

  @LifecycleStep(
    'close',
    'yururlukte → kapandi (date default today, not before the council decision); a closed plan refuses edits with 409 PLAN_CLOSED',
  )
  close(@PlanOf() call: PlanCall, @Body() dto: ClosePlanDto): Promise<PlanResponse> {
    return this.plans.changeLifecycle(
      call.planId,
      { action: 'close', date: dto.date ?? istanbulDate() },
      call.lang,
    );
  }

  @LifecycleStep(
    'withdraw',
    'meclis-onayinda → taslak: the plan comes back from the council to be changed (its content is locked while the council has it); the submission date is cleared',
  )
  withdraw(@PlanOf() call: PlanCall, @Body() dto: WithdrawPlanDto): Promise<PlanResponse> {
    return this.plans.changeLifecycle(call.planId, { action: 'withdraw', date: dto.date }, call.lang);
  }

  @PostAction(
    ':planId/publish',
    'Publish the plan on the public transparency pages (approved values only); a draft cannot be published (409 PLAN_STATUS)',
  )
  @Allow('admin', 'planner')
  publish(@PlanOf() call: PlanCall): Promise<PlanResponse> {
    return this.plans.setPublished(call.planId, true, call.lang);
  }

  @PostAction(':planId/unpublish')
  @Allow('admin', 'planner')
  unpublish(@Param('planId') planId: string): Promise<PlanResponse> {
    return this.plans.setPublished(planId, false);
  }

  @Read(':planId/document', 'Export the plan as a plan document (pusula.plan/v1)')
  exportPlan(@Param('planId') planId: string): Promise<PlanDocument> {
    return this.documents.exportDocument(planId);
  }

  @Read(':planId/validation', 'Every rule of domain.md section 5 the plan breaks')
  validate(@PlanOf() call: PlanCall): Promise<ValidationResponse> {
    return this.plans.validate(call.planId, call.lang);
  }
}
