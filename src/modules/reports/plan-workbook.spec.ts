import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PLAN_WORKBOOK_SHEETS_2025, validPlanDocument } from '../plans/test-fixtures.js';
import { computeProgress } from '../progress/progress-engine.js';
import { addPlanWorkbookSheets, planWorkbookPeriods } from './plan-workbook.js';
import { renderWorkbook } from './workbook-format.js';

describe('plan workbook', () => {
  it('shows the İzleme of the period’s year and the Değerlendirme of the latest ended year', () => {
    expect(planWorkbookPeriods({ year: 2026, half: 1 }, 2025)).toEqual({
      monitoring: '2026-H1',
      evaluationYear: 2025,
    });
    expect(planWorkbookPeriods({ year: 2026, half: null }, 2025)).toEqual({
      monitoring: '2026-H1',
      evaluationYear: 2026,
    });
    expect(planWorkbookPeriods({ year: 2025, half: 1 }, 2025)).toEqual({
      monitoring: '2025-H1',
      evaluationYear: null,
    });
  });

  it('holds the cards, both rate tables, the units matrix and the costing tables', async () => {
    const document = validPlanDocument();
    const buffer = await renderWorkbook((workbook) =>
      addPlanWorkbookSheets(workbook, {
        document,
        monitoring: computeProgress(document.plan, { year: 2025, half: 1 }),
        evaluation: [computeProgress(document.plan, { year: 2025, half: null })],
        entries: new Map(),
      }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Plan',
      'Birimler',
      'A1',
      'A2',
      ...PLAN_WORKBOOK_SHEETS_2025,
    ]);
    for (const sheet of workbook.worksheets) {
      expect({
        sheet: sheet.name,
        paper: sheet.pageSetup.paperSize,
        title: sheet.getCell('A1').value,
      }).toEqual({
        sheet: sheet.name,
        paper: 9,
        title: 'Örnek Belediyesi',
      });
    }
  });
});
