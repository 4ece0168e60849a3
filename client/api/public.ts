import type { ProgressResponse } from '../../src/contracts/progress.js';
import type {
  PublicPlan,
  PublicPlanSummary,
  PublicProgramme,
  PublicProgrammeSummary,
} from '../../src/contracts/public.js';
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

/** The plan's performance programmes accepted by the council and published, by year. */
export function listPublicProgrammes(id: string, signal?: AbortSignal): Promise<PublicProgrammeSummary[]> {
  return http.get<PublicProgrammeSummary[]>(`/public/plans/${encodeURIComponent(id)}/programmes`, { signal });
}

/** A published programme: targets, indicators, activities with costs and Tablo 3. */
export function getPublicProgramme(id: string, year: number, signal?: AbortSignal): Promise<PublicProgramme> {
  return http.get<PublicProgramme>(`/public/plans/${encodeURIComponent(id)}/programmes/${year}`, { signal });
}
