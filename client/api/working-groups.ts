import type {
  CouncilValidationResponse,
  GroupResponse,
  GroupSummaryResponse,
  RecommendationResponse,
} from '../../src/contracts/working-groups.js';
import { download, http, type DownloadedFile } from './http.js';

/** A city council's working groups (GET /api/institutions/:id/working-groups…), read-only here. */

const path = (institutionId: string, rest = ''): string =>
  `/institutions/${encodeURIComponent(institutionId)}${rest}`;

export function listGroups(institutionId: string, signal?: AbortSignal): Promise<GroupSummaryResponse[]> {
  return http.get<GroupSummaryResponse[]>(path(institutionId, '/working-groups'), { signal });
}

export function getGroup(
  institutionId: string,
  groupId: string,
  signal?: AbortSignal,
): Promise<GroupResponse> {
  return http.get<GroupResponse>(path(institutionId, `/working-groups/${encodeURIComponent(groupId)}`), {
    signal,
  });
}

export function councilValidation(
  institutionId: string,
  signal?: AbortSignal,
): Promise<CouncilValidationResponse> {
  return http.get<CouncilValidationResponse>(path(institutionId, '/validation'), { signal });
}

/** The working-group register (.xlsx). */
export function downloadRegister(institutionId: string): Promise<DownloadedFile> {
  return download(path(institutionId, '/working-groups/register.xlsx'), { query: {} });
}

/** The councils' recommendations naming a plan's aims or targets (reviewer, planner, admin of the plan). */
export function planRecommendations(planId: string, signal?: AbortSignal): Promise<RecommendationResponse[]> {
  return http.get<RecommendationResponse[]>(`/plans/${encodeURIComponent(planId)}/council-recommendations`, {
    signal,
  });
}
