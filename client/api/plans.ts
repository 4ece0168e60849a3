import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type {
  ImportResponse,
  PlanLifecycleAction,
  PlanResponse,
  PlanSummaryResponse,
} from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
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

/** Every rule of domain.md 5 the plan breaks (errors block submission). */
export function getValidation(planId: string, signal?: AbortSignal): Promise<ValidationResponse> {
  return http.get<ValidationResponse>(`/plans/${encodeURIComponent(planId)}/validation`, { signal });
}

/** A lifecycle step: submit { date }, enact { date, number }, close { date }, withdraw { date }. */
export function changeLifecycle(
  planId: string,
  action: PlanLifecycleAction,
  body: { date: string; number?: string },
): Promise<PlanResponse> {
  return http.post<PlanResponse>(`/plans/${encodeURIComponent(planId)}/lifecycle/${action}`, body);
}

/** Publishes the plan on the public pages, or takes it off them. */
export function setPublished(planId: string, published: boolean): Promise<PlanResponse> {
  return http.post<PlanResponse>(
    `/plans/${encodeURIComponent(planId)}/${published ? 'publish' : 'unpublish'}`,
  );
}

/** A new draft from this plan's strategy (Önceki plandan kopyala). */
export function copyPlan(
  planId: string,
  body: { startYear?: number; title?: string } = {},
): Promise<ImportResponse> {
  return http.post<ImportResponse>(`/plans/${encodeURIComponent(planId)}/copy`, body);
}
