import { applyDecorators, Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { IndicatorResponse, IndicatorValueResponse } from '../../contracts/resources.js';
import { ApiLang } from '../../common/lang.js';
import {
  callerOf,
  CodeOf,
  PlanOf,
  pathParams,
  PostAction,
  type CodeCall,
  type PlanCall,
  Change,
  Create,
  Read,
  Remove,
  Replace,
} from '../../common/routes.js';
import {
  CorrectionDecisionDto,
  CorrectValueDto,
  CreateIndicatorDto,
  PutValueDto,
  RejectCorrectionDto,
  ReturnValueDto,
  UpdateIndicatorDto,
  ValueTransitionDto,
} from './dto/indicator.dto.js';
import { IndicatorValuesService, type EntryCall } from './indicator-values.service.js';
import { IndicatorsService } from './indicators.service.js';
import { Allow, AllowForUnit } from '../auth/access.decorators.js';

/** The entry a value route acts on (:planId, :code, :period) and who asks. */
const EntryOf = pathParams(['planId', 'code', 'period'], ({ planId, code, period }, request): EntryCall => ({
  planId,
  code,
  period,
  ...callerOf(request),
}));

/** A step of a value's workflow taken by its responsible unit (POST :code/values/:period/<step>). */
const UnitValueStep = (step: string, summary: string): MethodDecorator =>
  applyDecorators(PostAction(`:code/values/:period/${step}`, summary), AllowForUnit('admin', 'unit_manager'));

/** A step of a value's workflow taken by a planner (POST :code/values/:period/<step>). */
const PlannerValueStep = (step: string, summary: string): MethodDecorator =>
  applyDecorators(PostAction(`:code/values/:period/${step}`, summary), Allow('admin', 'planner'));

@ApiTags('indicators')
@ApiLang()
@Controller('plans/:planId/indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly values: IndicatorValuesService,
  ) {}

  @Read(undefined, 'Indicators of the plan (target card rows)')
  listIndicators(@Param('planId') planId: string): Promise<IndicatorResponse[]> {
    return this.indicators.listIndicators(planId);
  }

  @Create()
  @Allow('admin', 'planner')
  createIndicator(@PlanOf() call: PlanCall, @Body() dto: CreateIndicatorDto): Promise<IndicatorResponse> {
    return this.indicators.createIndicator(call.planId, dto, call.lang);
  }

  @Read(':code')
  getIndicator(@Param('planId') planId: string, @Param('code') code: string): Promise<IndicatorResponse> {
    return this.indicators.getIndicator(planId, code);
  }

  @Change(':code')
  @Allow('admin', 'planner')
  updateIndicator(@CodeOf() call: CodeCall, @Body() dto: UpdateIndicatorDto): Promise<IndicatorResponse> {
    return this.indicators.updateIndicator(call.planId, call.code, dto, call.lang);
  }

  @Remove(':code')
  @Allow('admin', 'planner')
  deleteIndicator(@CodeOf() call: CodeCall): Promise<void> {
    return this.indicators.deleteIndicator(call.planId, call.code, call.lang);
  }

  @Read(':code/values', 'Entries of an indicator by entry period')
  listValues(
    @Param('planId') planId: string,
    @Param('code') code: string,
  ): Promise<IndicatorValueResponse[]> {
    return this.values.listValues(planId, code);
  }

  @Replace(
    ':code/values/:period',
    'Enter the draft value of an entry period: 2025-H1, 2025-H2 (6-monthly) or 2025 (12-monthly); its assessment period must be open',
  )
  @AllowForUnit('admin', 'unit_manager')
  async putValue(
    @EntryOf() call: EntryCall,
    @Body() dto: PutValueDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorValueResponse> {
    const result = await this.values.putValue(call, dto);
    void reply.status(result.created ? 201 : 200);
    return result.value;
  }

  @Remove(':code/values/:period', 'Delete a draft or returned value')
  @AllowForUnit('admin', 'unit_manager')
  deleteValue(@EntryOf() call: EntryCall): Promise<void> {
    return this.values.deleteValue(call);
  }

  @UnitValueStep(
    'submit',
    'Submit a draft or returned value for approval (checks DEVIATION_REASON at year end)',
  )
  submitValue(@EntryOf() call: EntryCall, @Body() dto: ValueTransitionDto): Promise<IndicatorValueResponse> {
    return this.values.submitValue(call, dto);
  }

  @UnitValueStep(
    'withdraw',
    'Withdraw a submitted value before it is approved: it becomes a draft again (409 VALUE_STATUS otherwise)',
  )
  withdrawValue(
    @EntryOf() call: EntryCall,
    @Body() dto: ValueTransitionDto,
  ): Promise<IndicatorValueResponse> {
    return this.values.withdrawValue(call, dto);
  }

  @PlannerValueStep('approve', 'Approve a submitted value')
  approveValue(@EntryOf() call: EntryCall, @Body() dto: ValueTransitionDto): Promise<IndicatorValueResponse> {
    return this.values.approveValue(call, dto);
  }

  @PlannerValueStep('return', 'Return a submitted value to the unit with a comment')
  returnValue(@EntryOf() call: EntryCall, @Body() dto: ReturnValueDto): Promise<IndicatorValueResponse> {
    return this.values.returnValue(call, dto);
  }

  @Post(':code/values/:period/correct')
  @Allow('admin', 'planner')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Propose a correction of an approved value with a reason (202): the approved value stays in force until another planner or admin approves it',
  })
  proposeCorrection(
    @EntryOf() call: EntryCall,
    @Body() dto: CorrectValueDto,
  ): Promise<IndicatorValueResponse> {
    return this.values.proposeCorrection(call, dto);
  }

  @PlannerValueStep(
    'correct/approve',
    'Approve the waiting correction of a value (never by its proposer: 409 SELF_APPROVAL); the value becomes the corrected one, revised, the original kept',
  )
  approveCorrection(
    @EntryOf() call: EntryCall,
    @Body() dto: CorrectionDecisionDto,
  ): Promise<IndicatorValueResponse> {
    return this.values.approveCorrection(call, dto);
  }

  @PlannerValueStep(
    'correct/reject',
    'Reject the waiting correction of a value with a comment (by its proposer: withdraw it); the value does not change',
  )
  rejectCorrection(
    @EntryOf() call: EntryCall,
    @Body() dto: RejectCorrectionDto,
  ): Promise<IndicatorValueResponse> {
    return this.values.rejectCorrection(call, dto);
  }
}
