import type {
  BoardRequest,
  BoardResponse,
  CouncilMemberRequest,
  CouncilMemberResponse,
  CouncilValidationResponse,
  ElectionRequest,
  GroupCloseRequest,
  GroupDecisionRequest,
  GroupMembersRequest,
  GroupProposalRequest,
  GroupResponse,
  GroupSummaryResponse,
  MeetingRequest,
  PublicCouncilResponse,
  PublicCouncilSummary,
  RecommendationRequest,
  RecommendationResponse,
  ReplyRequest,
  StepRequest,
} from '../../src/contracts/working-groups.js';
import { download, http, type DownloadedFile } from './http.js';

/** A city council's working groups (/api/institutions/:id/working-groups…, council-members, board). */

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

// ——— Writing (the secretariat and the administrator; a group's chair its meetings and recommendations) ———

const groupPath = (institutionId: string, groupId: string, rest = ''): string =>
  path(institutionId, `/working-groups/${encodeURIComponent(groupId)}${rest}`);

export function listMembers(institutionId: string, signal?: AbortSignal): Promise<CouncilMemberResponse[]> {
  return http.get<CouncilMemberResponse[]>(path(institutionId, '/council-members'), { signal });
}

export function addMember(institutionId: string, body: CouncilMemberRequest): Promise<CouncilMemberResponse> {
  return http.post<CouncilMemberResponse>(path(institutionId, '/council-members'), body);
}

/** A change of a member; `activeTo` ends the membership. `version` guards against a stale edit. */
export function updateMember(
  institutionId: string,
  memberId: string,
  body: Partial<CouncilMemberRequest> & { version: number },
): Promise<CouncilMemberResponse> {
  return http.patch<CouncilMemberResponse>(
    path(institutionId, `/council-members/${encodeURIComponent(memberId)}`),
    body,
  );
}

export function getBoard(institutionId: string, signal?: AbortSignal): Promise<BoardResponse> {
  return http.get<BoardResponse>(path(institutionId, '/board'), { signal });
}

export function replaceBoard(institutionId: string, body: BoardRequest): Promise<BoardResponse> {
  return http.put<BoardResponse>(path(institutionId, '/board'), body);
}

export function proposeGroup(institutionId: string, body: GroupProposalRequest): Promise<GroupResponse> {
  return http.post<GroupResponse>(path(institutionId, '/working-groups'), body);
}

export function decideGroup(
  institutionId: string,
  groupId: string,
  body: GroupDecisionRequest,
): Promise<GroupResponse> {
  return http.post<GroupResponse>(groupPath(institutionId, groupId, '/decision'), body);
}

export function closeGroup(
  institutionId: string,
  groupId: string,
  body: GroupCloseRequest,
): Promise<GroupResponse> {
  return http.post<GroupResponse>(groupPath(institutionId, groupId, '/close'), body);
}

export function addGroupMembers(
  institutionId: string,
  groupId: string,
  body: GroupMembersRequest,
): Promise<GroupResponse> {
  return http.post<GroupResponse>(groupPath(institutionId, groupId, '/members'), body);
}

export function recordElection(
  institutionId: string,
  groupId: string,
  body: ElectionRequest,
): Promise<GroupResponse> {
  return http.post<GroupResponse>(groupPath(institutionId, groupId, '/elections'), body);
}

export function recordMeeting(
  institutionId: string,
  groupId: string,
  body: MeetingRequest,
): Promise<GroupResponse> {
  return http.post<GroupResponse>(groupPath(institutionId, groupId, '/meetings'), body);
}

export function writeRecommendation(
  institutionId: string,
  groupId: string,
  body: RecommendationRequest,
): Promise<RecommendationResponse> {
  return http.post<RecommendationResponse>(groupPath(institutionId, groupId, '/recommendations'), body);
}

export function addStep(
  institutionId: string,
  groupId: string,
  recommendationId: string,
  body: StepRequest,
): Promise<RecommendationResponse> {
  return http.post<RecommendationResponse>(
    groupPath(institutionId, groupId, `/recommendations/${encodeURIComponent(recommendationId)}/steps`),
    body,
  );
}

/** A meeting's minutes (tutanak, .docx). */
export function downloadMinutes(
  institutionId: string,
  groupId: string,
  meetingId: string,
): Promise<DownloadedFile> {
  return download(
    groupPath(institutionId, groupId, `/meetings/${encodeURIComponent(meetingId)}/minutes.docx`),
  );
}

/** A recommendation's journey (.xlsx). */
export function downloadJourney(
  institutionId: string,
  groupId: string,
  recommendationId: string,
): Promise<DownloadedFile> {
  return download(
    groupPath(
      institutionId,
      groupId,
      `/recommendations/${encodeURIComponent(recommendationId)}/journey.xlsx`,
    ),
    { query: {} },
  );
}

/** The plan's planners answer a recommendation linked to their plan. */
export function replyToRecommendation(
  planId: string,
  recommendationId: string,
  body: ReplyRequest,
): Promise<RecommendationResponse> {
  return http.post<RecommendationResponse>(
    `/plans/${encodeURIComponent(planId)}/council-recommendations/${encodeURIComponent(recommendationId)}/reply`,
    body,
  );
}

/** The city councils with an active working group (no sign-in), by name. */
export function listPublicCouncils(signal?: AbortSignal): Promise<PublicCouncilSummary[]> {
  return http.get<PublicCouncilSummary[]>('/public/councils', { signal });
}

/** The public page (no sign-in): active groups, their meetings' decisions and recommendations. */
export function getPublicCouncil(
  institutionId: string,
  signal?: AbortSignal,
): Promise<PublicCouncilResponse> {
  return http.get<PublicCouncilResponse>(
    `/public/councils/${encodeURIComponent(institutionId)}/working-groups`,
    { signal },
  );
}
