import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoreValueDoc } from '../../contracts/plan-document.js';
import type { AimResponse, TargetResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CodeOf, PlanOf, type CodeCall, type PlanCall } from '../../common/routes.js';
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
  listCoreValues(@PlanOf() call: PlanCall): Promise<CoreValueDoc[]> {
    return this.content.listCoreValues(call.planId);
  }

  @Post('core-values')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Append a core value' })
  addCoreValue(@PlanOf() call: PlanCall, @Body() dto: CoreValueDto): Promise<CoreValueDoc> {
    return this.content.addCoreValue(call.planId, dto, call.lang);
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
  listAims(@PlanOf() call: PlanCall): Promise<AimResponse[]> {
    return this.content.listAims(call.planId);
  }

  @Post('aims')
  @Allow('admin', 'planner')
  createAim(@PlanOf() call: PlanCall, @Body() dto: CreateAimDto): Promise<AimResponse> {
    return this.content.createAim(call.planId, dto, call.lang);
  }

  @Get('aims/:code')
  getAim(@CodeOf() call: CodeCall): Promise<AimResponse> {
    return this.content.getAim(call.planId, call.code);
  }

  @Patch('aims/:code')
  @Allow('admin', 'planner')
  updateAim(@CodeOf() call: CodeCall, @Body() dto: UpdateAimDto): Promise<AimResponse> {
    return this.content.updateAim(call.planId, call.code, dto, call.lang);
  }

  @Delete('aims/:code')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an aim with its targets and indicators' })
  deleteAim(@CodeOf() call: CodeCall): Promise<void> {
    return this.content.deleteAim(call.planId, call.code, call.lang);
  }

  @Get('targets')
  @ApiOperation({ summary: 'Targets (hedefler) with their target cards' })
  listTargets(@PlanOf() call: PlanCall): Promise<TargetResponse[]> {
    return this.content.listTargets(call.planId);
  }

  @Post('targets')
  @Allow('admin', 'planner')
  createTarget(@PlanOf() call: PlanCall, @Body() dto: CreateTargetDto): Promise<TargetResponse> {
    return this.content.createTarget(call.planId, dto, call.lang);
  }

  @Get('targets/:code')
  getTarget(@CodeOf() call: CodeCall): Promise<TargetResponse> {
    return this.content.getTarget(call.planId, call.code);
  }

  @Patch('targets/:code')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Change a target card; indicatorWeights re-weights several indicators at once' })
  updateTarget(@CodeOf() call: CodeCall, @Body() dto: UpdateTargetDto): Promise<TargetResponse> {
    return this.content.updateTarget(call.planId, call.code, dto, call.lang);
  }

  @Delete('targets/:code')
  @Allow('admin', 'planner')
  @HttpCode(204)
  deleteTarget(@CodeOf() call: CodeCall): Promise<void> {
    return this.content.deleteTarget(call.planId, call.code, call.lang);
  }
}
