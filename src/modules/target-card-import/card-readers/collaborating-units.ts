/** A card's collaborating units: one unit code a row in column B. Pure. */
import type ExcelJS from 'exceljs';
import type { Card, CellReader } from './cells.js';

export function readCollaborator(cells: CellReader, sheet: ExcelJS.Worksheet, row: number, card: Card): void {
  const list = (card.target.collaboratingUnits as string[] | undefined) ?? [];
  const code = cells.readCode(sheet, row, 2, `${card.path}.collaboratingUnits[${list.length}]`);
  if (code === undefined) return;
  list.push(code);
  card.target.collaboratingUnits = list;
}
