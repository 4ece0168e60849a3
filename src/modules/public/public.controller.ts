import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ProgressResponse } from '../../contracts/progress.js';
import type { PublicPlan, PublicPlanSummary } from '../../contracts/public.js';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { Public } from '../auth/access.decorators.js';
import { PublicService } from './public.service.js';

/** No sign-in: published plans and approved values only (never drafts, notes, questions or users). */
@ApiTags('public')
@Public()
@Controller('public/plans')
export class PublicController {
  constructor(private readonly service: PublicService) {}

  @Get()
  @ApiOperation({ summary: 'Published plans' })
  listPlans(): Promise<PublicPlanSummary[]> {
    return this.service.listPlans();
  }

  @Get(':id')
  @ApiOperation({ summary: 'A published plan with its approved values (revised ones marked)' })
  getPlan(@Param('id') id: string): Promise<PublicPlan> {
    return this.service.getPlan(id);
  }

  @Get(':id/progress')
  @ApiOperation({ summary: 'Progress computed from approved values only' })
  @ApiQuery({ name: 'period', required: false, example: '2025' })
  getProgress(
    @Param('id') id: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<ProgressResponse> {
    return this.service.getProgress(id, period, lang);
  }
}
