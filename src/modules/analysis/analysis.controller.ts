import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  ANALYSIS_PARTS,
  type AnalysisItemResponse,
  type AnalysisLinkResponse,
  type AnalysisResponse,
  type AnalysisRowResponse,
  type PreviousPlanEvaluationResponse,
} from '../../contracts/analysis.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang } from '../../common/lang.js';
import { callerOf, pathParams, PlanOf, type PlanCall } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import {
  ActivityRowDto,
  CreateAnalysisItemDto,
  CreateAnalysisLinkDto,
  EvaluationRowDto,
  InternalRowDto,
  PreviousReasonsDto,
  LegalRowDto,
  PestleRowDto,
  PolicyRowDto,
  StakeholderRowDto,
  StrategyRowDto,
  SwotRowDto,
  TextRowDto,
  UpdateAnalysisItemDto,
} from './dto/analysis.dto.js';
import { AnalysisService } from './analysis.service.js';

/** The path parameters of a route, with the caller's language. */
type At<K extends string> = Readonly<Record<K, string>> & { lang: Lang };

const PartAt = pathParams(['planId', 'part'], ({ planId, part }, request): At<'planId' | 'part'> => ({
  planId,
  part,
  lang: callerOf(request).lang,
}));
const RowAt = pathParams(
  ['planId', 'part', 'rowId'],
  ({ planId, part, rowId }, request): At<'planId' | 'part' | 'rowId'> => ({
    planId,
    part,
    rowId,
    lang: callerOf(request).lang,
  }),
);
const ItemAt = pathParams(['planId', 'item'], ({ planId, item }, request): At<'planId' | 'item'> => ({
  planId,
  item,
  lang: callerOf(request).lang,
}));
const LinkAt = pathParams(
  ['planId', 'code', 'target'],
  ({ planId, code, target }, request): At<'planId' | 'code' | 'target'> => ({
    planId,
    code,
    target,
    lang: callerOf(request).lang,
  }),
);

const ROW_MODELS = [
  TextRowDto,
  EvaluationRowDto,
  LegalRowDto,
  PolicyRowDto,
  ActivityRowDto,
  StakeholderRowDto,
  InternalRowDto,
  PestleRowDto,
  SwotRowDto,
  StrategyRowDto,
];
const ROW_BODY = {
  description: `The fields of the part (${ANALYSIS_PARTS.join(', ')}); history takes TextRowDto, evaluation EvaluationRowDto`,
  schema: { oneOf: ROW_MODELS.map((model) => ({ $ref: getSchemaPath(model) })) },
};

@ApiTags('analysis')
@ApiLang()
@ApiExtraModels(...ROW_MODELS)
@Controller('plans/:planId/analysis')
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  @Get()
  @ApiOperation({ summary: 'The situation analysis (durum analizi): every part, the findings and needs' })
  get(@PlanOf() call: PlanCall): Promise<AnalysisResponse> {
    return this.analysis.get(call.planId, call.lang);
  }

  // Findings and needs, and their links (static paths before the :part routes)

  @Get('findings')
  @ApiOperation({
    summary: 'The findings and needs (tespitler ve ihtiyaçlar) with the targets answering each',
  })
  listItems(@PlanOf() call: PlanCall): Promise<AnalysisItemResponse[]> {
    return this.analysis.listItems(call.planId);
  }

  @Post('findings')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Add a finding or need; without `code` it is numbered T1, T2… or İ1, İ2…' })
  addItem(@PlanOf() call: PlanCall, @Body() dto: CreateAnalysisItemDto): Promise<AnalysisItemResponse> {
    return this.analysis.addItem(call.planId, dto, call.lang);
  }

  @Patch('findings/:item')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Change a finding or need (named by its code or id)' })
  updateItem(
    @ItemAt() call: At<'planId' | 'item'>,
    @Body() dto: UpdateAnalysisItemDto,
  ): Promise<AnalysisItemResponse> {
    return this.analysis.updateItem(call.planId, call.item, dto, call.lang);
  }

  @Delete('findings/:item')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a finding or need with its links' })
  deleteItem(@ItemAt() call: At<'planId' | 'item'>): Promise<void> {
    return this.analysis.deleteItem(call.planId, call.item, call.lang);
  }

  @Get('links')
  @ApiOperation({ summary: 'Which target answers which finding or need, by codes' })
  listLinks(@PlanOf() call: PlanCall): Promise<AnalysisLinkResponse[]> {
    return this.analysis.listLinks(call.planId);
  }

  @Post('links')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'A target of this plan answers a finding or need of this plan' })
  addLink(@PlanOf() call: PlanCall, @Body() dto: CreateAnalysisLinkDto): Promise<AnalysisLinkResponse> {
    return this.analysis.addLink(call.planId, dto, call.lang);
  }

  @Delete('links/:code/:target')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link (finding/need code, target code or id)' })
  deleteLink(@LinkAt() call: At<'planId' | 'code' | 'target'>): Promise<void> {
    return this.analysis.deleteLink(call.planId, call.code, call.target, call.lang);
  }

  // Part B from the previous plan (static paths before the :part routes)

  @Get('previous-plan')
  @ApiOperation({
    summary:
      "Part B: the previous plan's targets and indicators with A, B, C and rate of its last year (approved values), and the reasons written",
  })
  previousPlan(@PlanOf() call: PlanCall): Promise<PreviousPlanEvaluationResponse> {
    return this.analysis.previousPlan(call.planId, call.lang);
  }

  @Put('previous-plan/reasons')
  @Allow('admin', 'planner')
  @ApiOperation({
    summary:
      'Write, change or remove (reason null) the reasons for targets of the previous plan, all or none',
  })
  saveReasons(
    @PlanOf() call: PlanCall,
    @Body() dto: PreviousReasonsDto,
  ): Promise<PreviousPlanEvaluationResponse> {
    return this.analysis.saveReasons(call.planId, dto, call.lang);
  }

  // The rows of a part

  @Get(':part')
  @ApiOperation({ summary: `The rows of a part: ${ANALYSIS_PARTS.join(', ')}` })
  listRows(@PartAt() call: At<'planId' | 'part'>): Promise<AnalysisRowResponse[]> {
    return this.analysis.listRows(call.planId, call.part, call.lang);
  }

  @Post(':part')
  @Allow('admin', 'planner')
  @ApiBody(ROW_BODY)
  @ApiOperation({ summary: 'Add a row to a part (at `position`, else at the end)' })
  addRow(@PartAt() call: At<'planId' | 'part'>, @Body() body: unknown): Promise<AnalysisRowResponse> {
    return this.analysis.addRow(call.planId, call.part, body, call.lang);
  }

  @Patch(':part/:rowId')
  @Allow('admin', 'planner')
  @ApiBody(ROW_BODY)
  @ApiOperation({
    summary: 'Change a row: the fields sent (null clears an optional one), `position` moves it',
  })
  updateRow(
    @RowAt() call: At<'planId' | 'part' | 'rowId'>,
    @Body() body: unknown,
  ): Promise<AnalysisRowResponse> {
    return this.analysis.updateRow(call.planId, call.part, call.rowId, body, call.lang);
  }

  @Delete(':part/:rowId')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a row; findings drawn from it keep their part' })
  deleteRow(@RowAt() call: At<'planId' | 'part' | 'rowId'>): Promise<void> {
    return this.analysis.deleteRow(call.planId, call.part, call.rowId, call.lang);
  }
}
