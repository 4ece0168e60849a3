import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { FIXTURE_YEARS, PARK_CARD_ROW, validPlanDocument } from '../plans/test-fixtures.js';
import { parsePlanDocument } from '../plans/plan-document-parser.js';
import { addTargetCardSheets } from './target-cards-workbook.js';
import { locateIssue, parentPath, readTargetCards } from '../target-card-import/target-cards-reader.js';
import { renderWorkbook } from './workbook-format.js';
import { A4_LANDSCAPE_PRINT } from './test-fixtures.js';

async function cardsWorkbook(document: PlanDocument): Promise<ExcelJS.Workbook> {
  const buffer = await renderWorkbook((workbook) => addTargetCardSheets(workbook, document));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell holding a value as "Sheet!A1" → value and number format (merged ranges are layout). */
function cells(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.type !== ExcelJS.ValueType.Merge)
          all.set(`${sheet.name}!${cell.address}`, { value: cell.value, numFmt: cell.numFmt });
      }),
    );
  }
  return all;
}

/** The row whose column A reads `label`, from `after` on. */
function rowOf(sheet: ExcelJS.Worksheet, label: string, after = 1): number {
  for (let row = after; row <= sheet.rowCount; row += 1) {
    if (sheet.getRow(row).getCell(1).value === label) return row;
  }
  throw new Error(`${sheet.name}: no row ${label}`);
}

/** The fixture's cards with `cells` (column number → value) typed into sheet A1's first indicator row. */
async function cardsWithFirstIndicator(
  cells: Record<number, ExcelJS.CellValue>,
): Promise<{ workbook: ExcelJS.Workbook; first: number }> {
  const workbook = await cardsWorkbook(validPlanDocument());
  const sheet = workbook.getWorksheet('A1') as ExcelJS.Worksheet;
  const first = rowOf(sheet, 'Hedef') + 2;
  for (const [column, value] of Object.entries(cells))
    sheet.getRow(first).getCell(Number(column)).value = value;
  return { workbook, first };
}

/** The fixture as the cards show it: no values (entries are not on a target card). */
function withoutValues(document: PlanDocument): PlanDocument {
  const copy = structuredClone(document);
  for (const aim of copy.plan.aims)
    for (const target of aim.targets) for (const indicator of target.indicators) delete indicator.values;
  return copy;
}

