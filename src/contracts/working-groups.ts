/*
 * City-council working groups (çalışma grupları, planning-cycle.md 7, seed 003: the İzmir Kent
 * Konseyi directive): the general assembly's members, the executive board, the groups with their
 * elections and meetings, and the recommendations (öneriler) they send on towards the municipal
 * council. Only an institution of kind kent-konseyi has them.
 */

/** proposed → active (accepted) | rejected; active → closed. */
export const GROUP_STATES = ['proposed', 'active', 'rejected', 'closed'] as const;
export type GroupState = (typeof GROUP_STATES)[number];

/** The executive board's answer to a proposal. */
export const GROUP_DECISIONS = ['accepted', 'rejected'] as const;
export type GroupDecision = (typeof GROUP_DECISIONS)[number];

/** The stages a recommendation travels, in order: the municipal council's answer closes it. */
export const STEP_STAGES = [
  'working-group',
  'executive-board',
  'general-assembly',
  'municipal-council',
] as const;
export type StepStage = (typeof STEP_STAGES)[number];

export const STEP_DECISIONS = ['accepted', 'amended', 'rejected', 'sent-back'] as const;
export type StepDecision = (typeof STEP_DECISIONS)[number];

/** A member of the general assembly (genel kurul); `contact` is never public. */
export interface CouncilMemberResponse {
  id: string;
  name: string;
  /** The body the member represents (a chamber, an association, a neighbourhood), or null for an individual member. */
  represents: string | null;
  contact: string | null;
  /** The user account of the member, when they sign in (a group's chair records its meetings). */
  userId: string | null;
  activeFrom: string;
  activeTo: string | null;
  onBoard: boolean;
  version: number;
}

export interface CouncilMemberRequest {
  name: string;
  represents?: string | null;
  contact?: string | null;
  userId?: string | null;
  activeFrom: string;
  activeTo?: string | null;
}

/** `PUT …/board`: the executive board (yürütme kurulu) as a whole. */
export interface BoardRequest {
  memberIds: string[];
}

export interface BoardResponse {
  members: Array<{ id: string; name: string; represents: string | null }>;
}

/** A person named in a group's answer, without contact details. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface ElectionResponse {
  id: string;
  date: string;
  present: PersonRef[];
  votes: Array<{ memberId: string; votes: number }>;
  chair: PersonRef;
  managers: PersonRef[];
  /** The day the term ended (a new election or the group's closing), null while it runs. */
  termEnd: string | null;
}

export interface ElectionRequest {
  date: string;
  presentIds: string[];
  votes?: Array<{ memberId: string; votes: number }>;
  chairId: string;
  managerIds: string[];
}

export interface MeetingResponse {
  id: string;
  date: string;
  place: string;
  agenda: string;
  attendance: PersonRef[];
  decisions: string[];
}

export interface MeetingRequest {
  date: string;
  place: string;
  agenda: string;
  attendanceIds: string[];
  decisions?: string[];
}

export interface StepResponse {
  stage: StepStage;
  date: string;
  decision: StepDecision;
  note: string | null;
}

export interface StepRequest {
  stage: StepStage;
  date: string;
  decision: StepDecision;
  note?: string | null;
}

export interface RecommendationResponse {
  id: string;
  groupId: string;
  groupName: string;
  meetingId: string;
  title: string;
  text: string;
  /** The plan aim or target it concerns (a plan of the city's municipality), or null. */
  planId: string | null;
  planCode: string | null;
  /** Closed once the municipal council has answered (or a stage has rejected it). */
  closed: boolean;
  /** The stage the next step must be, or null when closed. */
  nextStage: StepStage | null;
  steps: StepResponse[];
  reply: { text: string; date: string; by: string } | null;
  version: number;
}

export interface RecommendationRequest {
  meetingId: string;
  title: string;
  text: string;
  planId?: string | null;
  planCode?: string | null;
}

export interface ReplyRequest {
  text: string;
}

export interface GroupProposalRequest {
  name: string;
  aim: string;
  scope: string;
  duration: string;
  workPlan: string;
  proposedOn: string;
  founderIds: string[];
}

export interface GroupDecisionRequest {
  decision: GroupDecision;
  date: string;
  number: string;
}

export interface GroupCloseRequest {
  date: string;
  reason: string;
}

export interface GroupMembersRequest {
  memberIds: string[];
}

/** A finding of the council's rules (WG_*), as the validation and a group's page show it. */
export interface CouncilIssue {
  code: string;
  severity: 'error' | 'warning';
  /** The group it concerns, or null for the council as a whole. */
  groupId: string | null;
  /** The month without a meeting (YYYY-MM) of WG_MONTHLY_MEETING. */
  month: string | null;
  message: string;
}

export interface CouncilValidationResponse {
  institutionId: string;
  errors: number;
  warnings: number;
  issues: CouncilIssue[];
}

export interface GroupSummaryResponse {
  id: string;
  name: string;
  state: GroupState;
  proposedOn: string;
  decisionDate: string | null;
  chair: PersonRef | null;
  managers: PersonRef[];
  memberCount: number;
  meetingCount: number;
  lastMeeting: string | null;
  warnings: number;
}

export interface GroupResponse {
  id: string;
  name: string;
  aim: string;
  scope: string;
  duration: string;
  workPlan: string;
  state: GroupState;
  proposedOn: string;
  decisionDate: string | null;
  decisionNumber: string | null;
  closedOn: string | null;
  closeReason: string | null;
  founders: PersonRef[];
  members: PersonRef[];
  chair: PersonRef | null;
  managers: PersonRef[];
  elections: ElectionResponse[];
  meetings: MeetingResponse[];
  recommendations: RecommendationResponse[];
  issues: CouncilIssue[];
  version: number;
}

/** The public page: active groups, their meetings' decisions and recommendations; no contact details. */
/** `GET /api/public/councils`: the city councils with at least one active working group, by name. */
export interface PublicCouncilSummary {
  institutionId: string;
  institution: string;
  activeGroups: number;
}

export interface PublicCouncilResponse {
  institutionId: string;
  institution: string;
  groups: Array<{
    id: string;
    name: string;
    aim: string;
    chair: string | null;
    managers: string[];
    meetings: Array<{ date: string; decisions: string[] }>;
    recommendations: Array<{
      title: string;
      text: string;
      closed: boolean;
      steps: StepResponse[];
    }>;
  }>;
}
