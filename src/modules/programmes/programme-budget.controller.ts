import { applyDecorators, Body, Controller, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProgrammeBudgetResponse } from '../../contracts/programme.js';
import { ApiLang } from '../../common/lang.js';
import { Create, Read, Remove, Replace, callerOf, pathParams } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from '../reports/download.decorators.js';
import {
  BudgetActivityDto,
  BudgetGoalDto,
  BudgetIndicatorDto,
  BudgetProgrammeDto,
  BudgetSubProgrammeDto,
} from './dto/programme-budget.dto.js';
import { ProgrammeBudgetService, type CardAt, type PartAt } from './programme-budget.service.js';
import { ProgrammeExportsService } from './programme-exports.service.js';

const CardOf = pathParams(['planId', 'year'], ({ planId, year }, request): CardAt => ({
  planId,
  year,
  lang: callerOf(request).lang,
}));
const PartOf = pathParams(['planId', 'year', 'id'], ({ planId, year, id }, request): PartAt => ({
  planId,
  year,
  id,
  lang: callerOf(request).lang,
}));

/** The card's writes: planners and administrators, on …/budget/<parts> and …/budget/<parts>/:id. */
const AddPart = (parts: string, summary: string): MethodDecorator =>
  applyDecorators(Create(`:year/budget/${parts}`, summary), Allow('admin', 'planner'));
const PutPart = (parts: string, summary: string): MethodDecorator =>
  applyDecorators(Replace(`:year/budget/${parts}/:id`, summary), Allow('admin', 'planner'));
const RemovePart = (parts: string, summary: string): MethodDecorator =>
  applyDecorators(Remove(`:year/budget/${parts}/:id`, summary), Allow('admin', 'planner'));

/**
 * The programme-budget format of a plan's yearly performance programme (planning-cycle.md 3):
 * the card of programmes, sub-programmes, goals, indicators and activities. Planners and
 * administrators write while the programme is a draft; every role of the institution reads.
 */
@ApiTags('programmes')
@ApiLang()
@Controller('plans/:planId/programmes')
export class ProgrammeBudgetController {
  constructor(
    private readonly budget: ProgrammeBudgetService,
    private readonly exports: ProgrammeExportsService,
  ) {}

  @Read(
    ':year/budget',
    'The programme-budget card: programmes, sub-programmes, goals, indicators, activities, totals',
  )
  get(@CardOf() at: CardAt): Promise<ProgrammeBudgetResponse> {
    return this.budget.get(at.planId, at.year, at.lang);
  }

  @ReadFile(':year/budget/cards.xlsx', 'The performance card of each sub-programme as one workbook')
  async workbook(@CardOf() at: CardAt): Promise<StreamableFile> {
    return download(await this.exports.budgetCardsWorkbook(at.planId, at.year, at.lang));
  }

  @AddPart('programmes', 'Add a programme (code, name)')
  addProgramme(@CardOf() at: CardAt, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('programme', at, dto);
  }

  @PutPart('programmes', 'Replace a programme’s code and name')
  putProgramme(@PartOf() at: PartAt, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('programme', at, dto);
  }

  @RemovePart('programmes', 'Delete a programme with its sub-programmes')
  deleteProgramme(@PartOf() at: PartAt): Promise<void> {
    return this.budget.remove('programme', at);
  }

  @AddPart('sub-programmes', 'Add a sub-programme to a programme')
  addSubProgramme(
    @CardOf() at: CardAt,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('sub-programme', at, dto);
  }

  @PutPart('sub-programmes', 'Replace a sub-programme')
  putSubProgramme(
    @PartOf() at: PartAt,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('sub-programme', at, dto);
  }

  @RemovePart('sub-programmes', 'Delete a sub-programme with its goals')
  deleteSubProgramme(@PartOf() at: PartAt): Promise<void> {
    return this.budget.remove('sub-programme', at);
  }

  @AddPart('goals', 'Add a sub-programme goal linked to plan targets of the year')
  addGoal(@CardOf() at: CardAt, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('goal', at, dto);
  }

  @PutPart('goals', 'Replace a goal and its links to plan targets')
  putGoal(@PartOf() at: PartAt, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('goal', at, dto);
  }

  @RemovePart('goals', 'Delete a goal with its indicators and activities')
  deleteGoal(@PartOf() at: PartAt): Promise<void> {
    return this.budget.remove('goal', at);
  }

  @AddPart('indicators', 'Add an indicator to a goal with its six figures')
  addIndicator(@CardOf() at: CardAt, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('indicator', at, dto);
  }

  @PutPart('indicators', 'Replace an indicator and its figures')
  putIndicator(@PartOf() at: PartAt, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('indicator', at, dto);
  }

  @RemovePart('indicators', 'Delete an indicator')
  deleteIndicator(@PartOf() at: PartAt): Promise<void> {
    return this.budget.remove('indicator', at);
  }

  @AddPart('activities', 'Add an activity to a goal: unit, cost grid, justification form')
  addActivity(@CardOf() at: CardAt, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('activity', at, dto);
  }

  @PutPart('activities', 'Replace an activity')
  putActivity(@PartOf() at: PartAt, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('activity', at, dto);
  }

  @RemovePart('activities', 'Delete an activity')
  deleteActivity(@PartOf() at: PartAt): Promise<void> {
    return this.budget.remove('activity', at);
  }
}
