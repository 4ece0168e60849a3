/** A card's cost estimate: a header row of years, then one row of amounts. Pure. */
import type ExcelJS from 'exceljs';
import { headerYear } from '../../reports/target-card-layout.js';
import type { Card, CellReader } from './cells.js';

export function readCostHeader(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
): Map<number, number> {
  const years = new Map<number, number>();
  for (let column = 2; column <= sheet.columnCount; column += 1) {
    const year = headerYear(cells.headerText(sheet, row, column));
    if (year !== null) years.set(column, year);
  }
  return years;
}

export function readCostValues(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
  card: Card,
  years: Map<number, number>,
): void {
  const amounts = cells.amounts(sheet, row, years, `${card.path}.costEstimate`);
  if (amounts) card.target.costEstimate = amounts;
}
