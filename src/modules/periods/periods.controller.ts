import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Lang } from '../../contracts/validation.js';
import type {
  ApprovalQueueResponse,
  ApprovalsResponse,
  AssessmentPeriodResponse,
  WorklistResponse,
} from '../../contracts/workflow.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CurrentUser, toActor, type RequestUser } from '../../common/request-user.js';
import { PostAction } from '../../common/routes.js';
import { IndicatorValuesService } from '../indicators/indicator-values.service.js';
import { ApprovalsDto, OpenPeriodDto, PeriodTransitionDto } from './dto/periods.dto.js';
import { PeriodsService } from './periods.service.js';
import { WorklistService } from './worklist.service.js';
import { Allow } from '../auth/access.decorators.js';

@ApiTags('periods')
@ApiLang()
@Controller('plans/:planId')
export class PeriodsController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly worklist: WorklistService,
    private readonly values: IndicatorValuesService,
  ) {}

  @Get('periods')
  @ApiOperation({ summary: 'Assessment periods of the plan in time order' })
  listPeriods(@Param('planId') planId: string): Promise<AssessmentPeriodResponse[]> {
    return this.periods.listPeriods(planId);
  }

  @Post('periods')
  @Allow('admin', 'planner')
  @ApiOperation({
    summary: 'Open an assessment period: YYYY-H1 (30 June izleme) or YYYY (year-end değerlendirme)',
  })
  openPeriod(
    @Param('planId') planId: string,
    @Body() dto: OpenPeriodDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<AssessmentPeriodResponse> {
    return this.periods.openPeriod(planId, dto.period, toActor(user), lang);
  }

  @PostAction(
    'periods/:period/close',
    'Close an assessment period: its entries are locked (corrections stay possible); 409 PERIOD_HAS_SUBMITTED while values wait for approval',
  )
  @Allow('admin', 'planner')
  closePeriod(
    @Param('planId') planId: string,
    @Param('period') period: string,
    @Body() dto: PeriodTransitionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<AssessmentPeriodResponse> {
    return this.periods.closePeriod({ planId, period, version: dto.version }, toActor(user), lang);
  }

  @PostAction('periods/:period/reopen', 'Reopen a closed assessment period')
  @Allow('admin', 'planner')
  reopenPeriod(
    @Param('planId') planId: string,
    @Param('period') period: string,
    @Body() dto: PeriodTransitionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<AssessmentPeriodResponse> {
    return this.periods.reopenPeriod({ planId, period, version: dto.version }, toActor(user), lang);
  }

  @Get('worklist')
  @ApiOperation({
    summary:
      'Expected entries of the open assessment periods: missing, draft, returned, submitted, approved, late; counts per unit',
  })
  @ApiQuery({ name: 'unit', required: false, description: 'Responsible unit code' })
  getWorklist(@Param('planId') planId: string, @Query('unit') unit?: string): Promise<WorklistResponse> {
    return this.worklist.getWorklist(planId, unit);
  }

  @Get('approval-queue')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Submitted values waiting for approval, grouped by responsible unit' })
  getApprovalQueue(@Param('planId') planId: string): Promise<ApprovalQueueResponse> {
    return this.worklist.getApprovalQueue(planId);
  }

  @PostAction('approvals', 'Approve many submitted values at once, all or nothing')
  @Allow('admin', 'planner')
  approveMany(
    @Param('planId') planId: string,
    @Body() dto: ApprovalsDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<ApprovalsResponse> {
    return this.values.approveMany(planId, dto, toActor(user), lang);
  }
}
