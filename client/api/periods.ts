import type { AssessmentPeriodResponse } from '../../src/contracts/workflow.js';
import { http } from './http.js';

/**
 * Assessment periods of a plan (YYYY-H1 izleme, YYYY değerlendirme): the planner opens one so
 * units can enter its values, and closes it to lock them. Transitions take the version read
 * (409 STALE_VERSION otherwise); closing while values wait for approval is 409 PERIOD_HAS_SUBMITTED.
 */

const periodsPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}/periods`;
const langQuery = (lang: 'tr' | 'en' | undefined) => ({ lang });

/** In time order: 2025-H1, 2025, 2026-H1, … */
export function listPeriods(planId: string, signal?: AbortSignal): Promise<AssessmentPeriodResponse[]> {
  return http.get<AssessmentPeriodResponse[]>(periodsPath(planId), { signal });
}

export function openPeriod(
  planId: string,
  period: string,
  lang?: 'tr' | 'en',
): Promise<AssessmentPeriodResponse> {
  return http.post<AssessmentPeriodResponse>(periodsPath(planId), { period }, { query: langQuery(lang) });
}

export function closePeriod(
  planId: string,
  period: string,
  version: number,
  lang?: 'tr' | 'en',
): Promise<AssessmentPeriodResponse> {
  return changePeriod(planId, period, 'close', version, lang);
}

export function reopenPeriod(
  planId: string,
  period: string,
  version: number,
  lang?: 'tr' | 'en',
): Promise<AssessmentPeriodResponse> {
  return changePeriod(planId, period, 'reopen', version, lang);
}

/** POST …/periods/:period/close or /reopen with the version the user saw (409 when stale). */
function changePeriod(
  planId: string,
  period: string,
  action: 'close' | 'reopen',
  version: number,
  lang?: 'tr' | 'en',
): Promise<AssessmentPeriodResponse> {
  return http.post<AssessmentPeriodResponse>(
    `${periodsPath(planId)}/${encodeURIComponent(period)}/${action}`,
    { version },
    { query: langQuery(lang) },
  );
}
