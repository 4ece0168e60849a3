import type { ValueType } from './plan-document.js';
import type { IndicatorValueResponse, PutValueRequest } from './resources.js';

/**
 * The monitoring workflow of domain.md 6: a planner opens an assessment period; values go
 * draft → submitted (unit) → approved, or back as returned with a comment (planner); closing
 * the period locks them; an approved value is corrected only with a reason.
 */

export const VALUE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
/** Imported values count as approved. */
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/**
 * Where an entry of the workflow stands and who moved it there: the fields an indicator value, an
 * activity's progress entry and a target's measures share. User ids are null for imports and
 * anonymous writes; times are ISO 8601.
 */
export interface EntryTrail {
  status: ValueStatus;
  /** The planner's comment when the entry was returned. */
  returnComment: string | null;
  enteredBy: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  version: number;
}

export const PERIOD_STATUSES = ['open', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** An assessment period of a plan: "YYYY-H1" (30 June izleme) or "YYYY" (year-end değerlendirme). */
export interface AssessmentPeriodResponse {
  period: string;
  status: PeriodStatus;
  /** Last day of the period (YYYY-MM-DD): 30 June or 31 December. */
  endDate: string;
  openedBy: string | null;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  version: number;
}

export interface OpenPeriodRequest {
  period: string;
}

/** Close or reopen; `version` guards against a stale write (409 STALE_VERSION). */
export interface PeriodTransitionRequest {
  version?: number;
}

/** PUT of a value: creates or updates a draft (a returned value goes back to draft). */
export interface DraftValueRequest extends PutValueRequest {
  evidenceUrl?: string;
  /** The version the client read; a different stored version answers 409 STALE_VERSION. */
  version?: number;
}

export interface ValueTransitionRequest {
  version?: number;
}

export interface ReturnValueRequest extends ValueTransitionRequest {
  /** Why the planner returns the value; the unit sees it on its worklist. */
  comment: string;
}

/**
 * A proposed correction of an approved value (POST …/correct, answered 202): it takes effect only
 * when another planner or admin approves it; the first approved value is then kept as originalValue.
 * `version` is the value's version the client read.
 */
export interface CorrectValueRequest extends ValueTransitionRequest {
  value: number;
  reason: string;
  /** Replaces the deviation reason when given (blank clears it); kept otherwise. */
  deviationReason?: string;
  note?: string;
  evidenceUrl?: string;
}

export const CORRECTION_STATUSES = ['proposed', 'approved', 'rejected', 'withdrawn'] as const;
/** proposed (waiting) → approved (in force), rejected (by another person) or withdrawn (by the proposer). */
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** A correction of an approved value, with the value, deviation reason, note and link it sets. */
export interface ValueCorrectionResponse {
  id: string;
  period: string;
  status: CorrectionStatus;
  /** C in force when the correction was proposed. */
  previousValue: number;
  /** The proposed C. */
  value: number;
  /** The deviation reason, note and evidence link as the correction leaves them. */
  deviationReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  /** Why the value is corrected: the value's correctionReason once approved. */
  reason: string;
  /** User ids. */
  proposedBy: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Why it was rejected or withdrawn. */
  decisionComment: string | null;
  version: number;
}

/**
 * Approve or reject the waiting correction of a value. `id` is the correction the client saw:
 * when another one waits now (or it was decided), the answer is 409 and nothing changes.
 */
export interface CorrectionDecisionRequest {
  id?: string;
}

export interface RejectCorrectionRequest extends CorrectionDecisionRequest {
  /** Why it is rejected (or, by the proposer, withdrawn). */
  comment: string;
}

export const APPROVAL_ACTIONS = ['approve'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

export interface ApprovalItem {
  indicator: string;
  period: string;
  version?: number;
}

/** Many values at once, all or nothing. */
export interface ApprovalsRequest {
  action: ApprovalAction;
  items: ApprovalItem[];
}

export interface ApprovalResult {
  indicator: string;
  value: IndicatorValueResponse;
}

export interface ApprovalsResponse {
  action: ApprovalAction;
  results: ApprovalResult[];
}

/**
 * What an entry means (issue 11 point 6): the C it makes for its assessment period by the value
 * type, against B, and the rate — computed by the progress engine over the indicator's entries as
 * stored (any status: the row shows the entry's own effect before approval).
 */
export interface EntryFigures {
  /** duzey: the level at the period's end; kumulatif: added in the period; donemsel: the period's flow. */
  valueType: ValueType;
  /** ölçü birimi (m², adet, %). */
  unit: string | null;
  /** The assessment period the entry's C belongs to: YYYY-H1 for a first-half entry, else YYYY. */
  assessmentPeriod: string;
  /** A. */
  baseline: number | null;
  /** C at the end of assessmentPeriod; null when an entry it needs is missing (missingPeriods). */
  actual: number | null;
  /** The entry periods whose entries make C. */
  actualPeriods: string[];
  missingPeriods: string[];
  /** B: the year-end target, or the half-year target at 30 June when the indicator sets one. */
  target: number | null;
  targetBasis: 'year-end' | 'half-year';
  /** GO (raw, unclamped), or null without C or B. */
  rate: number | null;
}

/**
 * The detail of 400 VALUE_IMPLAUSIBLE_NOTE: an ErrorDetail (path "note", or a workbook cell) with
 * the value, the figure the plausibility rule compared (the C a cumulative entry makes) and the
 * range it expected (a bound is null where the rule sets none).
 */
export interface ImplausibleValueDetail {
  path: string;
  code: 'VALUE_IMPLAUSIBLE_NOTE';
  message: string;
  period: string;
  value: number;
  compared: number;
  range: { low: number | null; high: number | null };
}

/** What a unit owes for an expected entry: no value yet, or the value's status. */
export type EntryState = 'missing' | ValueStatus;

export interface UnitCounts {
  unit: string;
  expected: number;
  missing: number;
  draft: number;
  returned: number;
  submitted: number;
  approved: number;
  /** Still owed (missing, draft or returned) after the period's entry deadline. */
  late: number;
}

export interface WorklistEntry {
  /** The assessment period the entry belongs to. */
  assessmentPeriod: string;
  /** The entry period: YYYY-H1, YYYY-H2 or YYYY. */
  period: string;
  indicator: string;
  name: string;
  target: string;
  /** Responsible unit code (sorumlu birim). */
  unit: string;
  state: EntryState;
  late: boolean;
  value: number | null;
  version: number | null;
  returnComment: string | null;
  /** Saved with a note although outside the plausible range (olağan dışı). */
  implausible: boolean;
  figures: EntryFigures;
}

/**
 * An activity of the year's accepted programme whose unit reports its progress and spending for
 * the open assessment period (issue 14 point 5): one entry per activity and period.
 */
export interface ActivityWorklistEntry {
  assessmentPeriod: string;
  /** The entry's period: the assessment period itself ("YYYY-H1" or "YYYY"). */
  period: string;
  /** F01, F02, … of the programme of the period's year. */
  activity: string;
  name: string;
  /** The PH it serves; in a programme-budget programme, its sub-programme goal (AH1.1, …). */
  programmeTarget: string;
  /** Responsible unit code. */
  unit: string;
  state: EntryState;
  late: boolean;
  percent: number | null;
  spendingTotal: number | null;
  version: number | null;
  returnComment: string | null;
}

export interface WorklistPeriod {
  period: string;
  /** Last day of the period: 30 June or 31 December. */
  endDate: string;
  /** The last day entries are due (son gün): the plan's entryDeadlineDays (default 15) after the end. */
  entryDeadline: string;
  /** The last day the planner approves them: approvalDeadlineDays (default 30) after the end. */
  approvalDeadline: string;
  entries: WorklistEntry[];
  units: UnitCounts[];
  /** The activities' progress entries the period expects (the counts above are the indicators'). */
  activities: ActivityWorklistEntry[];
}

/** Expected entries of the open assessment periods, with counts per unit (all open periods). */
export interface WorklistResponse {
  planId: string;
  /** The date `late` is judged on (YYYY-MM-DD). */
  asOf: string;
  periods: WorklistPeriod[];
  units: UnitCounts[];
}

export interface ApprovalQueueItem {
  indicator: string;
  name: string;
  target: string;
  assessmentPeriod: string;
  period: string;
  value: number;
  deviationReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
  version: number;
  /** Saved with a note although outside the plausible range (olağan dışı). */
  implausible: boolean;
  /** The last day the planner approves the value's assessment period (YYYY-MM-DD). */
  approvalDeadline: string;
  /** Still waiting after that day (judged on the queue's asOf). */
  overdue: boolean;
  /**
   * For an implausible value: the range the plan's plausibility rule expected, and the figure it
   * compared (the C a cumulative entry makes); null otherwise.
   */
  plausibility: { compared: number; low: number | null; high: number | null } | null;
  figures: EntryFigures;
}

export interface ApprovalQueueUnit {
  unit: string;
  count: number;
  items: ApprovalQueueItem[];
}

/** A correction of an approved value waiting for a second person, in any period (closed ones too). */
export interface ApprovalQueueCorrection {
  /** The correction's id (CorrectionDecisionRequest.id). */
  id: string;
  indicator: string;
  name: string;
  target: string;
  /** Responsible unit code. */
  unit: string;
  assessmentPeriod: string;
  period: string;
  /** The approved value in force. */
  currentValue: number;
  /** The proposed value. */
  value: number;
  reason: string;
  currentDeviationReason: string | null;
  /** The deviation reason as the correction leaves it. */
  deviationReason: string | null;
  proposedBy: string | null;
  proposedAt: string;
}

/** A submitted activity progress entry waiting for the planner, beside the values. */
export interface ActivityQueueItem {
  activity: string;
  name: string;
  /** The programme's year. */
  year: number;
  /** Its PH; in a programme-budget programme, its sub-programme goal. */
  programmeTarget: string;
  /** Responsible unit code. */
  unit: string;
  assessmentPeriod: string;
  period: string;
  percent: number;
  note: string | null;
  spending: Record<string, number>;
  spendingTotal: number;
  submittedBy: string | null;
  submittedAt: string | null;
  version: number;
  approvalDeadline: string;
  overdue: boolean;
}

/**
 * Submitted values waiting for the planner, grouped by responsible unit (`total` counts them), the
 * corrections waiting for a second person, in plan order, and the submitted activity progress
 * entries (`activities`, counted by `activityTotal`).
 */
export interface ApprovalQueueResponse {
  planId: string;
  /** The date `overdue` is judged on (YYYY-MM-DD, Istanbul). */
  asOf: string;
  total: number;
  units: ApprovalQueueUnit[];
  corrections: ApprovalQueueCorrection[];
  activityTotal: number;
  activities: ActivityQueueItem[];
}
