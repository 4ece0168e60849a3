import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readWorkbookCells, XLSX_CONTENT_TYPE } from '../../workbooks/workbook-upload.js';
import type { SheetCells } from '../../workbooks/xlsx-cells.js';
import {
  buildValuesWorkbook,
  HEADER_ROW,
  readValuesWorkbook,
  type TemplateInput,
  type TemplateRow,
  VALUE_COLUMNS,
} from './values-workbook.js';

const PLAN_ID = '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b';

function row(overrides: Partial<TemplateRow>): TemplateRow {
  return {
    aim: 'A1',
    target: 'H1.1',
    indicator: 'PG1.1.1',
    name: 'Park alanı',
    unit: 'm²',
    responsible: 'Park ve Bahçeler Müdürlüğü',
    period: '2026-H2',
    baseline: 100000,
    yearTarget: 140000,
    value: null,
    note: null,
    deviationReason: null,
    evidenceUrl: null,
    status: null,
    returnComment: null,
    version: null,
    ...overrides,
  };
}

function template(rows: TemplateRow[]): TemplateInput {
  return {
    institution: 'Örnek Belediyesi',
    planTitle: '2025-2029 Stratejik Planı',
    planId: PLAN_ID,
    period: '2026',
    entryPeriods: ['2026-H2', '2026'],
    generatedAt: '2026-12-20T09:30:00.000Z',
    generatedBy: 'park@ornek.bel.tr',
    rows,
  };
}

const ROWS = [
  row({}),
  row({
    indicator: 'PG1.1.2',
    name: '=HYPERLINK("http://kotu.example","tıkla")',
    unit: 'gün',
    baseline: 10,
    yearTarget: 7,
    value: 6.5,
    note: '@SUM(1;2)',
    status: 'draft',
    version: 2,
  }),
  row({
    indicator: 'PG1.1.3',
    period: '2026',
    name: '+90 212 hattı',
    value: 70,
    status: 'submitted',
    version: 3,
    deviationReason: '-',
  }),
];

/** The cells of a workbook as an upload delivers them (written, checked, read by the lean reader). */
async function uploaded(workbook: ExcelJS.Workbook): Promise<Map<string, SheetCells>> {
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return readWorkbookCells(file, { contentType: XLSX_CONTENT_TYPE });
}

