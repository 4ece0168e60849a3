import { Injectable } from '@nestjs/common';
import type { Lang } from '../../contracts/validation.js';
import { downloadFileName } from '../reports/report-files.js';
import { renderWorkbook } from '../reports/workbook-format.js';
import { addBudgetCardSheets } from './programme-budget-workbook.js';
import { ProgrammeBudgetService } from './programme-budget.service.js';
import { addProgrammeSheets } from './programme-workbook.js';
import { tablesOf } from './programme.mapper.js';
import { ProgrammesService } from './programmes.service.js';

export interface ProgrammeFile {
  fileName: string;
  content: Buffer;
}

/** The programme's downloads: tables 1–5 of a classic one, the performance cards of a programme-budget one. */
@Injectable()
export class ProgrammeExportsService {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly budget: ProgrammeBudgetService,
  ) {}

  async tablesWorkbook(planId: string, yearText: string, lang: Lang): Promise<ProgrammeFile> {
    const { view, plan, institution } = await this.programmes.forWorkbook(planId, yearText, lang);
    const unitNames = new Map<string, string>();
    for (const target of view.response.targets)
      for (const activity of target.activities)
        if (activity.unit !== null) unitNames.set(activity.unit, activity.unitName ?? activity.unit);
    const content = await renderWorkbook((workbook) =>
      addProgrammeSheets(workbook, {
        institution,
        planTitle: plan.title,
        year: view.response.year,
        tables: tablesOf(view),
        unitNames,
      }),
    );
    return {
      fileName: downloadFileName(
        [`${view.response.year} Performans Programı Tabloları`, '-', plan.title],
        'xlsx',
      ),
      content,
    };
  }

  async budgetCardsWorkbook(planId: string, yearText: string, lang: Lang): Promise<ProgrammeFile> {
    const { view, plan, institution } = await this.budget.read(planId, yearText, lang);
    const content = await renderWorkbook((workbook) =>
      addBudgetCardSheets(workbook, { institution, planTitle: plan.title, card: view.response }),
    );
    return {
      fileName: downloadFileName([`${view.response.year} Performans Kartları`, '-', plan.title], 'xlsx'),
      content,
    };
  }
}
