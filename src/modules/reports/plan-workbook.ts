/**
 * Report 7 of the issue: the whole plan in one workbook — target cards, the İzleme and
 * Değerlendirme tables, the units matrix and the costing tables (the audit trail has its own
 * workbook and its own roles). Pure.
 */
import type ExcelJS from 'exceljs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ProgressResponse } from '../../contracts/progress.js';
import type { Period } from '../periods/period-keys.js';
import { addCostingSheets } from './costing-sheets.js';
import { addEvaluationSheets, addMonitoringSheet, type EntryDetails } from './rate-sheets.js';
import { targetCardSheetSteps } from './target-cards-workbook.js';
import { addUnitsMatrixSheet } from './units-matrix.js';

export interface PlanWorkbookInput {
  document: PlanDocument;
  /** Progress of the İzleme (YYYY-H1), or null. */
  monitoring: ProgressResponse | null;
  /** Year-end progress of every year from the plan's first up to the evaluated one; empty: none. */
  evaluation: ProgressResponse[];
  entries: EntryDetails;
}

/**
 * The assessed periods the plan workbook shows for `period`: the İzleme of that year's first
 * half, and the Değerlendirme of that year when `period` is a year, else of the year before
 * (none before the plan's first year).
 */
export function planWorkbookPeriods(
  period: Period,
  startYear: number,
): { monitoring: string; evaluationYear: number | null } {
  const evaluationYear = period.half === null ? period.year : period.year - 1;
  return {
    monitoring: `${period.year}-H1`,
    evaluationYear: evaluationYear >= startYear ? evaluationYear : null,
  };
}

/**
 * Adds every sheet, letting the event loop run between sheets: with the streaming writer a
 * finished sheet is then compressed and its rows freed before the next one is built.
 */
export async function addPlanWorkbookSheets(
  workbook: ExcelJS.Workbook,
  input: PlanWorkbookInput,
): Promise<void> {
  const steps: Array<() => void> = [
    ...targetCardSheetSteps(workbook, input.document),
    () => {
      if (input.monitoring) addMonitoringSheet(workbook, input.document, input.monitoring, input.entries);
    },
    () => {
      if (input.evaluation.length > 0)
        addEvaluationSheets(workbook, input.document, input.evaluation, input.entries);
    },
    () => addUnitsMatrixSheet(workbook, input.document),
    () => addCostingSheets(workbook, input.document),
  ];
  for (const step of steps) {
    step();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
