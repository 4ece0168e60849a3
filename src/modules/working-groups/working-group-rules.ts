/**
 * The rules of the İzmir Kent Konseyi working-group directive (seed 003, planning-cycle.md 7),
 * as plain functions over plain shapes: the server refuses a write that breaks one (400/409) and
 * the council's validation lists what the stored rows break.
 */
import {
  STEP_STAGES,
  type GroupState,
  type StepDecision,
  type StepResponse,
  type StepStage,
} from '../../contracts/working-groups.js';

/** WG_FOUNDERS: a proposal needs at least this many founding members (directive 13-1-2). */
export const MIN_FOUNDERS = 5;
/** WG_QUORUM: an election needs at least this many members present (1 chair + 4 managers + 1). */
export const MIN_PRESENT = 6;
/** WG_BOARD_SIZE: an election elects one chair and this many managers. */
export const MANAGER_COUNT = 4;

/** The distinct ids of a list, in their first order. */
export function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** WG_FOUNDERS of a proposal: too few founders, and the founders who are not active members of the general assembly. */
export interface FounderProblems {
  tooFew: boolean;
  count: number;
  notMembers: string[];
}

export function founderProblems(
  founderIds: readonly string[],
  memberIds: ReadonlySet<string>,
): FounderProblems | null {
  const founders = distinct(founderIds);
  const notMembers = founders.filter((id) => !memberIds.has(id));
  const count = founders.length - notMembers.length;
  const tooFew = count < MIN_FOUNDERS;
  return tooFew || notMembers.length > 0 ? { tooFew, count, notMembers } : null;
}

/** WG_QUORUM: the number of distinct members present when fewer than MIN_PRESENT, else null. */
export function quorumProblem(presentIds: readonly string[]): number | null {
  const count = distinct(presentIds).length;
  return count < MIN_PRESENT ? count : null;
}

export interface ElectedBoard {
  chairId: string;
  managerIds: readonly string[];
  presentIds: readonly string[];
}

export type BoardProblem =
  | { kind: 'managerCount'; count: number }
  | { kind: 'chairIsManager'; memberId: string }
  | { kind: 'notPresent'; memberId: string };

/**
 * WG_BOARD_SIZE: exactly one chair and four distinct managers, the chair not among them, every
 * one of them present at the election. (Members present must be the group's: WG_NOT_GROUP_MEMBER.)
 */
export function boardProblems(board: ElectedBoard): BoardProblem[] {
  const managers = distinct(board.managerIds);
  const problems: BoardProblem[] = [];
  if (managers.length !== MANAGER_COUNT || board.managerIds.length !== MANAGER_COUNT) {
    problems.push({ kind: 'managerCount', count: board.managerIds.length });
  }
  if (managers.includes(board.chairId)) problems.push({ kind: 'chairIsManager', memberId: board.chairId });
  const present = new Set(board.presentIds);
  for (const id of distinct([board.chairId, ...managers])) {
    if (!present.has(id)) problems.push({ kind: 'notPresent', memberId: id });
  }
  return problems;
}

/** Who chairs or manages which group now (an election whose term runs). */
export interface Holder {
  memberId: string;
  groupId: string;
}

/**
 * WG_ONE_GROUP_PER_MANAGER against a new election of `groupId`: the elected who chair or manage
 * another group now (the group's own current board ends with the new election).
 */
export function managerConflicts(
  groupId: string,
  electedIds: readonly string[],
  holders: readonly Holder[],
): Holder[] {
  const elected = new Set(electedIds);
  return holders.filter((holder) => holder.groupId !== groupId && elected.has(holder.memberId));
}

/** WG_ONE_GROUP_PER_MANAGER across the stored groups: each person holding posts in more than one group, with the groups. */
export function managersOfSeveralGroups(
  holders: readonly Holder[],
): Array<{ memberId: string; groupIds: string[] }> {
  const groups = new Map<string, string[]>();
  for (const { memberId, groupId } of holders) {
    const list = groups.get(memberId) ?? [];
    if (!list.includes(groupId)) list.push(groupId);
    groups.set(memberId, list);
  }
  return [...groups.entries()]
    .filter(([, groupIds]) => groupIds.length > 1)
    .map(([memberId, groupIds]) => ({ memberId, groupIds }));
}

/** YYYY-MM of a date. */
const monthOf = (date: string): string => date.slice(0, 7);

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * WG_MONTHLY_MEETING (a warning): the months without a meeting while the group is active. The
 * month of its acceptance is not judged (it may be accepted on its last day), nor the current
 * month (it is not over); every whole month between is. Only an active group is judged.
 */
export function monthsWithoutMeeting(
  group: { state: GroupState; decisionDate: string | null },
  meetingDates: readonly string[],
  today: string,
): string[] {
  if (group.state !== 'active' || group.decisionDate === null) return [];
  const met = new Set(meetingDates.map(monthOf));
  const current = monthOf(today);
  const missed: string[] = [];
  for (let month = nextMonth(monthOf(group.decisionDate)); month < current; month = nextMonth(month)) {
    if (!met.has(month)) missed.push(month);
  }
  return missed;
}

/** What may be done with a group in each state (WG_GROUP_STATE otherwise). */
export type GroupAction = 'decide' | 'close' | 'elect' | 'meet' | 'recommend' | 'join';

const ACTIONS_BY_STATE: Record<GroupState, readonly GroupAction[]> = {
  proposed: ['decide', 'join'],
  active: ['close', 'elect', 'meet', 'recommend', 'join'],
  rejected: [],
  closed: [],
};

export function groupAllows(state: GroupState, action: GroupAction): boolean {
  return ACTIONS_BY_STATE[state].includes(action);
}

/** The state a decision leads to. */
export function stateAfterDecision(decision: 'accepted' | 'rejected'): GroupState {
  return decision === 'accepted' ? 'active' : 'rejected';
}

/**
 * The stage a recommendation's next step must be, or null when the journey is over: each stage
 * passes (accepted, amended) to the next; sent back, it returns to the stage before; a rejection
 * ends it, and the municipal council's answer, whatever it is, closes it.
 */
export function nextStage(steps: readonly Pick<StepResponse, 'stage' | 'decision'>[]): StepStage | null {
  const last = steps.at(-1);
  if (last === undefined) return 'working-group';
  const index = STEP_STAGES.indexOf(last.stage);
  if (last.stage === 'municipal-council' || last.decision === 'rejected') return null;
  if (last.decision === 'sent-back') return STEP_STAGES[Math.max(0, index - 1)];
  return STEP_STAGES[index + 1] ?? null;
}

export type StepProblem =
  | { kind: 'closed' }
  | { kind: 'order'; expected: StepStage }
  | { kind: 'date'; before: string }
  | { kind: 'decision'; decision: StepDecision };

/**
 * WG_STEP_ORDER of a new step: the journey is not closed, the step is the expected stage, its
 * date is not before the last step's; the working group cannot send back (there is no stage before it).
 */
export function stepProblem(
  steps: readonly StepResponse[],
  step: Pick<StepResponse, 'stage' | 'date' | 'decision'>,
): StepProblem | null {
  const expected = nextStage(steps);
  if (expected === null) return { kind: 'closed' };
  if (step.stage !== expected) return { kind: 'order', expected };
  const last = steps.at(-1);
  if (last !== undefined && step.date < last.date) return { kind: 'date', before: last.date };
  if (step.stage === 'working-group' && step.decision === 'sent-back')
    return { kind: 'decision', decision: step.decision };
  return null;
}
