import type {
  CreatePreparationStepRequest,
  CreateTeamMemberRequest,
  PreparationResponse,
  PreparationStepResponse,
  TeamMemberResponse,
  UpdatePreparationStepRequest,
  UpdateTeamMemberRequest,
} from '../../src/contracts/preparation.js';
import { http } from './http.js';

/**
 * The preparation programme (hazırlık programı) of a plan: the strategic planning team and the
 * steps with owners, dates and a status each. Changes take the version read (409 STALE_VERSION).
 */

const path = (planId: string, rest = ''): string => `/plans/${encodeURIComponent(planId)}/preparation${rest}`;

export function getPreparation(planId: string, signal?: AbortSignal): Promise<PreparationResponse> {
  return http.get<PreparationResponse>(path(planId), { signal });
}

export function addMember(planId: string, body: CreateTeamMemberRequest): Promise<TeamMemberResponse> {
  return http.post<TeamMemberResponse>(path(planId, '/team'), body);
}

export function updateMember(
  planId: string,
  memberId: string,
  body: UpdateTeamMemberRequest,
): Promise<TeamMemberResponse> {
  return http.patch<TeamMemberResponse>(path(planId, `/team/${encodeURIComponent(memberId)}`), body);
}

/** 204; the steps the member owned keep no owner. */
export function deleteMember(planId: string, memberId: string): Promise<void> {
  return http.delete(path(planId, `/team/${encodeURIComponent(memberId)}`));
}

export function addStep(
  planId: string,
  body: CreatePreparationStepRequest,
): Promise<PreparationStepResponse> {
  return http.post<PreparationStepResponse>(path(planId, '/steps'), body);
}

/** The default steps of planning-cycle.md 1, dated, into an empty programme. */
export function addDefaultSteps(planId: string): Promise<PreparationStepResponse[]> {
  return http.post<PreparationStepResponse[]>(path(planId, '/steps/defaults'));
}

/** A change; `position` moves the step and renumbers the others. */
export function updateStep(
  planId: string,
  stepId: string,
  body: UpdatePreparationStepRequest,
): Promise<PreparationStepResponse> {
  return http.patch<PreparationStepResponse>(path(planId, `/steps/${encodeURIComponent(stepId)}`), body);
}

export function deleteStep(planId: string, stepId: string): Promise<void> {
  return http.delete(path(planId, `/steps/${encodeURIComponent(stepId)}`));
}
