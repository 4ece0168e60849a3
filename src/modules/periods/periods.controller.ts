import { applyDecorators, Body, Controller, Param, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type {
  ApprovalQueueResponse,
  ApprovalsResponse,
  AssessmentPeriodResponse,
  WorklistResponse,
} from '../../contracts/workflow.js';
import { ApiLang } from '../../common/lang.js';
import {
  callerOf,
  pathParams,
  PlanOf,
  PostAction,
  type PlanCall,
  Create,
  Read,
} from '../../common/routes.js';
import { IndicatorValuesService } from '../indicators/indicator-values.service.js';
import { ApprovalsDto, OpenPeriodDto, PeriodTransitionDto } from './dto/periods.dto.js';
import { PeriodsService, type PeriodStep } from './periods.service.js';
import { WorklistService } from './worklist.service.js';
import { Allow } from '../auth/access.decorators.js';

/** An assessment period of a plan (:planId, :period) and who asks. */
interface PeriodCall extends PlanCall {
  period: string;
}

const PeriodOf = pathParams(['planId', 'period'], ({ planId, period }, request): PeriodCall => ({
  planId,
  period,
  ...callerOf(request),
}));

/** A planner's step on an assessment period (POST periods/:period/<step>). */
const PeriodAction = (step: 'close' | 'reopen', summary: string): MethodDecorator =>
  applyDecorators(PostAction(`periods/:period/${step}`, summary), Allow('admin', 'planner'));

/** The period a step acts on, at the version the caller read. */
function stepOn(call: PeriodCall, dto: PeriodTransitionDto): PeriodStep {
  return { planId: call.planId, period: call.period, version: dto.version };
}

@ApiTags('periods')
@ApiLang()
@Controller('plans/:planId')
export class PeriodsController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly worklist: WorklistService,
    private readonly values: IndicatorValuesService,
  ) {}

  @Read('periods', 'Assessment periods of the plan in time order')
  listPeriods(@Param('planId') planId: string): Promise<AssessmentPeriodResponse[]> {
    return this.periods.listPeriods(planId);
  }

  @Create('periods', 'Open an assessment period: YYYY-H1 (30 June izleme) or YYYY (year-end değerlendirme)')
  @Allow('admin', 'planner')
  openPeriod(@PlanOf() call: PlanCall, @Body() dto: OpenPeriodDto): Promise<AssessmentPeriodResponse> {
    return this.periods.openPeriod(call.planId, dto.period, call.actor, call.lang);
  }

  @PeriodAction(
    'close',
    'Close an assessment period: its entries are locked (corrections stay possible); 409 PERIOD_HAS_SUBMITTED while values wait for approval',
  )
  closePeriod(
    @PeriodOf() call: PeriodCall,
    @Body() dto: PeriodTransitionDto,
  ): Promise<AssessmentPeriodResponse> {
    return this.periods.closePeriod(stepOn(call, dto), call.actor, call.lang);
  }

  @PeriodAction('reopen', 'Reopen a closed assessment period')
  reopenPeriod(
    @PeriodOf() call: PeriodCall,
    @Body() dto: PeriodTransitionDto,
  ): Promise<AssessmentPeriodResponse> {
    return this.periods.reopenPeriod(stepOn(call, dto), call.actor, call.lang);
  }

  @Read(
    'worklist',
    'Expected entries of the open assessment periods: missing, draft, returned, submitted, approved, late; counts per unit',
  )
  @ApiQuery({ name: 'unit', required: false, description: 'Responsible unit code' })
  getWorklist(@Param('planId') planId: string, @Query('unit') unit?: string): Promise<WorklistResponse> {
    return this.worklist.getWorklist(planId, unit);
  }

  @Read('approval-queue', 'Submitted values waiting for approval, grouped by responsible unit')
  @Allow('admin', 'planner')
  getApprovalQueue(@Param('planId') planId: string): Promise<ApprovalQueueResponse> {
    return this.worklist.getApprovalQueue(planId);
  }

  @PostAction('approvals', 'Approve many submitted values at once, all or nothing')
  @Allow('admin', 'planner')
  approveMany(@PlanOf() call: PlanCall, @Body() dto: ApprovalsDto): Promise<ApprovalsResponse> {
    return this.values.approveMany(call.planId, dto, call.actor, call.lang);
  }
}
