/**
 * The sheets of the programme and activity-report workbooks open alike: the title block
 * (institution, plan, report, …) and under it either the table's header row or the sheet's own
 * blocks. What stays in view while scrolling and what is printed atop every page follow from
 * that opening, so they are derived here once, not counted by hand per sheet. Pure: exceljs only.
 */
import type ExcelJS from 'exceljs';
import { addSheet, type SheetWriter } from '../reports/workbook-format.js';

export interface TitledSheetLayout {
  /** Column widths in characters, left to right. */
  widths: number[];
  /** Columns kept in view while scrolling sideways. */
  frozenColumns?: number;
}

/**
 * A sheet opening with `title`, its own blocks below: the title block stays in view and is printed
 * atop every page.
 */
export function addTitledSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  layout: TitledSheetLayout,
  title: string[],
): SheetWriter {
  const sheet = addSheet(workbook, name, {
    ...layout,
    frozenRows: title.length,
    printTitleRows: [1, title.length],
  });
  sheet.titleBlock(title);
  return sheet;
}

/**
 * A table sheet: `title`, then the header row right under it; both stay in view and the header row
 * is printed atop every page. Answers the sheet and the header row's number.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  layout: TitledSheetLayout,
  title: string[],
  header: string[],
): { sheet: SheetWriter; headerRow: number } {
  const headerRow = title.length + 1;
  const sheet = addSheet(workbook, name, {
    ...layout,
    frozenRows: headerRow,
    printTitleRows: [headerRow, headerRow],
  });
  sheet.titleBlock(title);
  sheet.header(header);
  return { sheet, headerRow };
}
