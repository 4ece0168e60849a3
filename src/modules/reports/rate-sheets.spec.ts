import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ProgressResponse } from '../../contracts/progress.js';
import { PARK_ROW_START, validPlanDocument } from '../plans/test-fixtures.js';
import { computeProgress } from '../progress/progress-engine.js';
import { addEvaluationSheets, addMonitoringSheet, entryKey, type EntryDetail } from './rate-sheets.js';
import { renderWorkbook } from './workbook-format.js';

async function render(build: (workbook: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderWorkbook(build)) as unknown as ArrayBuffer);
  return workbook;
}

function rowOf(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    if (sheet.getRow(row).getCell(column).value === text) return sheet.getRow(row);
  }
  throw new Error(`${sheet.name}: no row ${text}`);
}

function progressOf(document: PlanDocument, period: string): ProgressResponse {
  const [year, half] = period.split('-H');
  return computeProgress(document.plan, { year: Number(year), half: half ? 1 : null });
}

function conditionalFormats(
  sheet: ExcelJS.Worksheet,
): Array<{ ref: string; rules: Array<{ formulae: string[] }> }> {
  return (
    sheet as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }>;
    }
  ).conditionalFormattings;
}

const ENTRY: EntryDetail = {
  note: 'Yeni parklar açıldı',
  deviationReason: null,
  status: 'submitted',
  revised: false,
  enteredBy: 'Ayşe Yılmaz',
  approvedBy: null,
};

describe('İzleme tablosu', () => {
  const build = async (): Promise<ExcelJS.Worksheet> => {
    const document = validPlanDocument();
    const progress = progressOf(document, '2025-H1');
    const entries = new Map([[entryKey('PG1.1.1', '2025-H1'), ENTRY]]);
    const workbook = await render((target) => addMonitoringSheet(target, document, progress, entries));
    return workbook.getWorksheet('İzleme 2025-H1') as ExcelJS.Worksheet;
  };

  it('lists per target its indicators with weight, A, year-end B, C at 30 June and GO, then the HG', async () => {
    const sheet = await build();
    expect((sheet.getRow(4).values as unknown[]).slice(1, 11)).toEqual([
      'Kod',
      'Amaç / hedef / performans göstergesi',
      'Ölçü birimi',
      'Hedefe etkisi (%)',
      'Başlangıç değeri (A)',
      '2025 yıl sonu hedefi (B)',
      'Gerçekleşme (C) 30.06.2025',
      'Gerçekleşme oranı GO (%)',
      'Hedef oranına katılan (%)',
      'Plan dönemi ilerlemesi (%)',
    ]);
    expect((rowOf(sheet, 'PG1.1.1').values as unknown[]).slice(1, 9)).toEqual([
      ...PARK_ROW_START,
      108000,
      40,
    ]);
    // kumulatif: C = A + Σ entries = 50 + 4.
    expect([7, 8].map((column) => rowOf(sheet, 'PG1.1.3').getCell(column).value)).toEqual([54, 40]);
    // A yearly indicator is not measured at 30 June: said so, never 0.
    expect([7, 8, 9].map((column) => rowOf(sheet, 'PG1.1.2').getCell(column).value)).toEqual([
      'ölçülmüyor',
      'ölçülmüyor',
      null,
    ]);
    const hg = rowOf(sheet, 'H1.1 hedef gerçekleşme oranı (HG)', 2);
    expect(hg.getCell(8).value).toBe(40);
    expect(hg.getCell(11).value).toBe(
      'Hedef oranına katılmayan: PG1.1.2 (bu dönemde ölçülmüyor (yıllık gösterge)); kapsam: 2/2 gösterge, ağırlık payı %100,0',
    );
    expect(rowOf(sheet, 'PG1.1.1').getCell(8).numFmt).toBe('#,##0.0');
  });

  it('shows the entry’s note, who entered it and its workflow state', async () => {
    const sheet = await build();
    const row = rowOf(sheet, 'PG1.1.1');
    expect([11, 12, 14, 15].map((column) => row.getCell(column).value)).toEqual([
      'Yeni parklar açıldı',
      null,
      'Ayşe Yılmaz',
      'onaya gönderildi',
    ]);
    expect(row.getCell(13).value).toBe('Park envanteri');
  });

  it('colours the GO column by status, numbers only, and states formula and settings under the table', async () => {
    const sheet = await build();
    const planRow = rowOf(
      sheet,
      'Plan gerçekleşme oranı (amaçların ortalaması; hesaplanmış görünüm)',
      2,
    ).number;
    const [formatting] = conditionalFormats(sheet);
    expect(formatting.ref).toBe(`H5:H${planRow}`);
    expect(formatting.rules.map((rule) => rule.formulae[0])).toEqual([
      'AND(ISNUMBER(H5),H5>=85)',
      'AND(ISNUMBER(H5),H5>=50,H5<85)',
      'AND(ISNUMBER(H5),H5<50)',
    ]);
    const notes: string[] = [];
    for (let row = planRow + 1; row <= sheet.rowCount; row += 1) {
      const value = sheet.getRow(row).getCell(1).value;
      if (typeof value === 'string') notes.push(value);
    }
    expect(notes[0]).toContain('yöntem: göstergede belirtilen');
    expect(notes[0]).toContain('[0, 100] aralığında');
    expect(notes[0]).toContain('amaç oranı: hedef oranlarının düz ortalaması');
    expect(notes).toContain(
      'F1 (düzey ve kümülatif göstergelerde varsayılan): GO = (C − A) / (B − A) × 100.',
    );
    expect((sheet.model as unknown as { merges: string[] }).merges).toContain(
      `A${planRow + 2}:O${planRow + 2}`,
    );
  });

  it('freezes header and code columns and prints A4 landscape repeating the header row', async () => {
    const sheet = await build();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4, topLeftCell: 'C5' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
  });

  it('states the cost-weighted aim aggregation and an unclamped roll-up when the plan says so', async () => {
    const document = validPlanDocument();
    document.plan.settings = { clampTargetRates: false, aimAggregation: 'cost-weighted' };
    const progress = progressOf(document, '2025-H1');
    const workbook = await render((target) => addMonitoringSheet(target, document, progress, new Map()));
    const sheet = workbook.getWorksheet('İzleme 2025-H1') as ExcelJS.Worksheet;
    let settings = '';
    sheet.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string' && value.startsWith('Ayarlar')) settings = value;
    });
    expect(settings).toContain('kırpma: kapalı');
    expect(settings).toContain('maliyet ağırlıklı ortalaması');
  });
});

