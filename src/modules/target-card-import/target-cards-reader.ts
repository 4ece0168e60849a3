/**
 * Reads a target-card workbook (the layout of target-card-layout.ts, as target-cards-workbook.ts
 * writes it) back into a plan document, and remembers the cell every document path came from,
 * so that the parser's and the plan rules' problems can name their sheet, row and column. The
 * reader checks only what a cell can tell (a number where a number belongs, a known word in an
 * enumerated column, no formulas); the document then goes through the one import path. Each
 * sheet and card section has its reader in card-readers/; this file puts them together. Pure.
 */
import type ExcelJS from 'exceljs';
import { PLAN_DOCUMENT_FORMAT } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import type { WorkbookErrorDetail } from '../../contracts/workbooks.js';
import { PLAN_SHEET, UNITS_SHEET } from '../reports/target-card-layout.js';
import { readAimSheet } from './card-readers/aim-sheet.js';
import { CellReader, type CellLocation, type Json } from './card-readers/cells.js';
import { readPlanSheet } from './card-readers/plan-sheet.js';
import { readUnitsSheet } from './card-readers/units-sheet.js';

export type { CellLocation } from './card-readers/cells.js';

export interface TargetCardsRead {
  /**
   * The plan document as the workbook states it: only its cells' types are checked, so it is
   * still untrusted input for parsePlanDocument. Null when the workbook itself has problems.
   */
  document: Record<string, unknown> | null;
  problems: WorkbookErrorDetail[];
  /** Document path (as the parser and the rules name it) → the cell it came from. */
  locations: Map<string, CellLocation>;
}

/**
 * Reads the workbook. `aimsOnly` (updating a plan's cards): only the aim sheets are read, and
 * the Plan and Birimler sheets may be absent.
 */
export function readTargetCards(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  options: { aimsOnly?: boolean } = {},
): TargetCardsRead {
  const cells = new CellReader(lang);
  const planSheet = workbook.getWorksheet(PLAN_SHEET);
  const unitsSheet = workbook.getWorksheet(UNITS_SHEET);
  const document: Json = { format: PLAN_DOCUMENT_FORMAT };
  let plan: Json = {};
  if (!options.aimsOnly) {
    if (planSheet) {
      const read = readPlanSheet(cells, planSheet);
      document.institution = read.institution;
      plan = read.plan;
    }
    document.units = unitsSheet ? readUnitsSheet(cells, unitsSheet) : [];
  }
  const aims: Json[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet === planSheet || sheet === unitsSheet) continue;
    const aim = readAimSheet(cells, sheet, aims.length);
    if (aim) aims.push(aim);
  }
  if (aims.length === 0 && cells.problems.length === 0) {
    cells.problems.push({
      path: workbook.worksheets[0]?.name ?? PLAN_SHEET,
      sheet: workbook.worksheets[0]?.name ?? PLAN_SHEET,
      code: 'MISSING_SHEET',
      message: cells.say('noAims', {}),
    });
  }
  document.plan = { ...plan, aims };
  return {
    document: cells.problems.length === 0 ? document : null,
    problems: cells.problems,
    locations: cells.locations,
  };
}

/**
 * The cell of a problem the parser or the plan rules found at a document path: the path itself
 * or its nearest located ancestor (a value's deviation reason → its indicator's row).
 */
export function locateIssue(
  locations: Map<string, CellLocation>,
  issue: { path: string; code: string; message: string },
  fallbackSheet: string,
): WorkbookErrorDetail {
  for (let path = issue.path; path !== ''; path = parentPath(path)) {
    const location = locations.get(path);
    if (location) {
      return {
        path: `${location.sheet}!${location.column}${location.row}`,
        sheet: location.sheet,
        row: location.row,
        column: location.column,
        code: issue.code,
        message: issue.message,
      };
    }
  }
  return { path: fallbackSheet, sheet: fallbackSheet, code: issue.code, message: issue.message };
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ''. */
export function parentPath(path: string): string {
  const match = /^(.*?)(?:\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
  return match ? match[1] : '';
}
