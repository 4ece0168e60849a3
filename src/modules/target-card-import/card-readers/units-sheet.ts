/** The Birimler sheet: one unit a row (code, name, parent). Pure. */
import type ExcelJS from 'exceljs';
import { AIM_ROW } from '../../reports/target-card-layout.js';
import { compact, type CellReader, type Json } from './cells.js';

export function readUnitsSheet(cells: CellReader, sheet: ExcelJS.Worksheet): Json[] {
  const units: Json[] = [];
  for (let row = AIM_ROW + 1; row <= sheet.rowCount; row += 1) {
    if (cells.isBlank(sheet, row, 3)) continue;
    const path = `units[${units.length}]`;
    cells.locate(path, { sheet: sheet.name, row, column: 1 });
    units.push(
      compact({
        code: cells.readCode(sheet, row, 1, `${path}.code`),
        name: cells.readText(sheet, row, 2, `${path}.name`),
        parent: cells.readCode(sheet, row, 3, `${path}.parent`),
      }),
    );
  }
  return units;
}
