import type {
  PlanRateResponse,
  ProgressBasis,
  ProgressResponse,
  ProgressTrendResponse,
} from '../../src/contracts/progress.js';
import { http } from './http.js';

/**
 * Realisation of a plan for an assessed period ("2025-H1", "2025"); without a period the
 * server picks the default of domain.md "Periods". Every figure comes with its inputs. The
 * figures rest on approved values unless basis 'all' is asked for (staff screens only).
 */
export function getProgress(
  planId: string,
  period?: string,
  signal?: AbortSignal,
  basis?: ProgressBasis,
): Promise<ProgressResponse> {
  return http.get<ProgressResponse>(`/plans/${encodeURIComponent(planId)}/progress`, {
    query: { period, basis },
    signal,
  });
}

/** Every visible plan's rate for one period. */
export function listPlanRates(
  period: string,
  signal?: AbortSignal,
  basis?: ProgressBasis,
): Promise<PlanRateResponse[]> {
  return http.get<PlanRateResponse[]>('/progress', { query: { period, basis }, signal });
}

/** The plan's, each aim's and each target's rate over every assessed period with values. */
export function getProgressTrend(
  planId: string,
  signal?: AbortSignal,
  basis?: ProgressBasis,
): Promise<ProgressTrendResponse> {
  return http.get<ProgressTrendResponse>(`/plans/${encodeURIComponent(planId)}/progress/trend`, {
    query: { basis },
    signal,
  });
}
