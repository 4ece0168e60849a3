import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MoveResponse, StrategyTreeResponse, TargetCardResponse } from '../../contracts/drafting.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { Allow } from '../auth/access.decorators.js';
import { MoveDto, MoveTargetDto, TargetCardSaveDto } from './dto/drafting.dto.js';
import { DraftingService } from './drafting.service.js';

/** The drafting workspace (issue 12): the strategy tree, moves that renumber, the whole target card. */
@ApiTags('plan drafting')
@ApiLang()
@Controller('plans/:planId')
export class DraftingController {
  constructor(private readonly drafting: DraftingService) {}

  @Get('strategy')
  @ApiOperation({ summary: 'Aims → targets → indicators in order, in one read' })
  strategy(@Param('planId') planId: string): Promise<StrategyTreeResponse> {
    return this.drafting.strategy(planId);
  }

  @Post('aims/:code/move')
  @Allow('admin', 'planner')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move an aim among the aims; every code the move shifts is renumbered (drafts only)',
  })
  moveAim(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: MoveDto,
    @RequestLang() lang: Lang,
  ): Promise<MoveResponse> {
    return this.drafting.move(planId, 'aims', code, dto, lang);
  }

  @Post('targets/:code/move')
  @Allow('admin', 'planner')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a target, under another aim when `aim` is given; codes are renumbered (drafts only)',
  })
  moveTarget(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: MoveTargetDto,
    @RequestLang() lang: Lang,
  ): Promise<MoveResponse> {
    return this.drafting.move(planId, 'targets', code, dto, lang);
  }

  @Post('indicators/:code/move')
  @Allow('admin', 'planner')
  @HttpCode(200)
  @ApiOperation({
    summary: "Move an indicator among its target's indicators; codes are renumbered (drafts only)",
  })
  moveIndicator(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: MoveDto,
    @RequestLang() lang: Lang,
  ): Promise<MoveResponse> {
    return this.drafting.move(planId, 'indicators', code, dto, lang);
  }

  @Get('targets/:code/card')
  @ApiOperation({ summary: "A target card with all its indicators and the plan's validation" })
  getCard(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @RequestLang() lang: Lang,
  ): Promise<TargetCardResponse> {
    return this.drafting.getCard(planId, code, lang);
  }

  @Put('targets/:code/card')
  @Allow('admin', 'planner')
  @ApiOperation({
    summary: 'Save a whole target card at once (all or nothing); answers the card and the plan validation',
  })
  saveCard(
    @Param('planId') planId: string,
    @Param('code') code: string,
    @Body() dto: TargetCardSaveDto,
    @RequestLang() lang: Lang,
  ): Promise<TargetCardResponse> {
    return this.drafting.saveCard(planId, code, dto, lang);
  }
}