/** Writes and reads back, as a downloaded file is. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

describe('buildValuesWorkbook (the template)', () => {
  it('lays out title, hint, Turkish headers, frozen panes, filter and a hidden version column', async () => {
    const workbook = await roundTrip(buildValuesWorkbook(template(ROWS)));
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('Gösterge değerleri — 2025-2029 Stratejik Planı — 2026');
    expect(sheet.getCell('P1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toEqual(expect.stringContaining('0 değildir'));
    expect(sheet.getRow(HEADER_ROW).values).toEqual([
      undefined,
      ...VALUE_COLUMNS.map((column) => column.header),
    ]);
    expect(sheet.getRow(HEADER_ROW).getCell(10).value).toBe('Gerçekleşen değer (C)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW });
    expect(sheet.getColumn(16).hidden).toBe(true);
    expect(sheet.autoFilter).toBe('A3:P3');
    expect(sheet.rowCount).toBe(HEADER_ROW + 3);
  });

  it('writes the rows: numbers as numbers, an empty value as an empty cell, the status in Turkish', async () => {
    const sheet = (await roundTrip(buildValuesWorkbook(template(ROWS)))).getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    const [first, second, third] = [4, 5, 6].map((number) => sheet.getRow(number));
    expect(first.getCell(3).value).toBe('PG1.1.1');
    expect(first.getCell(7).value).toBe('2026-H2');
    expect(first.getCell(8).value).toBe(100000);
    expect(first.getCell(9).value).toBe(140000);
    expect(first.getCell(10).value).toBeNull();
    expect(first.getCell(14).value).toBe('Girilmedi');
    expect(second.getCell(10).value).toBe(6.5);
    expect(second.getCell(14).value).toBe('Taslak');
    expect(second.getCell(16).value).toBe(2);
    expect(third.getCell(14).value).toBe('Onaya gönderildi');
  });

  it('never writes text beginning with = + - @ as a formula', async () => {
    const workbook = buildValuesWorkbook(template(ROWS));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = (await roundTrip(workbook)).getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    for (const address of ['D5', 'K5', 'D6', 'L6']) {
      const cell = sheet.getCell(address);
      expect({ address, type: cell.type, formula: cell.formula }).toEqual({
        address,
        type: ExcelJS.ValueType.String,
        formula: undefined,
      });
    }
    expect(sheet.getCell('D5').value).toBe('=HYPERLINK("http://kotu.example","tıkla")');
    // No <f> element anywhere in the file.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(buffer as unknown as ArrayBuffer);
    copy.eachSheet((each) =>
      each.eachRow((sheetRow) =>
        sheetRow.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      ),
    );
  });

  it('greys and locks the information columns; the entry cells are open unless the value is submitted or approved', async () => {
    const sheet = (await roundTrip(buildValuesWorkbook(template(ROWS)))).getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    // Locked is Excel's default: a locked cell carries no protection of its own once read back.
    const locked = (address: string): boolean => sheet.getCell(address).protection?.locked ?? true;
    expect(locked('D4')).toBe(true);
    expect(sheet.getCell('D4').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFEDEDED' } });
    for (const address of ['J4', 'K4', 'L4', 'M4', 'J5']) {
      expect({ address, locked: locked(address) }).toEqual({ address, locked: false });
    }
    expect(locked('J6')).toBe(true);
    expect(locked('M6')).toBe(true);
    // One validation per entry column over the data rows.
    for (const address of ['J4', 'J6']) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({ type: 'decimal', allowBlank: true });
    }
    expect(sheet.getCell('K5').dataValidation).toMatchObject({ type: 'textLength', formulae: [4000] });
    expect(sheet.getCell('J7').dataValidation).toBeUndefined();
  });

  it('names the plan and the assessment period on the info sheet', async () => {
    const info = (await roundTrip(buildValuesWorkbook(template(ROWS)))).getWorksheet('Bilgi');
    const pairs = new Map<unknown, unknown>();
    info?.eachRow((sheetRow) => pairs.set(sheetRow.getCell(1).value, sheetRow.getCell(2).value));
    expect(pairs.get('Plan kimliği')).toBe(PLAN_ID);
    expect(pairs.get('Değerlendirme dönemi')).toBe('2026');
    expect(pairs.get('Giriş dönemleri')).toBe('2026-H2, 2026');
    expect(pairs.get('Kurum')).toBe('Örnek Belediyesi');
  });
});

describe('readValuesWorkbook (the reader)', () => {
  it('reads the rows as typed values: an empty value is null, never 0', async () => {
    const workbook = await roundTrip(buildValuesWorkbook(template(ROWS)));
    const result = readValuesWorkbook(await uploaded(workbook), 'en');
    expect(result.problems).toEqual([]);
    expect(result.info).toEqual({ planId: { value: PLAN_ID, row: 5 }, period: { value: '2026', row: 6 } });
    expect(result.columns).toMatchObject({ indicator: 'C', period: 'G', value: 'J', version: 'P' });
    expect(result.rows).toEqual([
      {
        row: 4,
        indicator: 'PG1.1.1',
        period: '2026-H2',
        value: null,
        note: null,
        deviationReason: null,
        evidenceUrl: null,
        version: undefined,
        failed: [],
      },
      {
        row: 5,
        indicator: 'PG1.1.2',
        period: '2026-H2',
        value: 6.5,
        note: '@SUM(1;2)',
        deviationReason: null,
        evidenceUrl: null,
        version: 2,
        failed: [],
      },
      {
        row: 6,
        indicator: 'PG1.1.3',
        period: '2026',
        value: 70,
        note: null,
        deviationReason: '-',
        evidenceUrl: null,
        version: 3,
        failed: [],
      },
    ]);
  });

  it('reports each unreadable cell with its sheet, row and column: formulas, text values, errors', async () => {
    const workbook = await roundTrip(buildValuesWorkbook(template(ROWS)));
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('J4').value = { formula: 'H4*1.2', result: 120000 };
    sheet.getCell('J5').value = '1.234,5';
    sheet.getCell('L6').value = { formula: 'CONCAT("a","b")', result: 'ab' };
    sheet.getCell('K6').value = { error: '#REF!' };
    // A plain integer typed as text is unambiguous and accepted; a yearly period typed as a number too.
    sheet.getCell('C7').value = 'PG1.2.1';
    sheet.getCell('G7').value = 2026;
    sheet.getCell('J7').value = ' 59 ';
    // Entries without an indicator code.
    sheet.getCell('K8').value = 'açıklama';
    const result = readValuesWorkbook(await uploaded(workbook), 'en');
    expect(
      result.problems.map(({ path, sheet: name, row: number, column, code }) => ({
        path,
        name,
        number,
        column,
        code,
      })),
    ).toEqual([
      { path: 'Değerler!J4', name: 'Değerler', number: 4, column: 'J', code: 'FORMULA_NOT_ALLOWED' },
      { path: 'Değerler!J5', name: 'Değerler', number: 5, column: 'J', code: 'VALUE_NOT_NUMBER' },
      { path: 'Değerler!K6', name: 'Değerler', number: 6, column: 'K', code: 'CELL_ERROR' },
      { path: 'Değerler!L6', name: 'Değerler', number: 6, column: 'L', code: 'FORMULA_NOT_ALLOWED' },
      { path: 'Değerler!C8', name: 'Değerler', number: 8, column: 'C', code: 'INDICATOR_MISSING' },
      { path: 'Değerler!G8', name: 'Değerler', number: 8, column: 'G', code: 'VALUE_PERIOD' },
    ]);
    expect(result.problems[0].message).toBe(
      'The cell holds a formula; enter the Gerçekleşen değer (C) itself (formulas are never evaluated)',
    );
    // Rows with unreadable cells are kept, marked, for the checks that need only their code and period.
    expect(
      result.rows.map((read) => [read.row, read.indicator, read.period, read.value, read.failed]),
    ).toEqual([
      [4, 'PG1.1.1', '2026-H2', null, ['value']],
      [5, 'PG1.1.2', '2026-H2', null, ['value']],
      [6, 'PG1.1.3', '2026', 70, ['note', 'deviationReason']],
      [7, 'PG1.2.1', '2026', 59, []],
      [8, '', '', null, ['indicator', 'period']],
    ]);
  });

  it('finds its columns by header text, wherever they are', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Değerler');
    sheet.addRow(['Benim notum']);
    sheet.addRow(['Dönem', 'GÖSTERGE KODU', 'Ek sütun', 'Gerçekleşen  değer (C)', 'Kanıt bağlantısı']);
    sheet.addRow([
      '2026-H2',
      'PG1.1.1',
      'x',
      130000,
      { text: 'kanıt', hyperlink: 'https://belge.example/k.pdf' },
    ]);
    const result = readValuesWorkbook(await uploaded(workbook), 'en');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 3,
        indicator: 'PG1.1.1',
        period: '2026-H2',
        value: 130000,
        note: null,
        deviationReason: null,
        evidenceUrl: 'https://belge.example/k.pdf',
        version: undefined,
        failed: [],
      },
    ]);
    expect(result.info).toEqual({ planId: { value: null, row: 0 }, period: { value: null, row: 0 } });
  });

  it('a header row without a required column → MISSING_COLUMN; without the code column at all → one problem', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Değerler');
    sheet.addRow(['Gösterge kodu', 'Açıklama']);
    expect(readValuesWorkbook(await uploaded(workbook), 'tr').problems).toEqual([
      {
        path: 'Değerler!1:1',
        sheet: 'Değerler',
        row: 1,
        code: 'MISSING_COLUMN',
        message: 'Başlık satırında "Dönem" sütunu yok',
      },
      {
        path: 'Değerler!1:1',
        sheet: 'Değerler',
        row: 1,
        code: 'MISSING_COLUMN',
        message: 'Başlık satırında "Gerçekleşen değer (C)" sütunu yok',
      },
    ]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Değerler').addRow(['Kod', 'Değer']);
    expect(readValuesWorkbook(await uploaded(other), 'en').problems).toMatchObject([
      { code: 'MISSING_COLUMN', sheet: 'Değerler' },
    ]);
  });
});
