import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { IndicatorResponse, IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CurrentUser, toActor, type RequestUser } from '../../common/request-user.js';
import { PostAction } from '../../common/routes.js';
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
import { IndicatorValuesService } from './indicator-values.service.js';
import { IndicatorsService } from './indicators.service.js';
import { Allow, AllowForUnit } from '../auth/access.decorators.js';

@ApiTags('indicators')
@ApiLang()
@Controller('plans/:planId/indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly values: IndicatorValuesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Indicators of the plan (target card rows)' })
  listIndicators(@Param('planId') planId: string): Promise<IndicatorResponse[]> {
    return this.indicators.listIndicators(planId);
  }

  @Post()
  @Allow('admin', 'planner')
  createIndicator(
    @Param('planId') planId: string,
    @Body() dto: CreateIndicatorDto,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorResponse> {
    return this.indicators.createIndicator(planId, dto, lang);
  }

  @Get(':code')
  getIndicator(@Param('planId') planId: string, @Param('code') code: string): Promise<IndicatorResponse> {
    return this.indicators.getIndicator(planId, code);
  }

  @Patch(':code')
  @Allow('admin', 'planner')
  updateIndicator(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: UpdateIndicatorDto,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorResponse> {
    return this.indicators.updateIndicator(planId, code, dto, lang);
  }

  @Delete(':code')
  @Allow('admin', 'planner')
  @HttpCode(204)
  deleteIndicator(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.indicators.deleteIndicator(planId, code, lang);
  }

  @Get(':code/values')
  @ApiOperation({ summary: 'Entries of an indicator by entry period' })
  listValues(
    @Param('planId') planId: string,
    @Param('code') code: string,
  ): Promise<IndicatorValueResponse[]> {
    return this.values.listValues(planId, code);
  }

  @Put(':code/values/:period')
  @AllowForUnit('admin', 'unit_manager')
  @ApiOperation({
    summary:
      'Enter the draft value of an entry period: 2025-H1, 2025-H2 (6-monthly) or 2025 (12-monthly); its assessment period must be open',
  })
  async putValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: PutValueDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorValueResponse> {
    const result = await this.values.putValue(planId, code, period, dto, toActor(user), lang);
    void reply.status(result.created ? 201 : 200);
    return result.value;
  }

  @Delete(':code/values/:period')
  @AllowForUnit('admin', 'unit_manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft or returned value' })
  deleteValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.values.deleteValue(planId, code, period, toActor(user), lang);
  }

  @PostAction(
    ':code/values/:period/submit',
    'Submit a draft or returned value for approval (checks DEVIATION_REASON at year end)',
  )
  @AllowForUnit('admin', 'unit_manager')
  submitValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: ValueTransitionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.submitValue(planId, code, period, dto, toActor(user), lang);
  }

  @PostAction(
    ':code/values/:period/withdraw',
    'Withdraw a submitted value before it is approved: it becomes a draft again (409 VALUE_STATUS otherwise)',
  )
  @AllowForUnit('admin', 'unit_manager')
  withdrawValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: ValueTransitionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.withdrawValue(planId, code, period, dto, toActor(user), lang);
  }

  @PostAction(':code/values/:period/approve', 'Approve a submitted value')
  @Allow('admin', 'planner')
  approveValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: ValueTransitionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.approveValue(planId, code, period, dto, toActor(user), lang);
  }

  @PostAction(':code/values/:period/return', 'Return a submitted value to the unit with a comment')
  @Allow('admin', 'planner')
  returnValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: ReturnValueDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.returnValue(planId, code, period, dto, toActor(user), lang);
  }

  @Post(':code/values/:period/correct')
  @Allow('admin', 'planner')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Propose a correction of an approved value with a reason (202): the approved value stays in force until another planner or admin approves it',
  })
  proposeCorrection(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: CorrectValueDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.proposeCorrection(planId, code, period, dto, toActor(user), lang);
  }

  @PostAction(
    ':code/values/:period/correct/approve',
    'Approve the waiting correction of a value (never by its proposer: 409 SELF_APPROVAL); the value becomes the corrected one, revised, the original kept',
  )
  @Allow('admin', 'planner')
  approveCorrection(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: CorrectionDecisionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.approveCorrection(planId, code, period, dto, toActor(user), lang);
  }

  @PostAction(
    ':code/values/:period/correct/reject',
    'Reject the waiting correction of a value with a comment (by its proposer: withdraw it); the value does not change',
  )
  @Allow('admin', 'planner')
  rejectCorrection(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: RejectCorrectionDto,
    @CurrentUser() user: RequestUser | null,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.values.rejectCorrection(planId, code, period, dto, toActor(user), lang);
  }
}
