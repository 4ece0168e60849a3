import { Body, Controller, Param, ParseIntPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CoreValueDoc } from '../../contracts/plan-document.js';
import type { AimResponse, TargetResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import {
  CodeOf,
  PlanOf,
  type CodeCall,
  type PlanCall,
  Change,
  Create,
  Read,
  Remove,
} from '../../common/routes.js';
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

  @Read('core-values', 'Core values (temel değerler) in order')
  listCoreValues(@PlanOf() call: PlanCall): Promise<CoreValueDoc[]> {
    return this.content.listCoreValues(call.planId);
  }

  @Create('core-values', 'Append a core value')
  @Allow('admin', 'planner')
  addCoreValue(@PlanOf() call: PlanCall, @Body() dto: CoreValueDto): Promise<CoreValueDoc> {
    return this.content.addCoreValue(call.planId, dto, call.lang);
  }

  @Change('core-values/:position')
  @Allow('admin', 'planner')
  updateCoreValue(
    @Param('planId') planId: string,
    @Param('position', positionPipe) position: number,
    @Body() dto: UpdateCoreValueDto,
    @RequestLang() lang: Lang,
  ): Promise<CoreValueDoc> {
    return this.content.updateCoreValue(planId, position, dto, lang);
  }

  @Remove('core-values/:position')
  @Allow('admin', 'planner')
  deleteCoreValue(
    @Param('planId') planId: string,
    @Param('position', positionPipe) position: number,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.content.deleteCoreValue(planId, position, lang);
  }

  @Read('aims', 'Aims (amaçlar) with their target codes')
  listAims(@PlanOf() call: PlanCall): Promise<AimResponse[]> {
    return this.content.listAims(call.planId);
  }

  @Create('aims')
  @Allow('admin', 'planner')
  createAim(@PlanOf() call: PlanCall, @Body() dto: CreateAimDto): Promise<AimResponse> {
    return this.content.createAim(call.planId, dto, call.lang);
  }

  @Read('aims/:code')
  getAim(@CodeOf() call: CodeCall): Promise<AimResponse> {
    return this.content.getAim(call.planId, call.code);
  }

  @Change('aims/:code')
  @Allow('admin', 'planner')
  updateAim(@CodeOf() call: CodeCall, @Body() dto: UpdateAimDto): Promise<AimResponse> {
    return this.content.updateAim(call.planId, call.code, dto, call.lang);
  }

  @Remove('aims/:code', 'Delete an aim with its targets and indicators')
  @Allow('admin', 'planner')
  deleteAim(@CodeOf() call: CodeCall): Promise<void> {
    return this.content.deleteAim(call.planId, call.code, call.lang);
  }

  @Read('targets', 'Targets (hedefler) with their target cards')
  listTargets(@PlanOf() call: PlanCall): Promise<TargetResponse[]> {
    return this.content.listTargets(call.planId);
  }

  @Create('targets')
  @Allow('admin', 'planner')
  createTarget(@PlanOf() call: PlanCall, @Body() dto: CreateTargetDto): Promise<TargetResponse> {
    return this.content.createTarget(call.planId, dto, call.lang);
  }

  @Read('targets/:code')
  getTarget(@CodeOf() call: CodeCall): Promise<TargetResponse> {
    return this.content.getTarget(call.planId, call.code);
  }

  @Change('targets/:code', 'Change a target card; indicatorWeights re-weights several indicators at once')
  @Allow('admin', 'planner')
  updateTarget(@CodeOf() call: CodeCall, @Body() dto: UpdateTargetDto): Promise<TargetResponse> {
    return this.content.updateTarget(call.planId, call.code, dto, call.lang);
  }

  @Remove('targets/:code')
  @Allow('admin', 'planner')
  deleteTarget(@CodeOf() call: CodeCall): Promise<void> {
    return this.content.deleteTarget(call.planId, call.code, call.lang);
  }
}
