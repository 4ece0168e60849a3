import { Body, Controller, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ProgrammeBudgetResponse } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang } from '../../common/lang.js';
import { Create, Read, Remove, Replace, callerOf, pathParams } from '../../common/routes.js';
import { XLSX_CONTENT_TYPE } from '../../workbooks/workbook-upload.js';
import { Allow } from '../auth/access.decorators.js';
import { contentDisposition, downloadFileName } from '../reports/report-files.js';
import { renderWorkbook } from '../reports/workbook-format.js';
import {
  BudgetActivityDto,
  BudgetGoalDto,
  BudgetIndicatorDto,
  BudgetProgrammeDto,
  BudgetSubProgrammeDto,
} from './dto/programme-budget.dto.js';
import { addBudgetCardSheets } from './programme-budget-workbook.js';
import { ProgrammeBudgetService } from './programme-budget.service.js';

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

/**
 * The programme-budget format of a plan's yearly performance programme (planning-cycle.md 3):
 * the card of programmes, sub-programmes, goals, indicators and activities. Planners and
 * administrators write while the programme is a draft; every role of the institution reads.
 */
@ApiTags('programmes')
@ApiLang()
@Controller('plans/:planId/programmes')
export class ProgrammeBudgetController {
  constructor(private readonly budget: ProgrammeBudgetService) {}

  @Read(
    ':year/budget',
    'The programme-budget card: programmes, sub-programmes, goals, indicators, activities, totals',
  )
  get(@YearAt() at: YearCall): Promise<ProgrammeBudgetResponse> {
    return this.budget.get(at.planId, at.year, at.lang);
  }

  @Read(':year/budget/cards.xlsx', 'The performance card of each sub-programme as one workbook')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async workbook(@YearAt() at: YearCall): Promise<StreamableFile> {
    const { view, plan, institution } = await this.budget.read(at.planId, at.year, at.lang);
    const content = await renderWorkbook((workbook) =>
      addBudgetCardSheets(workbook, { institution, planTitle: plan.title, card: view.response }),
    );
    return new StreamableFile(content, {
      type: XLSX_CONTENT_TYPE,
      disposition: contentDisposition(
        downloadFileName([`${view.response.year} Performans Kartları`, '-', plan.title], 'xlsx'),
      ),
      length: content.length,
    });
  }

  @Create(':year/budget/programmes', 'Add a programme (code, name)')
  @Allow('admin', 'planner')
  addProgramme(@YearAt() at: YearCall, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.addProgramme(at.planId, at.year, dto, at.lang);
  }

  @Replace(':year/budget/programmes/:id', 'Replace a programme’s code and name')
  @Allow('admin', 'planner')
  putProgramme(@PartAt() at: PartCall, @Body() dto: BudgetProgrammeDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.putProgramme(at.planId, at.year, at.id, dto, at.lang);
  }

  @Remove(':year/budget/programmes/:id', 'Delete a programme with its sub-programmes')
  @Allow('admin', 'planner')
  deleteProgramme(@PartAt() at: PartCall): Promise<void> {
    return this.budget.deleteProgramme(at.planId, at.year, at.id, at.lang);
  }

  @Create(':year/budget/sub-programmes', 'Add a sub-programme to a programme')
  @Allow('admin', 'planner')
  addSubProgramme(
    @YearAt() at: YearCall,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.addSubProgramme(at.planId, at.year, dto, at.lang);
  }

  @Replace(':year/budget/sub-programmes/:id', 'Replace a sub-programme')
  @Allow('admin', 'planner')
  putSubProgramme(
    @PartAt() at: PartCall,
    @Body() dto: BudgetSubProgrammeDto,
  ): Promise<ProgrammeBudgetResponse> {
    return this.budget.putSubProgramme(at.planId, at.year, at.id, dto, at.lang);
  }

  @Remove(':year/budget/sub-programmes/:id', 'Delete a sub-programme with its goals')
  @Allow('admin', 'planner')
  deleteSubProgramme(@PartAt() at: PartCall): Promise<void> {
    return this.budget.deleteSubProgramme(at.planId, at.year, at.id, at.lang);
  }

  @Create(':year/budget/goals', 'Add a sub-programme goal linked to plan targets of the year')
  @Allow('admin', 'planner')
  addGoal(@YearAt() at: YearCall, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.addGoal(at.planId, at.year, dto, at.lang);
  }

  @Replace(':year/budget/goals/:id', 'Replace a goal and its links to plan targets')
  @Allow('admin', 'planner')
  putGoal(@PartAt() at: PartCall, @Body() dto: BudgetGoalDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.putGoal(at.planId, at.year, at.id, dto, at.lang);
  }

  @Remove(':year/budget/goals/:id', 'Delete a goal with its indicators and activities')
  @Allow('admin', 'planner')
  deleteGoal(@PartAt() at: PartCall): Promise<void> {
    return this.budget.deleteGoal(at.planId, at.year, at.id, at.lang);
  }

  @Create(':year/budget/indicators', 'Add an indicator to a goal with its six figures')
  @Allow('admin', 'planner')
  addIndicator(@YearAt() at: YearCall, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.addIndicator(at.planId, at.year, dto, at.lang);
  }

  @Replace(':year/budget/indicators/:id', 'Replace an indicator and its figures')
  @Allow('admin', 'planner')
  putIndicator(@PartAt() at: PartCall, @Body() dto: BudgetIndicatorDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.putIndicator(at.planId, at.year, at.id, dto, at.lang);
  }

  @Remove(':year/budget/indicators/:id', 'Delete an indicator')
  @Allow('admin', 'planner')
  deleteIndicator(@PartAt() at: PartCall): Promise<void> {
    return this.budget.deleteIndicator(at.planId, at.year, at.id, at.lang);
  }

  @Create(':year/budget/activities', 'Add an activity to a goal: unit, cost grid, justification form')
  @Allow('admin', 'planner')
  addActivity(@YearAt() at: YearCall, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.addActivity(at.planId, at.year, dto, at.lang);
  }

  @Replace(':year/budget/activities/:id', 'Replace an activity')
  @Allow('admin', 'planner')
  putActivity(@PartAt() at: PartCall, @Body() dto: BudgetActivityDto): Promise<ProgrammeBudgetResponse> {
    return this.budget.putActivity(at.planId, at.year, at.id, dto, at.lang);
  }

  @Remove(':year/budget/activities/:id', 'Delete an activity')
  @Allow('admin', 'planner')
  deleteActivity(@PartAt() at: PartCall): Promise<void> {
    return this.budget.deleteActivity(at.planId, at.year, at.id, at.lang);
  }
}
