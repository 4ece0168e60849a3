import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoreValueDoc } from '../../contracts/plan-document.js';
import type { AimResponse, TargetResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CreateAimDto, UpdateAimDto } from './dto/aim.dto.js';
import { CoreValueDto, UpdateCoreValueDto } from './dto/plan.dto.js';
import { CreateTargetDto, UpdateTargetDto } from './dto/target.dto.js';
import { Allow } from '../auth/access.decorators.js';
import { PlanContentService } from './plan-content.service.js';
import { NotFoundError } from '../../common/app-error.js';

const positionPipe = new ParseIntPipe({
  exceptionFactory: () => new NotFoundError('CORE_VALUE_NOT_FOUND'),
});

@ApiTags('plan content')
@ApiLang()
@Controller('plans/:planId')
export class PlanContentController {
  constructor(private readonly content: PlanContentService) {}

  @Get('core-values')
  @ApiOperation({ summary: 'Core values (temel değerler) in order' })
  listCoreValues(@Param('planId') planId: string): Promise<CoreValueDoc[]> {
    return this.content.listCoreValues(planId);
  }

  @Post('core-values')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Append a core value' })
  addCoreValue(
    @Param('planId') planId: string,
    @Body() dto: CoreValueDto,
    @RequestLang() lang: Lang,
  ): Promise<CoreValueDoc> {
    return this.content.addCoreValue(planId, dto, lang);
  }

  @Patch('core-values/:position')
  @Allow('admin', 'planner')
  updateCoreValue(
    @Param('planId') planId: string,
    @Param('position', positionPipe) position: number,
    @Body() dto: UpdateCoreValueDto,
    @RequestLang() lang: Lang,
  ): Promise<CoreValueDoc> {
    return this.content.updateCoreValue(planId, position, dto, lang);
  }

  @Delete('core-values/:position')
  @Allow('admin', 'planner')
  @HttpCode(204)
  deleteCoreValue(
    @Param('planId') planId: string,
    @Param('position', positionPipe) position: number,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.content.deleteCoreValue(planId, position, lang);
  }

  @Get('aims')
  @ApiOperation({ summary: 'Aims (amaçlar) with their target codes' })
  listAims(@Param('planId') planId: string): Promise<AimResponse[]> {
    return this.content.listAims(planId);
  }

  @Post('aims')
  @Allow('admin', 'planner')
  createAim(
    @Param('planId') planId: string,
    @Body() dto: CreateAimDto,
    @RequestLang() lang: Lang,
  ): Promise<AimResponse> {
    return this.content.createAim(planId, dto, lang);
  }

  @Get('aims/:code')
  getAim(@Param('planId') planId: string, @Param('code') code: string): Promise<AimResponse> {
    return this.content.getAim(planId, code);
  }

  @Patch('aims/:code')
  @Allow('admin', 'planner')
  updateAim(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: UpdateAimDto,
    @RequestLang() lang: Lang,
  ): Promise<AimResponse> {
    return this.content.updateAim(planId, code, dto, lang);
  }

  @Delete('aims/:code')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an aim with its targets and indicators' })
  deleteAim(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.content.deleteAim(planId, code, lang);
  }

  @Get('targets')
  @ApiOperation({ summary: 'Targets (hedefler) with their target cards' })
  listTargets(@Param('planId') planId: string): Promise<TargetResponse[]> {
    return this.content.listTargets(planId);
  }

  @Post('targets')
  @Allow('admin', 'planner')
  createTarget(
    @Param('planId') planId: string,
    @Body() dto: CreateTargetDto,
    @RequestLang() lang: Lang,
  ): Promise<TargetResponse> {
    return this.content.createTarget(planId, dto, lang);
  }

  @Get('targets/:code')
  getTarget(@Param('planId') planId: string, @Param('code') code: string): Promise<TargetResponse> {
    return this.content.getTarget(planId, code);
  }

  @Patch('targets/:code')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Change a target card; indicatorWeights re-weights several indicators at once' })
  updateTarget(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: UpdateTargetDto,
    @RequestLang() lang: Lang,
  ): Promise<TargetResponse> {
    return this.content.updateTarget(planId, code, dto, lang);
  }

  @Delete('targets/:code')
  @Allow('admin', 'planner')
  @HttpCode(204)
  deleteTarget(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.content.deleteTarget(planId, code, lang);
  }
}
