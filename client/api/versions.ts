import type {
  ApproveUpdateRequest,
  PlanUpdateRequest,
  PlanVersionResponse,
  RejectUpdateRequest,
  VersionDiffLine,
} from '../../src/contracts/plan-versions.js';
import { http } from './http.js';

/**
 * Plan updates (güncelleme) and versions: a planner proposes an update of a plan in force, an
 * administrator other than the proposer approves it (409 SELF_APPROVAL) or rejects it.
 */

const planPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}`;

/** 201 with the proposed version; 400 UPDATE_RULES / WEIGHTS_SUM at their fields, 409 UPDATE_PENDING. */
export function proposeUpdate(planId: string, body: PlanUpdateRequest): Promise<PlanVersionResponse> {
  return http.post<PlanVersionResponse>(`${planPath(planId)}/updates`, body);
}

export function listVersions(planId: string, signal?: AbortSignal): Promise<PlanVersionResponse[]> {
  return http.get<PlanVersionResponse[]>(`${planPath(planId)}/versions`, { signal });
}

export function getVersionDiff(
  planId: string,
  number: number,
  signal?: AbortSignal,
): Promise<VersionDiffLine[]> {
  return http.get<VersionDiffLine[]>(`${planPath(planId)}/versions/${number}/diff`, { signal });
}

export function approveVersion(
  planId: string,
  number: number,
  body: ApproveUpdateRequest,
): Promise<PlanVersionResponse> {
  return http.post<PlanVersionResponse>(`${planPath(planId)}/versions/${number}/approve`, body);
}

export function rejectVersion(
  planId: string,
  number: number,
  body: RejectUpdateRequest,
): Promise<PlanVersionResponse> {
  return http.post<PlanVersionResponse>(`${planPath(planId)}/versions/${number}/reject`, body);
}
