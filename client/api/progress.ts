import type { PlanRateResponse, ProgressResponse } from '../../src/contracts/progress.js';
import { http } from './http.js';

/**
 * Realisation of a plan for an assessed period ("2025-H1", "2025"); without a period the
 * server picks the default of domain.md "Periods". Every figure comes with its inputs.
 */
export function getProgress(
  planId: string,
  period?: string,
  signal?: AbortSignal,
): Promise<ProgressResponse> {
  return http.get<ProgressResponse>(`/plans/${encodeURIComponent(planId)}/progress`, {
    query: { period },
    signal,
  });
}

/** Every visible plan's rate for one period. */
export function listPlanRates(period: string, signal?: AbortSignal): Promise<PlanRateResponse[]> {
  return http.get<PlanRateResponse[]>('/progress', { query: { period }, signal });
}
