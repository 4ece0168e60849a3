import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PlanVersionResponse, VersionDiffLine } from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { NotFoundError } from '../../common/app-error.js';
import { Allow } from '../auth/access.decorators.js';
import { PlanUpdateDto } from './dto/plan-update.dto.js';
import { PlanVersionsService } from './plan-versions.service.js';

@ApiTags('plans')
@ApiQuery({
  name: 'lang',
  required: false,
  enum: ['tr', 'en'],
  description: 'Language of messages (default tr)',
})
@Controller('plans/:planId')
export class PlanVersionsController {
  constructor(private readonly versions: PlanVersionsService) {}

  @Post('updates')
  @Allow('admin', 'planner')
  @ApiOperation({
    summary:
      'Update (güncelleme) a plan in force: new yearly targets for the remaining years (400 UPDATE_RULES, 409 PLAN_STATUS)',
  })
  createUpdate(
    @Param('planId') planId: string,
    @Body() dto: PlanUpdateDto,
    @RequestLang() lang: Lang,
  ): Promise<PlanVersionResponse> {
    return this.versions.createUpdate(planId, dto, lang);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Versions of the plan: 1 as first in force, then one per update' })
  listVersions(@Param('planId') planId: string): Promise<PlanVersionResponse[]> {
    return this.versions.listVersions(planId);
  }

  @Get('versions/:number/diff')
  @ApiOperation({ summary: 'The yearly targets a version changed against the previous one' })
  diff(
    @Param('planId') planId: string,
    @Param(
      'number',
      new ParseIntPipe({
        exceptionFactory: () =>
          new NotFoundError(
            'PLAN_VERSION_NOT_FOUND',
            'Plan versions are addressed by their number (1, 2, …)',
          ),
      }),
    )
    number: number,
  ): Promise<VersionDiffLine[]> {
    return this.versions.diff(planId, number);
  }
}
