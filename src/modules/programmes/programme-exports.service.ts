import { Injectable } from '@nestjs/common';
import type { Lang } from '../../contracts/validation.js';
import { downloadFileName } from '../reports/report-files.js';
import { renderWorkbook } from '../reports/workbook-format.js';
import { addProgrammeSheets } from './programme-workbook.js';
import { tablesOf } from './programme.mapper.js';
import { ProgrammesService } from './programmes.service.js';

export interface ProgrammeFile {
  fileName: string;
  content: Buffer;
}

/** The programme's downloads: tables 1–5 as a workbook. */
@Injectable()
export class ProgrammeExportsService {
  constructor(private readonly programmes: ProgrammesService) {}

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
}
