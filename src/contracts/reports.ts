/**
 * Excel reports of a plan (domain.md 7) and the target-card workbook import (issue 5). Reports are
 * downloaded with GET (`reportUrl`) and answer an .xlsx file (Content-Type XLSX_CONTENT_TYPE of
 * contracts/workbooks.ts); the target-card workbook is uploaded as the raw file body.
 */
import type { WorkbookErrorDetail } from './workbooks.js';

/**
 * The reports, as the last part of `GET /api/plans/:planId/reports/<kind>.xlsx`:
 * - `target-cards`: hedef kartları, one sheet per aim (importable);
 * - `monitoring`: İzleme tablosu of a half year, `?period=YYYY-H1` (required);
 * - `evaluation`: Değerlendirme tablosu of a year, `?period=YYYY` (required);
 * - `units`: the responsible and collaborating units matrix;
 * - `costing`: the cost and resource tables of domain.md 2.2;
 * - `audit`: the audit trail of an assessment period, `?period=YYYY-H1|YYYY` (required; roles
 *   of the audit trail: reviewer, planner, admin);
 * - `plan`: everything but the audit trail in one workbook, `?period=` optional (the latest
 *   ended assessed period by default): the İzleme of that year's first half and the
 *   Değerlendirme of the latest ended year up to it.
 */
export const REPORT_KINDS = [
  'target-cards',
  'monitoring',
  'evaluation',
  'units',
  'costing',
  'audit',
  'plan',
  'situation-analysis',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Which `?period` a report takes. */
export const REPORT_PERIODS: Record<ReportKind, 'none' | 'half-year' | 'year' | 'assessed' | 'optional'> = {
  'target-cards': 'none',
  monitoring: 'half-year',
  evaluation: 'year',
  units: 'none',
  costing: 'none',
  audit: 'assessed',
  plan: 'optional',
  'situation-analysis': 'none',
};

/** The download address of a report, e.g. `/api/plans/…/reports/monitoring.xlsx?period=2025-H1`. */
export function reportUrl(planId: string, kind: ReportKind, period?: string): string {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return `/api/plans/${encodeURIComponent(planId)}/reports/${kind}.xlsx${query}`;
}

/** POST: a new plan from a target-card workbook (planner or admin of the institution it names). */
export const TARGET_CARDS_IMPORT_URL = '/api/plans/import/target-cards';

/** PUT: replaces the target cards of a draft plan from a target-card workbook (planner, admin). */
export function targetCardsUrl(planId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}/target-cards`;
}

/** Answer of an accepted target-card import; warnings (e.g. TARGET_DIRECTION) name their cells. */
export interface TargetCardsImportResponse {
  id: string;
  warnings: WorkbookErrorDetail[];
}

export interface RecordChanges {
  added: number;
  changed: number;
  removed: number;
}

/** Answer of an accepted update of a draft plan's target cards: what changed, by kind of record. */
export interface TargetCardsUpdateResponse extends TargetCardsImportResponse {
  changes: {
    aims: RecordChanges;
    targets: RecordChanges;
    indicators: RecordChanges;
    yearlyTargets: RecordChanges;
  };
}