describe('Değerlendirme tablosu', () => {
  const build = async (): Promise<ExcelJS.Workbook> => {
    const document = validPlanDocument();
    const park = document.plan.aims[0].targets[0].indicators[0];
    park.values = { ...park.values, '2026-H1': { value: 125000 }, '2026-H2': { value: 130000 } };
    const history = [progressOf(document, '2025'), progressOf(document, '2026')];
    const entries = new Map([
      [
        entryKey('PG1.1.1', '2026-H2'),
        {
          ...ENTRY,
          note: null,
          deviationReason: 'Kamulaştırma sürüyor',
          status: 'approved' as const,
          approvedBy: 'Mehmet Kaya',
        },
      ],
    ]);
    return render((workbook) => addEvaluationSheets(workbook, document, history, entries));
  };

  it('shows every elapsed year’s B, C and GO side by side, the year’s HG and the deviation reason', async () => {
    const workbook = await build();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Değerlendirme 2026',
      'Değerlendirme notları 2026',
    ]);
    const sheet = workbook.getWorksheet('Değerlendirme 2026') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(headers.slice(5, 13)).toEqual([
      '2025 hedefi (B)',
      '2025 gerçekleşme (C)',
      '2025 GO (%)',
      '2026 hedefi (B)',
      '2026 gerçekleşme (C)',
      '2026 GO (%)',
      '2026 hedef oranına katılan (%)',
      'Plan dönemi ilerlemesi (%)',
    ]);
    expect((rowOf(sheet, 'PG1.1.1').values as unknown[]).slice(6, 14)).toEqual([
      120000, 115000, 75, 140000, 130000, 75, 75, 30,
    ]);
    expect((rowOf(sheet, 'PG1.1.2').values as unknown[]).slice(6, 12)).toEqual([
      8,
      8,
      100,
      7,
      'veri yok',
      'veri yok',
    ]);
    const hg = rowOf(sheet, 'H1.1 hedef gerçekleşme oranı (HG)', 2);
    expect([8, 11].map((column) => hg.getCell(column).value)).toEqual([
      (75 * 40 + 100 * 35 + 100 * 25) / 100,
      75,
    ]);
    const row = rowOf(sheet, 'PG1.1.1');
    expect(row.getCell(headers.indexOf('Sapma nedeni') + 1).value).toBe('Kamulaştırma sürüyor');
    expect(row.getCell(headers.indexOf('Onaylayan') + 1).value).toBe('Mehmet Kaya');
    expect(conditionalFormats(sheet).map((item) => item.ref.split(':')[0])).toEqual(['H5', 'K5']);
  });

  it('lists each target’s deviations with their reasons and leaves the narrative for the units', async () => {
    const sheet = (await build()).getWorksheet('Değerlendirme notları 2026') as ExcelJS.Worksheet;
    const row = rowOf(sheet, 'H1.1');
    expect(row.getCell(5).value).toBe('PG1.1.1: B 140.000, C 130.000 — Kamulaştırma sürüyor');
    expect(row.getCell(6).value).toBe('Kamulaştırma gecikmeleri');
    expect(row.getCell(7).value).toBeNull();
    expect((sheet.getRow(4).values as unknown[]).slice(10)).toEqual([
      'İlgililik',
      'Etkililik',
      'Etkinlik',
      'Sürdürülebilirlik',
      'Etki (isteğe bağlı)',
    ]);
    // The guiding questions of each criterion are printed under the table.
    const notes = sheet.getColumn(1).values.filter((value): value is string => typeof value === 'string');
    expect(notes.find((line) => line.startsWith('Etkinlik:'))).toBe(
      'Etkinlik: Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
    );
  });
});
