import type {
  ActivityReportPerformanceResponse,
  EvaluationResponse,
  MeasureResponse,
  PutEvaluationRequest,
} from '../../src/contracts/activity-report.js';
import type {
  PutUnitReportRequest,
  UnitActivityReportResponse,
  UnitReportsResponse,
} from '../../src/contracts/unit-reports.js';
import { download, http, type DownloadedFile, type DownloadOptions } from './http.js';

/**
 * The activity report's performance part of a plan year (issue 14): the results table, the
 * measures per target in the value workflow and the yearly evaluation, and both downloads.
 */

const path = (planId: string, year: number, rest: string): string =>
  `/plans/${encodeURIComponent(planId)}/activity-reports/${year}${rest}`;

export function getPerformance(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<ActivityReportPerformanceResponse> {
  return http.get<ActivityReportPerformanceResponse>(path(planId, year, '/performance'), { signal });
}

export function getEvaluation(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<EvaluationResponse> {
  return http.get<EvaluationResponse>(path(planId, year, '/evaluation'), { signal });
}

export function putEvaluation(
  planId: string,
  year: number,
  body: PutEvaluationRequest,
): Promise<EvaluationResponse> {
  return http.put<EvaluationResponse>(path(planId, year, '/evaluation'), body);
}

const measure = (planId: string, year: number, target: string, step = ''): string =>
  path(planId, year, `/measures/${encodeURIComponent(target)}${step}`);

export function putMeasure(
  planId: string,
  year: number,
  target: string,
  body: { measures: string; version?: number },
): Promise<MeasureResponse> {
  return http.put<MeasureResponse>(measure(planId, year, target), body);
}

export function measureStep(
  planId: string,
  year: number,
  target: string,
  step: 'submit' | 'approve' | 'return',
  body: { version?: number; comment?: string },
): Promise<MeasureResponse> {
  return http.post<MeasureResponse>(measure(planId, year, target, `/${step}`), body);
}

/** The year's results table as a workbook, or the activity report as a Word document. */
export function downloadReportFile(
  planId: string,
  year: number,
  file: 'performance.xlsx' | 'activity-report.docx',
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return download(path(planId, year, `/${file}`), options);
}

// ——— Unit activity reports (birim faaliyet raporları, …/activity-reports/:year/units) ———

const unitPath = (planId: string, year: number, unit = '', action = ''): string =>
  path(planId, year, `/units${unit ? `/${encodeURIComponent(unit)}` : ''}${action}`);

/** Every unit that owes its report for the year, with its state and the counts by state. */
export function listUnitReports(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<UnitReportsResponse> {
  return http.get<UnitReportsResponse>(unitPath(planId, year), { signal });
}

export function getUnitReport(
  planId: string,
  year: number,
  unit: string,
  signal?: AbortSignal,
): Promise<UnitActivityReportResponse> {
  return http.get<UnitActivityReportResponse>(unitPath(planId, year, unit), { signal });
}

/** Writes the problems and proposals as a draft (`version` as read; none for a new report). */
export function putUnitReport(
  planId: string,
  year: number,
  unit: string,
  body: PutUnitReportRequest,
): Promise<UnitActivityReportResponse> {
  return http.put<UnitActivityReportResponse>(unitPath(planId, year, unit), body);
}

/** submit (the unit), approve or return with a comment (the strategy unit), with the version read. */
export function unitReportStep(
  planId: string,
  year: number,
  unit: string,
  step: 'submit' | 'approve' | 'return',
  body: { version?: number; comment?: string },
): Promise<UnitActivityReportResponse> {
  return http.post<UnitActivityReportResponse>(unitPath(planId, year, unit, `/${step}`), body);
}
