/** A card's activities and projects: their header row, then one activity a row with its yearly costs. Pure. */
import type ExcelJS from 'exceljs';
import { compact, type Card, type CellReader, type Json } from './cells.js';

export interface ActivityColumns {
  fields: Map<'code' | 'name' | 'responsibleUnit', number>;
  cost: Map<number, number>;
  offBudget: Map<number, number>;
}

export function readActivityHeader(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
): ActivityColumns {
  const columns: ActivityColumns = { fields: new Map(), cost: new Map(), offBudget: new Map() };
  const names: Record<string, 'code' | 'name' | 'responsibleUnit'> = {
    'Faaliyet kodu': 'code',
    'Faaliyet / proje': 'name',
    'Sorumlu birim': 'responsibleUnit',
  };
  cells.readHeaders(sheet, row, 2, (header, year, column) => {
    if (year !== null && /bütçe dışı/i.test(header)) columns.offBudget.set(column, year);
    else if (year !== null) columns.cost.set(column, year);
    else if (names[header]) columns.fields.set(names[header], column);
    else return false;
    return true;
  });
  return columns;
}

export function readActivityRow(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
  card: Card,
  columns: ActivityColumns,
): void {
  const activities = (card.target.activities ??= []) as Json[];
  const path = `${card.path}.activities[${activities.length}]`;
  cells.locate(path, { sheet: sheet.name, row, column: columns.fields.get('name') ?? 2 });
  const field = (key: 'code' | 'name' | 'responsibleUnit'): string | undefined => {
    const column = columns.fields.get(key);
    if (column === undefined) return undefined;
    return key === 'name'
      ? cells.readText(sheet, row, column, `${path}.${key}`)
      : cells.readCode(sheet, row, column, `${path}.${key}`);
  };
  activities.push(
    compact({
      code: field('code'),
      name: field('name'),
      responsibleUnit: field('responsibleUnit'),
      cost: cells.amounts(sheet, row, columns.cost, `${path}.cost`),
      offBudgetCost: cells.amounts(sheet, row, columns.offBudget, `${path}.offBudgetCost`),
    }),
  );
}
