import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { validPlanDocument } from '../plans/test-fixtures.js';
import { addUnitsMatrixSheet } from './units-matrix.js';
import { renderWorkbook } from './workbook-format.js';

describe('units matrix', () => {
  it('marks each target’s responsible (S) and collaborating (İ) units, aims summarise, counts close', async () => {
    const document = validPlanDocument();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderWorkbook((target) => addUnitsMatrixSheet(target, document))) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Sorumlu birimler') as ExcelJS.Worksheet;
    expect(sheet.getCell('A3').value).toBe('Sorumlu ve İşbirliği Yapılacak Birimler Matrisi');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Kod',
      'Amaç / hedef',
      'FEN\nFen İşleri Müdürlüğü',
      'PARK\nPark ve Bahçeler Müdürlüğü',
      'ZABITA\nZabıta Müdürlüğü',
    ]);
    const rows = [5, 6, 7, 8, 9, 10].map((row) => (sheet.getRow(row).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['A1', 'Yaşanabilir ve yeşil bir kent', undefined, 'S', 'İ'],
      ['H1.1', 'Yeşil alanları artırmak', undefined, 'S', 'İ'],
      ['A2', 'Güvenli bir kent', undefined, undefined, 'S'],
      ['H2.1', 'Denetimleri sürdürmek', undefined, undefined, 'S'],
      [undefined, 'Sorumlu olduğu hedef sayısı', 0, 1, 1],
      [undefined, 'İşbirliği yaptığı hedef sayısı', 0, 0, 1],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
  });
});
