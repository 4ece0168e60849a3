/**
 * The legal timeline of a plan's preparation (planning-cycle.md 1): a municipality bound by Law
 * 5393 art. 41 takes its plan to the council within six months of the local election
 * (ELECTION_DEADLINE), and the plan is published in the first week of its first year.
 */

/** Why the election deadline does not bind an institution. */
export type DeadlineExemption = 'kind' | 'population' | 'no-election-date';

/** What the lateness of a plan is judged on: its submission, else the council decision, else today. */
export type DeadlineBasis = 'submitted' | 'decision' | 'today';

export interface PreparationTimeline {
  /** Does the election deadline bind this institution? */
  applies: boolean;
  /** When it does not: a union or a city council, a municipality under 50,000, no election date. */
  exemption: DeadlineExemption | null;
  electionDate: string | null;
  /** Six calendar months after the election (YYYY-MM-DD), or null when it does not apply. */
  deadline: string | null;
  /** The date the plan is judged on and why. */
  judgedOn: { basis: DeadlineBasis; date: string } | null;
  /** Days from today to the deadline while the plan is not yet submitted and not late (0 on the day). */
  daysRemaining: number | null;
  /** Days past the deadline of the judged date, when the plan is (or was) late. */
  daysLate: number | null;
  firstPlanYear: number;
  /** The first week of January of the first plan year, when the plan is published. */
  publicationWeek: { from: string; to: string };
}

/*
 * The preparation programme (hazırlık programı, planning-cycle.md 1): the strategic planning team
 * and the steps of the preparation with owners, dates and a status each.
 */

/** A member's role in the strategic planning team: one coordinator at most. */
export const TEAM_ROLES = ['coordinator', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const STEP_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/**
 * A member of the strategic planning team (stratejik planlama ekibi): a person of the institution
 * (`userId`, a user with a role in it) or a named outsider (`name` and `title`, no account).
 */
export interface TeamMemberResponse {
  id: string;
  /** The user of the institution, or null for an outsider (or a user since deleted). */
  userId: string | null;
  /** The user's name, or the outsider's. */
  name: string;
  /** An outsider's title or body (e.g. "Kent Konseyi Başkanı"); null for a user. */
  title: string | null;
  role: TeamRole;
  /** A unit of the institution the member comes from. */
  unitCode: string | null;
  position: number;
  version: number;
}

export interface CreateTeamMemberRequest {
  /** Either userId, or name (with an optional title) for someone without an account. */
  userId?: string;
  name?: string;
  title?: string;
  role: TeamRole;
  unitCode?: string | null;
}

export interface UpdateTeamMemberRequest {
  /** The version read: a different stored version answers 409 STALE_VERSION with the member as it is. */
  version?: number;
  /** An outsider's name and title; a user's come from the account. */
  name?: string;
  title?: string | null;
  role?: TeamRole;
  unitCode?: string | null;
}

/** A step of the preparation's timeline. */
export interface PreparationStepResponse {
  id: string;
  title: string;
  /** The team member who owns the step, or null. */
  ownerId: string | null;
  startDate: string;
  dueDate: string;
  status: StepStatus;
  /** When the step was done: set exactly when the status is done. */
  doneDate: string | null;
  /** 1-based order of the steps. */
  position: number;
  /** Not done and due before today (Europe/Istanbul). */
  late: boolean;
  /** Days past the due date while late, else 0. */
  lateDays: number;
  version: number;
}

export interface CreatePreparationStepRequest {
  title: string;
  ownerId?: string | null;
  startDate: string;
  dueDate: string;
  status?: StepStatus;
  doneDate?: string | null;
  /** Where to insert it (1-based); the end when left out. */
  position?: number;
}

export interface UpdatePreparationStepRequest {
  version?: number;
  title?: string;
  ownerId?: string | null;
  startDate?: string;
  dueDate?: string;
  status?: StepStatus;
  doneDate?: string | null;
  /** Moves the step there (1-based); the steps between move by one. */
  position?: number;
}

/** GET /api/plans/:planId/preparation. */
export interface PreparationResponse {
  team: TeamMemberResponse[];
  steps: PreparationStepResponse[];
  /** The legal timeline, as PlanResponse.preparation. */
  timeline: PreparationTimeline;
}
