import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { IndicatorResponse, IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { CreateIndicatorDto, PutValueDto, UpdateIndicatorDto } from './dto/indicator.dto.js';
import { IndicatorValuesService } from './indicator-values.service.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('indicators')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
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
  updateIndicator(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: UpdateIndicatorDto,
    @RequestLang() lang: Lang,
  ): Promise<IndicatorResponse> {
    return this.indicators.updateIndicator(planId, code, dto, lang);
  }

  @Delete(':code')
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
  @ApiOperation({
    summary: 'Enter the value of an entry period: 2025-H1, 2025-H2 (6-monthly) or 2025 (12-monthly)',
  })
  async putValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @Body() dto: PutValueDto,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorValueResponse> {
    const result = await this.values.putValue(planId, code, period, dto, lang);
    void reply.status(result.created ? 201 : 200);
    return result.value;
  }

  @Delete(':code/values/:period')
  @HttpCode(204)
  deleteValue(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Param('period') period: string,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.values.deleteValue(planId, code, period, lang);
  }
}
