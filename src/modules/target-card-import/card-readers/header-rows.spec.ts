import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readActivityHeader } from './activities.js';
import { CellReader, type Card } from './cells.js';
import { readIndicatorHeader } from './indicators.js';

function sheetWithHeader(cells: Array<string | null>): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet('A1');
  cells.forEach((text, index) => {
    if (text !== null) sheet.getRow(3).getCell(index + 1).value = text;
  });
  return sheet;
}

describe('a card header row', () => {
  it('places the activity columns by their text and year, from column B, and names an unknown header', () => {
    const sheet = sheetWithHeader([
      'ignored',
      'Faaliyet kodu',
      null,
      '2025',
      '2025 bütçe dışı',
      'Renk',
      'Sorumlu birim',
    ]);
    const cells = new CellReader('tr');
    const columns = readActivityHeader(cells, sheet, 3);
    expect([...columns.fields]).toEqual([
      ['code', 2],
      ['responsibleUnit', 7],
    ]);
    expect([...columns.cost]).toEqual([[4, 2025]]);
    expect([...columns.offBudget]).toEqual([[5, 2025]]);
    expect(cells.problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_COLUMN', message: '"Renk" sütun başlığı tanınmıyor' }),
    ]);
  });

  it('places the indicator columns by their text and yearly targets by their year, from column A', () => {
    const sheet = sheetWithHeader(['Performans göstergesi', '2026', 'Bilinmeyen', null, '2027 hedefi']);
    const cells = new CellReader('en');
    const card: Card = { path: 'aims[0].targets[0]', target: {} };
    const columns = readIndicatorHeader(cells, sheet, 3, card);
    expect([...columns.fields]).toEqual([['name', 1]]);
    expect([...columns.years]).toEqual([
      [2, 2026],
      [5, 2027],
    ]);
    expect(cells.problems).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_COLUMN',
        message: 'the column header "Bilinmeyen" is not known',
      }),
    ]);
  });
});
