import { REPORT_PERIODS, type ReportKind } from '../../src/contracts/reports.js';
import { download, type DownloadedFile, type DownloadOptions } from './http.js';

/**
 * The Excel reports of a plan (src/contracts/reports.ts): GET …/reports/<kind>.xlsx, fetched with
 * download progress. Answers the file and the name the server gave it.
 */
export function downloadReport(
  planId: string,
  kind: ReportKind,
  period: string | undefined,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return download(`/plans/${encodeURIComponent(planId)}/reports/${kind}.xlsx`, {
    query: {
      period: REPORT_PERIODS[kind] === 'none' ? undefined : period,
      lang: options.lang,
    },
    onProgress: options.onProgress,
    signal: options.signal,
  });
}

/** The plan book (GET …/reports/plan-book.docx): the plan as a Word document, with download progress. */
export function downloadPlanBook(planId: string, options: DownloadOptions = {}): Promise<DownloadedFile> {
  return download(`/plans/${encodeURIComponent(planId)}/reports/plan-book.docx`, options);
}
