import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { A4_LANDSCAPE_PRINT } from './test-fixtures.js';
import {
  NO_DATA_TEXT,
  addSheet,
  fitWidth,
  isFormulaLike,
  numberFormatOf,
  rateContent,
  renderWorkbook,
  setCell,
  setText,
  sheetName,
} from './workbook-format.js';

async function render(build: (workbook: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderWorkbook(build)) as unknown as ArrayBuffer);
  return workbook;
}

describe('formula injection', () => {
  it('recognises text a spreadsheet could run: = + - @, tab, carriage return and full-width forms', () => {
    for (const text of [
      '=1+1',
      '+90 555',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '＝1+1',
      '＋1',
      '－1',
      '＠A1',
    ]) {
      expect({ text, risky: isFormulaLike(text) }).toEqual({ text, risky: true });
    }
    for (const text of ['Park alanı', ' =1', '1=1', 'a@b.c', '', '%40']) {
      expect({ text, risky: isFormulaLike(text) }).toEqual({ text, risky: false });
    }
  });

  it('writes such text as text in the text format (@), unchanged, and other text plainly', async () => {
    const texts = ['=HYPERLINK("http://x","y")', '+SUM(A1:A9)', '-1', '@cmd', '\t=2', 'Park alanı'];
    const workbook = await render((target) => {
      const sheet = target.addWorksheet('S');
      texts.forEach((text, index) => setText(sheet.getCell(index + 1, 1), text));
      sheet.commit();
    });
    const sheet = workbook.getWorksheet('S') as ExcelJS.Worksheet;
    texts.forEach((text, index) => {
      const cell = sheet.getCell(index + 1, 1);
      expect({ text, type: cell.type, value: cell.value, formula: cell.formula }).toEqual({
        text,
        type: ExcelJS.ValueType.String,
        value: text,
        formula: undefined,
      });
      expect(cell.numFmt).toBe(text === 'Park alanı' ? undefined : '@');
    });
  });
});

describe('cells', () => {
  it('formats whole numbers without decimals and others with up to six, rates with one', async () => {
    expect(numberFormatOf(120000)).toBe('#,##0');
    expect(numberFormatOf(7.5)).toBe('#,##0.0#####');
    const workbook = await render((target) => {
      const sheet = target.addWorksheet('S');
      setCell(sheet.getCell('A1'), 120000);
      setCell(sheet.getCell('A2'), 0.125);
      setCell(sheet.getCell('A3'), rateContent(65));
      setCell(sheet.getCell('A4'), rateContent(null));
      setCell(sheet.getCell('A5'), null);
      sheet.commit();
    });
    const sheet = workbook.getWorksheet('S') as ExcelJS.Worksheet;
    expect(
      ['A1', 'A2', 'A3', 'A4'].map((address) => [
        sheet.getCell(address).value,
        sheet.getCell(address).numFmt,
      ]),
    ).toEqual([
      [120000, '#,##0'],
      [0.125, '#,##0.0#####'],
      [65, '#,##0.0'],
      [NO_DATA_TEXT, undefined],
    ]);
    expect(sheet.getCell('A5').value).toBeNull();
  });

  it('fits a width to the longest line within bounds', () => {
    expect(fitWidth(['kısa', 'biraz daha uzun bir metin'], 10, 20)).toBe(20);
    expect(fitWidth(['abc', null, undefined], 10, 20)).toBe(10);
    expect(fitWidth(['çok\nsatırlı metin'], 5, 40)).toBe(15);
  });
});

describe('sheets', () => {
  it('names sheets validly and uniquely', () => {
    const workbook = new ExcelJS.Workbook();
    expect(sheetName(workbook, 'A1')).toBe('A1');
    expect(sheetName(workbook, 'a1')).toBe('a1 (2)');
    expect(sheetName(workbook, 'Amaç: [1]/2?*')).toBe('Amaç- -1--2--');
    expect(sheetName(workbook, 'x'.repeat(40))).toHaveLength(31);
    expect(sheetName(workbook, 'x'.repeat(40))).toBe(`${'x'.repeat(27)} (2)`);
    expect(sheetName(workbook, "'")).toBe('Sayfa');
  });

  it('merges the title block, freezes rows and sets A4 landscape printing with repeated titles', async () => {
    const workbook = await render((target) => {
      const w = addSheet(target, 'Tablo', { widths: [10, 20, 30], frozenRows: 4, printTitleRows: [4, 4] });
      w.titleBlock(['Kurum', 'Plan', 'Rapor']);
      w.header(['Bir', 'İki', 'Üç']);
      w.row(['a', 1, 2.5]);
      w.footnote(['Not: formül']);
      w.finish();
    });
    const sheet = workbook.getWorksheet('Tablo') as ExcelJS.Worksheet;
    expect((sheet.model as unknown as { merges: string[] }).merges).toEqual([
      'A1:C1',
      'A2:C2',
      'A3:C3',
      'A6:C6',
    ]);
    expect(sheet.getCell('A6').value).toBe('Not: formül');
    expect(sheet.getCell('A4').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 0 });
    expect(sheet.pageSetup).toMatchObject(A4_LANDSCAPE_PRINT);
    expect(sheet.columns.map((column) => column.width)).toEqual([10, 20, 30]);
  });
});
