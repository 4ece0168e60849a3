import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { PublicPlan, PublicPlanSummary } from '../../src/contracts/public.js';
import { http } from './http.js';

/**
 * The transparency API (no sign-in): published plans, approved values only. A plan that is not
 * published answers 404 PLAN_NOT_FOUND.
 */

export function listPublicPlans(signal?: AbortSignal): Promise<PublicPlanSummary[]> {
  return http.get<PublicPlanSummary[]>('/public/plans', { signal });
}

export function getPublicPlan(id: string, signal?: AbortSignal): Promise<PublicPlan> {
  return http.get<PublicPlan>(`/public/plans/${encodeURIComponent(id)}`, { signal });
}

/** Progress computed from approved values only; without a period the server picks its default. */
export function getPublicProgress(
  id: string,
  period?: string,
  signal?: AbortSignal,
): Promise<ProgressResponse> {
  return http.get<ProgressResponse>(`/public/plans/${encodeURIComponent(id)}/progress`, {
    query: { period },
    signal,
  });
}
