/** A card's text lists (risks, strategies, needs and the like): one item a row in column B. Pure. */
import type ExcelJS from 'exceljs';
import type { TextListField } from '../../reports/target-card-layout.js';
import type { Card, CellReader } from './cells.js';

export function readListItem(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
  card: Card,
  field: TextListField,
): void {
  const list = (card.target[field] as string[] | undefined) ?? [];
  const item = cells.readText(sheet, row, 2, `${card.path}.${field}[${list.length}]`);
  if (item === undefined) return;
  list.push(item);
  card.target[field] = list;
}
