import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { FIXTURE_YEARS, validPlanDocument } from '../plans/test-fixtures.js';
import { addCostingSheets, sumByYear } from './costing-sheets.js';
import { renderWorkbook } from './workbook-format.js';

async function costing(document: PlanDocument): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await renderWorkbook((target) => addCostingSheets(target, document))) as unknown as ArrayBuffer,
  );
  return workbook;
}

function values(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

function five(amount: number): number[] {
  return [amount, amount, amount, amount, amount];
}

function notes(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(1).value;
    if (typeof value === 'string' && row.number > 4) lines.push(value);
  });
  return lines.join('\n');
}

describe('costing tables', () => {
  it('the cost table: aims as the sum of their targets, general administration, total resource need', async () => {
    const sheet = (await costing(validPlanDocument())).getWorksheet('Maliyet tablosu') as ExcelJS.Worksheet;
    expect(values(sheet, 4)).toEqual(['Kod', 'Amaç / hedef', ...FIXTURE_YEARS, 'Toplam']);
    const m = 1000000;
    expect(values(sheet, 5)).toEqual(['A1', 'Yaşanabilir ve yeşil bir kent', m, m, m, m, m, 5 * m]);
    expect(values(sheet, 6)).toEqual(['H1.1', 'Yeşil alanları artırmak', m, m, m, m, m, 5 * m]);
    expect(values(sheet, 9)).toEqual([undefined, 'Genel yönetim giderleri', ...five(250000), 1250000]);
    expect(values(sheet, 10)).toEqual([undefined, 'Toplam kaynak ihtiyacı', ...five(1750000), 8750000]);
    expect(sheet.getRow(10).getCell(3).numFmt).toBe('#,##0');
  });

  it('the resource table: sources by kind, totals and the balance per year', async () => {
    const sheet = (await costing(validPlanDocument())).getWorksheet('Kaynak tablosu') as ExcelJS.Worksheet;
    expect(values(sheet, 5)).toEqual(['Genel bütçe', 'Bütçe', ...five(1500000), 7500000]);
    expect(values(sheet, 6)).toEqual(['Kalkınma ajansı hibesi', 'Bütçe dışı', ...five(250000), 1250000]);
    expect(values(sheet, 9)).toEqual(['Toplam kaynak', undefined, ...five(1750000), 8750000]);
    expect(values(sheet, 11)).toEqual(['Fark (kaynak − ihtiyaç)', undefined, 0, 0, 0, 0, 0, 0]);
    expect(notes(sheet)).toContain('Her yıl dengede.');
    const formats = (sheet as unknown as { conditionalFormattings: Array<{ ref: string }> })
      .conditionalFormattings;
    expect(formats.map((item) => item.ref)).toEqual(['C11:H11']);
  });

  it('leaves a missing estimate empty, never 0, names it, and flags an unbalanced year', async () => {
    const document = validPlanDocument();
    delete document.plan.aims[1].targets[0].costEstimate?.['2027'];
    const workbook = await costing(document);
    const costs = workbook.getWorksheet('Maliyet tablosu') as ExcelJS.Worksheet;
    expect(values(costs, 8)).toEqual([
      'H2.1',
      'Denetimleri sürdürmek',
      500000,
      500000,
      undefined,
      500000,
      500000,
      2000000,
    ]);
    expect(notes(costs)).toContain(
      'Maliyet tahmini girilmemiş hedefler (boş bırakıldı, 0 sayılmadı): H2.1 (2027).',
    );
    const resources = workbook.getWorksheet('Kaynak tablosu') as ExcelJS.Worksheet;
    expect(values(resources, 11).slice(2, 5)).toEqual([0, 0, 500000]);
    expect(notes(resources)).toContain('Dengede olmayan yıllar: 2027.');
  });

  it('sums exactly and answers null for a year nothing states', () => {
    expect(sumByYear([{ '2025': 0.1 }, { '2025': 0.2 }, undefined], [2025, 2026])).toEqual([0.3, null]);
  });
});
