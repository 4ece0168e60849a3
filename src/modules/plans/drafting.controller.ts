import { applyDecorators, Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MoveResponse, StrategyTreeResponse, TargetCardResponse } from '../../contracts/drafting.js';
import { ApiLang } from '../../common/lang.js';
import { CodeOf, type CodeCall, PostAction, Read, Replace } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { MoveDto, MoveTargetDto, TargetCardSaveDto } from './dto/drafting.dto.js';
import { DraftingService, type MovedList } from './drafting.service.js';

/** Moving an element of `list` (POST …/<list>/:code/move): a planner's step on a draft. */
const MoveRoute = (list: MovedList, summary: string): MethodDecorator =>
  applyDecorators(PostAction(`${list}/:code/move`, summary), Allow('admin', 'planner'));

/** The drafting workspace (issue 12): the strategy tree, moves that renumber, the whole target card. */
@ApiTags('plan drafting')
@ApiLang()
@Controller('plans/:planId')
export class DraftingController {
  constructor(private readonly drafting: DraftingService) {}

  @Read('strategy', 'Aims → targets → indicators in order, in one read')
  strategy(@Param('planId') planId: string): Promise<StrategyTreeResponse> {
    return this.drafting.strategy(planId);
  }

  @MoveRoute('aims', 'Move an aim among the aims; every code the move shifts is renumbered (drafts only)')
  moveAim(@CodeOf() call: CodeCall, @Body() dto: MoveDto): Promise<MoveResponse> {
    return this.drafting.move(call.planId, 'aims', call.code, dto, call.lang);
  }

  @MoveRoute(
    'targets',
    'Move a target, under another aim when `aim` is given; codes are renumbered (drafts only)',
  )
  moveTarget(@CodeOf() call: CodeCall, @Body() dto: MoveTargetDto): Promise<MoveResponse> {
    return this.drafting.move(call.planId, 'targets', call.code, dto, call.lang);
  }

  @MoveRoute(
    'indicators',
    "Move an indicator among its target's indicators; codes are renumbered (drafts only)",
  )
  moveIndicator(@CodeOf() call: CodeCall, @Body() dto: MoveDto): Promise<MoveResponse> {
    return this.drafting.move(call.planId, 'indicators', call.code, dto, call.lang);
  }

  @Read('targets/:code/card', "A target card with all its indicators and the plan's validation")
  getCard(@CodeOf() call: CodeCall): Promise<TargetCardResponse> {
    return this.drafting.getCard(call.planId, call.code, call.lang);
  }

  @Replace(
    'targets/:code/card',
    'Save a whole target card at once (all or nothing); answers the card and the plan validation',
  )
  @Allow('admin', 'planner')
  saveCard(@CodeOf() call: CodeCall, @Body() dto: TargetCardSaveDto): Promise<TargetCardResponse> {
    return this.drafting.saveCard(call.planId, call.code, dto, call.lang);
  }
}
