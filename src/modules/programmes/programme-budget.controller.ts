import { applyDecorators, Body, Controller, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProgrammeBudgetResponse } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
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
import { ProgrammeBudgetService } from './programme-budget.service.js';
import { ProgrammeExportsService } from './programme-exports.service.js';

interface YearCall {
  planId: string;
  year: string;
  lang: Lang;
}
interface PartCall extends YearCall {
  id: string;
}

const YearAt = pathParams(['planId', 'year'], ({ planId, year }, request): YearCall => ({
  planId,
  year,
  lang: callerOf(request).lang,
}));
const PartAt = pathParams(['planId', 'year', 'id'], ({ planId, year, id }, request): PartCall => ({
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
  get(@YearAt() at: YearCall): Promise<ProgrammeBudgetResponse> {
    return this.budget.get(at.planId, at.year, at.lang);
  }

  @ReadFile(':year/budget/cards.xlsx', 'The performance card of each sub-programme as one workbook')
  async workbook(@YearAt() at: YearCall): Promise<StreamableFile> {
    return download(await this.exports.budgetCardsWorkbook(at.planId, at.year, at.lang));
  }

  @AddPart('programmes', 'Add a programme (code, name)')
  addProgramme(@YearAt() at: YearCall, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('programme', at.planId, at.year, dto, at.lang);
  }

  @PutPart('programmes', 'Replace a programme’s code and name')
  putProgramme(@PartAt() at: PartCall, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('programme', at.planId, at.year, at.id, dto, at.lang);
  }

  @RemovePart('programmes', 'Delete a programme with its sub-programmes')
  deleteProgramme(@PartAt() at: PartCall): Promise<void> {
    return this.budget.remove('programme', at.planId, at.year, at.id, at.lang);
  }

  @AddPart('sub-programmes', 'Add a sub-programme to a programme')
  addSubProgramme(
    @YearAt() at: YearCall,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('sub-programme', at.planId, at.year, dto, at.lang);
  }

  @PutPart('sub-programmes', 'Replace a sub-programme')
  putSubProgramme(
    @PartAt() at: PartCall,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('sub-programme', at.planId, at.year, at.id, dto, at.lang);
  }

  @RemovePart('sub-programmes', 'Delete a sub-programme with its goals')
  deleteSubProgramme(@PartAt() at: PartCall): Promise<void> {
    return this.budget.remove('sub-programme', at.planId, at.year, at.id, at.lang);
  }

  @AddPart('goals', 'Add a sub-programme goal linked to plan targets of the year')
  addGoal(@YearAt() at: YearCall, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('goal', at.planId, at.year, dto, at.lang);
  }

  @PutPart('goals', 'Replace a goal and its links to plan targets')
  putGoal(@PartAt() at: PartCall, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('goal', at.planId, at.year, at.id, dto, at.lang);
  }

  @RemovePart('goals', 'Delete a goal with its indicators and activities')
  deleteGoal(@PartAt() at: PartCall): Promise<void> {
    return this.budget.remove('goal', at.planId, at.year, at.id, at.lang);
  }

  @AddPart('indicators', 'Add an indicator to a goal with its six figures')
  addIndicator(@YearAt() at: YearCall, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('indicator', at.planId, at.year, dto, at.lang);
  }

  @PutPart('indicators', 'Replace an indicator and its figures')
  putIndicator(@PartAt() at: PartCall, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('indicator', at.planId, at.year, at.id, dto, at.lang);
  }

  @RemovePart('indicators', 'Delete an indicator')
  deleteIndicator(@PartAt() at: PartCall): Promise<void> {
    return this.budget.remove('indicator', at.planId, at.year, at.id, at.lang);
  }

  @AddPart('activities', 'Add an activity to a goal: unit, cost grid, justification form')
  addActivity(@YearAt() at: YearCall, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.add('activity', at.planId, at.year, dto, at.lang);
  }

  @PutPart('activities', 'Replace an activity')
  putActivity(@PartAt() at: PartCall, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.put('activity', at.planId, at.year, at.id, dto, at.lang);
  }

  @RemovePart('activities', 'Delete an activity')
  deleteActivity(@PartAt() at: PartCall): Promise<void> {
    return this.budget.remove('activity', at.planId, at.year, at.id, at.lang);
  }
}
