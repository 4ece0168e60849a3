/** A card's indicator table: its header row, then one indicator a row. Pure. */
import type ExcelJS from 'exceljs';
import {
  DIRECTION_LABELS,
  METHOD_LABELS,
  VALUE_TYPE_LABELS,
  indicatorColumns,
} from '../../reports/target-card-layout.js';
import { compact, type Card, type CellReader, type Json } from './cells.js';

type IndicatorKey = ReturnType<typeof indicatorColumns>[number]['key'];

export interface IndicatorColumns {
  fields: Map<IndicatorKey, number>;
  years: Map<number, number>;
}

/** Maps the indicator header's cells to fields by their text, so moved columns still read. */
export function readIndicatorHeader(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
  card: Card,
): IndicatorColumns {
  const known = new Map<string, IndicatorKey>(
    indicatorColumns([]).map((column) => [column.header, column.key]),
  );
  const columns: IndicatorColumns = { fields: new Map(), years: new Map() };
  cells.readHeaders(sheet, row, 1, (header, year, column) => {
    const key = known.get(header);
    if (year !== null) columns.years.set(column, year);
    else if (key) columns.fields.set(key, column);
    else return false;
    return true;
  });
  cells.locate(`${card.path}.indicators`, {
    sheet: sheet.name,
    row,
    column: columns.fields.get('weight') ?? 1,
  });
  return columns;
}

export function readIndicatorRow(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  row: number,
  card: Card,
  columns: IndicatorColumns,
): void {
  const indicators = (card.target.indicators ??= []) as Json[];
  const path = `${card.path}.indicators[${indicators.length}]`;
  cells.locate(path, { sheet: sheet.name, row, column: 1 });
  const at = (key: IndicatorKey): number | undefined => columns.fields.get(key);
  const field = <T>(
    key: IndicatorKey,
    read: (column: number, path: string) => T | undefined,
  ): T | undefined => {
    const column = at(key);
    return column === undefined ? undefined : read(column, `${path}.${key}`);
  };
  const targets: Record<string, number> = {};
  let firstYearColumn: number | undefined;
  for (const [column, year] of columns.years) {
    firstYearColumn ??= column;
    const value = cells.readNumber(sheet, row, column, `${path}.targets[${JSON.stringify(String(year))}]`);
    if (value !== undefined) targets[String(year)] = value;
  }
  if (firstYearColumn !== undefined)
    cells.locate(`${path}.targets`, { sheet: sheet.name, row, column: firstYearColumn });
  const baseline = field('baseline', (column, fieldPath) => cells.readNumber(sheet, row, column, fieldPath));
  indicators.push(
    compact({
      code: field('code', (column, fieldPath) => cells.readCode(sheet, row, column, fieldPath)),
      name: field('name', (column, fieldPath) => cells.readText(sheet, row, column, fieldPath)),
      unit: field('unit', (column, fieldPath) => cells.readText(sheet, row, column, fieldPath)),
      weight: field('weight', (column, fieldPath) => cells.readNumber(sheet, row, column, fieldPath)),
      direction: field('direction', (column, fieldPath) =>
        cells.readEnum(sheet, row, column, fieldPath, DIRECTION_LABELS),
      ),
      valueType: field('valueType', (column, fieldPath) =>
        cells.readEnum(sheet, row, column, fieldPath, VALUE_TYPE_LABELS),
      ),
      method: field('method', (column, fieldPath) =>
        cells.readEnum(sheet, row, column, fieldPath, METHOD_LABELS),
      ),
      // An empty baseline is "not known" (null), which the rules report; never 0.
      baseline: at('baseline') === undefined ? undefined : (baseline ?? null),
      targets,
      monitoringMonths: field('monitoringMonths', (column, fieldPath) =>
        cells.readMonths(sheet, row, column, fieldPath),
      ),
      reportingMonths: field('reportingMonths', (column, fieldPath) =>
        cells.readMonths(sheet, row, column, fieldPath),
      ),
      dataSource: field('dataSource', (column, fieldPath) => cells.readText(sheet, row, column, fieldPath)),
      sinceYear: field('sinceYear', (column, fieldPath) => cells.readNumber(sheet, row, column, fieldPath)),
    }),
  );
}
