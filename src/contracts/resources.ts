import type { PreparationTimeline } from './preparation.js';
import type {
  ActivityDoc,
  CostingDoc,
  CoreValueDoc,
  IndicatorHeading,
  InstitutionKind,
  Method,
  PlanHeadingDoc,
  PlanSettings,
  PlanStatus,
  YearAmounts,
} from './plan-document.js';
import type { ValidationIssue } from './validation.js';
import type { EntryTrail, ValueCorrectionResponse } from './workflow.js';

export interface InstitutionResponse {
  id: string;
  name: string;
  kind: InstitutionKind;
  population: number | null;
  version: number;
}

export interface CreateInstitutionRequest {
  name: string;
  kind: InstitutionKind;
  population?: number;
}

export interface UnitResponse {
  code: string;
  name: string;
  parent: string | null;
}

export interface CreateUnitRequest {
  code: string;
  name: string;
  parent?: string;
}

/** What a plan is called, its years and status, as every answer naming a plan gives them. */
export interface PlanHeading {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  status: PlanStatus;
  /** Its last year is over and it was never closed: reads "süresi doldu — kapatılmadı". */
  expired: boolean;
}

export interface PlanSummaryResponse extends PlanHeading {
  institution: { id: string; name: string; kind: InstitutionKind };
  counts: { aims: number; targets: number; indicators: number; values: number };
}

export interface PlanResponse extends PlanSummaryResponse {
  mission: string | null;
  vision: string | null;
  values: CoreValueDoc[];
  submittedToCouncil: string | null;
  councilDecision: { date: string | null; number: string | null } | null;
  /** The date the close step gave (kapandı); null while the plan is not closed. */
  closedOn: string | null;
  population: number | null;
  electionDate: string | null;
  /** Settings after defaults. */
  settings: PlanSettings;
  costing: CostingDoc | null;
  /** When the plan was published for the public; null: not published. */
  publishedAt: string | null;
  /** The plan this one was copied from (POST …/copy), or null. */
  previousPlanId: string | null;
  /** The legal timeline of the preparation: the election deadline and how late the plan is. */
  preparation: PreparationTimeline;
  version: number;
}

export interface CreatePlanRequest extends PlanHeadingDoc {
  institutionId: string;
  submittedToCouncil?: string;
  councilDecisionDate?: string;
  councilDecisionNumber?: string;
  population?: number;
  electionDate?: string;
  settings?: Partial<PlanSettings>;
  costing?: CostingDoc;
}

/** The plan lifecycle steps of domain.md 6: `POST /api/plans/:planId/lifecycle/<action>`. */
export const PLAN_LIFECYCLE_ACTIONS = ['submit', 'enact', 'close', 'withdraw'] as const;
export type PlanLifecycleAction = (typeof PLAN_LIFECYCLE_ACTIONS)[number];

/** taslak → meclis-onayinda: the date the plan was submitted to the council (YYYY-MM-DD). */
export interface SubmitPlanRequest {
  date: string;
}

/** meclis-onayinda → yururlukte: the council decision's date (not before the submission) and number. */
export interface EnactPlanRequest {
  date: string;
  number: string;
}

/**
 * yururlukte → kapandi: the closing date (default today; not before the council decision). It is
 * stored as the plan's `closedOn` and also given as the reason of the audit entry, unless
 * X-Pusula-Reason gives one.
 */
export interface ClosePlanRequest {
  date?: string;
}

/**
 * meclis-onayinda → taslak: the plan comes back from the council (withdrawn, or sent back) on
 * `date` (YYYY-MM-DD, not before the submission), to be changed and submitted again.
 */
export interface WithdrawPlanRequest {
  date: string;
}

export interface AimResponse {
  code: string;
  title: string;
  position: number;
  targets: string[];
  version: number;
}

/** What a target card says beside its code, title and indicators: as read and as saved whole. */
export interface TargetCardFields {
  responsibleUnit: string;
  collaboratingUnits: string[];
  risks: string[];
  controls: string[];
  strategies: string[];
  activities: ActivityDoc[];
  costEstimate: YearAmounts;
  findings: string[];
  needs: string[];
}

export interface TargetResponse extends TargetCardFields {
  code: string;
  aim: string;
  title: string;
  position: number;
  indicators: string[];
  version: number;
}

export interface IndicatorResponse extends IndicatorHeading {
  target: string;
  /** As stored: null means the value type's default (effectiveMethod). */
  method: Method | null;
  effectiveMethod: Method;
  baseline: number | null;
  targets: Record<string, number>;
  /**
   * Optional half-year targets by year ({} when none): the 30 June rate of that year is measured
   * against it instead of the year-end target.
   */
  halfYearTargets: Record<string, number>;
  monitoringMonths: 6 | 12;
  reportingMonths: 6 | 12;
  dataSource: string | null;
  /** First plan year the indicator counts in (added by a plan update); null: from the start year. */
  sinceYear: number | null;
  /** The chart's y axis starts at 0 (default); false: it fits the data. A presentation setting. */
  chartFromZero: boolean;
  position: number;
  version: number;
}

/** An entry of an indicator; its workflow state (domain.md 6) is the trail's: imported values are approved. */
export interface IndicatorValueResponse extends EntryTrail {
  period: string;
  value: number;
  note: string | null;
  deviationReason: string | null;
  evidenceUrl: string | null;
  /** The first approved value, kept when the value was corrected after approval. */
  originalValue: number | null;
  correctionReason: string | null;
  /** Corrected after approval: show it as revised wherever the value is shown. */
  revised: boolean;
  /**
   * Outside the plausible range of the plan's plausibility rule and saved with the unit's note
   * (olağan dışı): shown to the approver.
   */
  implausible: boolean;
  /** A correction waiting for a second person's approval; the value above stays in force until then. */
  pendingCorrection: ValueCorrectionResponse | null;
  createdAt: string;
  updatedAt: string;
}

export interface PutValueRequest {
  value: number;
  note?: string;
  deviationReason?: string;
}

export interface ImportResponse {
  id: string;
  warnings: ValidationIssue[];
}

/** `POST /api/plans/:planId/copy`: a new draft from the plan's strategy (201 ImportResponse). */
export interface CopyPlanRequest {
  /** The new plan's first year; by default the year after the copied plan's last. */
  startYear?: number;
  /** By default "<start>-<end> Stratejik Planı". */
  title?: string;
}

/**
 * `GET /api/plans/:planId/previous-realisation`: what the plan this draft was copied from reached,
 * per indicator code — the latest year-end with an approved value of each indicator.
 */
export interface PreviousRealisationResponse {
  previousPlan: { id: string; title: string; startYear: number; endYear: number } | null;
  /** Approved values only, as the reports and the public pages. */
  basis: 'approved';
  indicators: PreviousIndicatorRealisation[];
}

export interface PreviousIndicatorRealisation {
  code: string;
  name: string;
  unit: string | null;
  /** The year-end the value is of (YYYY); null when the old plan has no approved value of it. */
  period: string | null;
  /** C of that year, the target B and the realisation rate (%), as the progress API gives them. */
  actual: number | null;
  target: number | null;
  rate: number | null;
}