describe('target-card workbook', () => {
  it('has a Plan sheet, a Birimler sheet and one sheet per aim', async () => {
    const workbook = await cardsWorkbook(validPlanDocument());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Birimler', 'A1', 'A2']);
  });

  it('opens each sheet with a merged title block naming institution, plan and what it shows', async () => {
    const sheet = (await cardsWorkbook(validPlanDocument())).getWorksheet('A1') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Örnek Belediyesi');
    expect(sheet.getCell('A2').value).toBe('2025-2029 Stratejik Planı (2025–2029)');
    expect(sheet.getCell('A3').value).toBe('Hedef Kartları — A1');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:Q1', 'A2:Q2', 'A3:Q3', 'C4:Q4']));
    expect(sheet.getCell('A1').font.bold).toBe(true);
  });

  it('writes a card with every field of domain.md 2.1 in its own row or column', async () => {
    const sheet = (await cardsWorkbook(validPlanDocument())).getWorksheet('A1') as ExcelJS.Worksheet;
    const target = rowOf(sheet, 'Hedef');
    expect([2, 3].map((column) => sheet.getRow(target).getCell(column).value)).toEqual([
      'H1.1',
      'Yeşil alanları artırmak',
    ]);
    const header = sheet.getRow(target + 1).values as unknown[];
    expect(header.slice(1)).toEqual([
      'Gösterge kodu',
      'Performans göstergesi',
      'Ölçü birimi',
      'Hedefe etkisi (%)',
      'Plan dönemi başlangıç değeri (A)',
      '2025 hedefi (B)',
      '2026 hedefi (B)',
      '2027 hedefi (B)',
      '2028 hedefi (B)',
      '2029 hedefi (B)',
      'İzleme sıklığı (ay)',
      'Rapor sıklığı (ay)',
      'Yön',
      'Değer türü',
      'Hesaplama yöntemi',
      'Veri kaynağı',
      'Geçerli olduğu ilk yıl',
    ]);
    const first = sheet.getRow(target + 2);
    expect((first.values as unknown[]).slice(1, 17)).toEqual([
      ...PARK_CARD_ROW,
      6,
      6,
      'Artış',
      'Düzey',
      'F1',
      'Park envanteri',
    ]);
    expect(first.getCell(5).numFmt).toBe('#,##0');
    // An unset method and frequency stay empty (the default), never a made-up value.
    const second = sheet.getRow(target + 3);
    expect(second.getCell(15).value).toBeNull();
    expect(second.getCell(12).value).toBeNull();
    expect(second.getCell(11).value).toBe(12);

    const responsible = rowOf(sheet, 'Sorumlu birim', target);
    expect([2, 3].map((column) => sheet.getRow(responsible).getCell(column).value)).toEqual([
      'PARK',
      'Park ve Bahçeler Müdürlüğü',
    ]);
    expect(sheet.getRow(rowOf(sheet, 'İşbirliği yapılacak birimler', target)).getCell(2).value).toBe(
      'ZABITA',
    );
    expect(sheet.getRow(rowOf(sheet, 'Riskler', target)).getCell(2).value).toBe('Kamulaştırma gecikmeleri');
    expect(sheet.getRow(rowOf(sheet, 'Kontrol faaliyetleri', target)).getCell(2).value).toBeNull();
    const activities = rowOf(sheet, 'Faaliyet ve projeler', target);
    expect((sheet.getRow(activities + 1).values as unknown[]).slice(2, 6)).toEqual([
      'F01',
      'Mahalle parkları',
      'PARK',
      700000,
    ]);
    const cost = rowOf(sheet, 'Maliyet tahmini (TL)', target);
    expect((sheet.getRow(cost).values as unknown[]).slice(2, 8)).toEqual([...FIXTURE_YEARS, 'Toplam']);
    expect((sheet.getRow(cost + 1).values as unknown[]).slice(2, 8)).toEqual([
      1000000, 1000000, 1000000, 1000000, 1000000, 5000000,
    ]);
    expect(sheet.getRow(rowOf(sheet, 'Tespitler', target)).getCell(2).value).toBe(
      'Kişi başı yeşil alan düşük',
    );
    expect(sheet.getRow(rowOf(sheet, 'İhtiyaçlar', target)).getCell(2).value).toBe('Yeni park alanları');
  });

  it('freezes the title rows and prints A4 landscape, one page wide, repeating the aim row', async () => {
    const sheet = (await cardsWorkbook(validPlanDocument())).getWorksheet('A1') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject(A4_LANDSCAPE_PRINT);
  });

  it('shows the plan header, settings and core values on the Plan sheet, dates as Excel dates', async () => {
    const sheet = (await cardsWorkbook(validPlanDocument())).getWorksheet('Plan') as ExcelJS.Worksheet;
    const value = (label: string): unknown => sheet.getRow(rowOf(sheet, label)).getCell(2).value;
    expect(value('Dosya biçimi')).toBe('pusula.hedef-kartlari/v1');
    expect(value('Kurum türü')).toBe('Belediye');
    expect(value('Başlangıç yılı')).toBe(2025);
    expect(sheet.getRow(rowOf(sheet, 'Başlangıç yılı')).getCell(2).numFmt).toBe('0');
    expect(value('Meclis karar tarihi')).toEqual(new Date(Date.UTC(2024, 8, 5)));
    expect(sheet.getRow(rowOf(sheet, 'Meclis karar tarihi')).getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(value('Plan durumu')).toBe('Yürürlükte');
    expect(value('Amaç gerçekleşme oranı')).toBe('Düz ortalama');
    const coreValues = rowOf(sheet, 'Temel değerler');
    expect((sheet.getRow(coreValues + 2).values as unknown[]).slice(1)).toEqual([
      'Şeffaflık ve hesap verebilirlik',
      'Açık yönetim.',
    ]);
  });
});

describe('target-card reader', () => {
  it('reads the workbook back into the same plan, without the entries a card does not hold', async () => {
    const original = validPlanDocument();
    const read = readTargetCards(await cardsWorkbook(original), 'tr');
    expect(read.problems).toEqual([]);
    const expected = withoutValues(original);
    delete expected.plan.costing;
    expected.plan.settings = {
      clampTargetRates: true,
      aimAggregation: 'mean',
      codePrefixes: { aim: 'A', target: 'H', indicator: 'PG' },
      statusThresholds: { good: 85, warning: 50 },
      minCoverage: 50,
      midYearBands: { onTrack: 40, behind: 20 },
      plausibility: { low: 0.5, high: 2 },
      entryDeadlineDays: 15,
      approvalDeadlineDays: 30,
    };
    expect(read.document).toEqual(expected);
    expect(parsePlanDocument(read.document).problems).toEqual([]);
  });

  it('carries the coverage, mid-year and plausibility settings, a neutral palette as "Hayır"', async () => {
    const original = validPlanDocument();
    original.plan.settings = {
      ...original.plan.settings,
      minCoverage: 35,
      midYearBands: null,
      plausibility: { low: 0.25, high: 5 },
    };
    const workbook = await cardsWorkbook(original);
    const sheet = workbook.getWorksheet('Plan') as ExcelJS.Worksheet;
    expect(sheet.getRow(rowOf(sheet, 'Ara dönem oranları renklendirilir')).getCell(2).value).toBe('Hayır');
    const read = readTargetCards(workbook, 'tr');
    expect(read.problems).toEqual([]);
    expect((read.document as unknown as PlanDocument).plan.settings).toMatchObject({
      minCoverage: 35,
      midYearBands: null,
      plausibility: { low: 0.25, high: 5 },
    });
  });

  it('reads a workbook written before the new settings rows (they keep their defaults)', async () => {
    const workbook = await cardsWorkbook(validPlanDocument());
    const sheet = workbook.getWorksheet('Plan') as ExcelJS.Worksheet;
    for (const label of [
      'Olağan dışı giriş: en yüksek dayanağın katı üstünde',
      'Olağan dışı giriş: en düşük dayanağın katı altında',
      'Ara dönem geride: oran altında (%)',
      'Ara dönem yolunda: oran en az (%)',
      'Ara dönem oranları renklendirilir',
      'Yetersiz veri: ağırlığın en az (%) verisi olmalı',
    ])
      sheet.spliceRows(rowOf(sheet, label), 1);
    const read = readTargetCards(workbook, 'tr');
    expect(read.problems).toEqual([]);
    const { settings } = (read.document as unknown as PlanDocument).plan;
    expect(settings).not.toHaveProperty('minCoverage');
    expect(settings).not.toHaveProperty('plausibility');
  });

  it('round trip: export → read → export gives the same cells, formats included', async () => {
    const first = await cardsWorkbook(validPlanDocument());
    const read = readTargetCards(first, 'tr');
    const second = await cardsWorkbook(read.document as unknown as PlanDocument);
    expect(cells(second)).toEqual(cells(first));
    expect(cells(first).size).toBeGreaterThan(200);
  });

  it('keeps text that starts like a formula as text, in the text format, and reads it back unchanged', async () => {
    const document = validPlanDocument();
    const target = document.plan.aims[0].targets[0];
    target.title = '=HYPERLINK("http://evil.example","tıkla")';
    target.risks = ['+90 555 000 00 00', '-eksi', '@SUM(A1)', '\tsekme'];
    const workbook = await cardsWorkbook(document);
    const sheet = workbook.getWorksheet('A1') as ExcelJS.Worksheet;
    const title = sheet.getRow(rowOf(sheet, 'Hedef')).getCell(3);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=HYPERLINK("http://evil.example","tıkla")');
    expect(title.numFmt).toBe('@');
    const risks = rowOf(sheet, 'Riskler');
    for (let index = 0; index < 4; index += 1) {
      expect(sheet.getRow(risks + index).getCell(2).type).toBe(ExcelJS.ValueType.String);
    }
    const read = readTargetCards(workbook, 'tr');
    const readTarget = (read.document as unknown as PlanDocument).plan.aims[0].targets[0];
    expect(readTarget.title).toBe(target.title);
    expect(readTarget.risks).toEqual(target.risks);
  });

  it('reports cells it cannot read with sheet, row, column and code, and gives no document', async () => {
    const { workbook, first } = await cardsWithFirstIndicator({
      4: 'kırk',
      13: 'Yukarı',
      6: { formula: '100000+20000', result: 120000 },
    });
    workbook.addWorksheet('Notlar').getCell('A1').value = 'benim notlarım';
    const read = readTargetCards(workbook, 'tr');
    expect(read.document).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ sheet: 'A1', row: first, column: 'F', code: 'FORMULA_NOT_ALLOWED' }),
      expect.objectContaining({
        sheet: 'A1',
        row: first,
        column: 'D',
        code: 'INVALID_TYPE',
        path: `A1!D${first}`,
      }),
      expect.objectContaining({ sheet: 'A1', row: first, column: 'M', code: 'INVALID_ENUM' }),
      expect.objectContaining({ sheet: 'Notlar', code: 'UNKNOWN_SHEET' }),
    ]);
    expect(read.problems[2].message).toContain('Artış, Azalış, Koruma');
  });

  it('accepts the document codes and plain numbers typed as text', async () => {
    const { workbook } = await cardsWithFirstIndicator({ 4: '40', 5: '100000,5', 13: 'artis', 14: 'DÜZEY' });
    const read = readTargetCards(workbook, 'tr');
    expect(read.problems).toEqual([]);
    const indicator = (read.document as unknown as PlanDocument).plan.aims[0].targets[0].indicators[0];
    expect(indicator).toMatchObject({
      weight: 40,
      baseline: 100000.5,
      direction: 'artis',
      valueType: 'duzey',
    });
  });

  it('reads an empty baseline as unknown (null), never as 0', async () => {
    const { workbook } = await cardsWithFirstIndicator({ 5: null });
    const read = readTargetCards(workbook, 'tr');
    expect(
      (read.document as unknown as PlanDocument).plan.aims[0].targets[0].indicators[0].baseline,
    ).toBeNull();
  });

  it('reads only the aim sheets when asked to (updating a plan), without Plan and Birimler', async () => {
    const workbook = await cardsWorkbook(validPlanDocument());
    workbook.removeWorksheet((workbook.getWorksheet('Plan') as ExcelJS.Worksheet).id);
    const read = readTargetCards(workbook, 'tr', { aimsOnly: true });
    expect(read.problems).toEqual([]);
    expect(read.document).toMatchObject({ plan: { aims: [{ code: 'A1' }, { code: 'A2' }] } });
    expect(read.document).not.toHaveProperty('institution');
  });

  it('locates a rule problem at its cell, or at the nearest located ancestor', async () => {
    const workbook = await cardsWorkbook(validPlanDocument());
    const read = readTargetCards(workbook, 'tr');
    const sheet = workbook.getWorksheet('A1') as ExcelJS.Worksheet;
    const header = rowOf(sheet, 'Hedef') + 1;
    const weights = locateIssue(
      read.locations,
      { path: 'plan.aims[0].targets[0].indicators', code: 'WEIGHTS_SUM', message: 'toplam 97' },
      'Plan',
    );
    expect(weights).toEqual({
      path: `A1!D${header}`,
      sheet: 'A1',
      row: header,
      column: 'D',
      code: 'WEIGHTS_SUM',
      message: 'toplam 97',
    });
    const target2026 = locateIssue(
      read.locations,
      {
        path: 'plan.aims[0].targets[0].indicators[1].targets["2026"]',
        code: 'TARGET_DIRECTION',
        message: '',
      },
      'Plan',
    );
    expect(target2026).toMatchObject({ sheet: 'A1', row: header + 2, column: 'G' });
    const reason = locateIssue(
      read.locations,
      {
        path: 'plan.aims[1].targets[0].indicators[0].values["2025-H2"].deviationReason',
        code: 'X',
        message: '',
      },
      'Plan',
    );
    expect(reason).toMatchObject({ sheet: 'A2', column: 'A' });
    expect(
      locateIssue(read.locations, { path: 'plan.councilDecision.date', code: 'X', message: '' }, 'Plan'),
    ).toMatchObject({
      sheet: 'Plan',
      column: 'B',
    });
    expect(
      locateIssue(read.locations, { path: 'plan.costing.resources', code: 'X', message: '' }, 'Plan'),
    ).toMatchObject({
      sheet: 'Plan',
      column: 'A',
    });
  });

  it('walks a document path up to its parents', () => {
    expect(parentPath('plan.aims[0].targets[1].indicators[2].targets["2026"]')).toBe(
      'plan.aims[0].targets[1].indicators[2].targets',
    );
    expect(parentPath('plan.aims[0]')).toBe('plan.aims');
    expect(parentPath('plan')).toBe('');
  });
});
