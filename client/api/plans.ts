import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PlanResponse, PlanSummaryResponse } from '../../src/contracts/resources.js';
import { http } from './http.js';

/** Plans of the caller's institutions (or of one), newest first. */
export function listPlans(institutionId?: string, signal?: AbortSignal): Promise<PlanSummaryResponse[]> {
  return http.get<PlanSummaryResponse[]>('/plans', { query: { institutionId }, signal });
}

export function getPlan(planId: string, signal?: AbortSignal): Promise<PlanResponse> {
  return http.get<PlanResponse>(`/plans/${encodeURIComponent(planId)}`, { signal });
}

/** The whole plan as a `pusula.plan/v1` document, every entered value with its deviation reason. */
export function getPlanDocument(planId: string, signal?: AbortSignal): Promise<PlanDocument> {
  return http.get<PlanDocument>(`/plans/${encodeURIComponent(planId)}/document`, { signal });
}
