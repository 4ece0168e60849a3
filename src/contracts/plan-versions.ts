/** Plan updates (güncelleme) and versions, domain.md 5 UPDATE_RULES and 6. */
import type { IndicatorBasics, IndicatorDoc, YearAmounts } from './plan-document.js';

/**
 * A version's state: a planner proposes an update, the institution's administrator (the mayor's
 * office) approves it, and only then is it in force; or rejects it. Version 1 is approved.
 */
export const PLAN_VERSION_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

/** New yearly targets per indicator code and year: { "PG1.1.1": { "2027": 150000 } }. */
export type UpdateTargets = Record<string, Record<string, number>>;

/** New weights (hedefe etkisi, %) of existing indicators: { "PG1.1.1": 30 }. */
export type UpdateWeights = Record<string, number>;

/** An indicator an update adds to a target: its baseline and the targets of the remaining years. */
export interface UpdateIndicator
  extends
    Pick<IndicatorDoc, 'unit' | 'method' | 'monitoringMonths' | 'reportingMonths' | 'dataSource'>,
    IndicatorBasics {
  /** The target code it joins (H1.1). */
  target: string;
  /** A at the time it is added. */
  baseline: number;
  /** One target for every year from the effective year to the plan's end, none before. */
  targets: Record<string, number>;
}

/** Target card lists an update may replace (from its effective year on). */
export const CARD_LIST_FIELDS = ['risks', 'controls', 'strategies', 'findings', 'needs'] as const;
export type CardListField = (typeof CARD_LIST_FIELDS)[number];

/** Target card fields of one target an update changes: the cost estimate of remaining years, lists. */
export interface UpdateCard {
  costEstimate?: YearAmounts;
  risks?: string[];
  controls?: string[];
  strategies?: string[];
  findings?: string[];
  needs?: string[];
}

/** POST /api/plans/:planId/updates: at least one of targets, weights, indicators and cards. */
export interface PlanUpdateRequest {
  /** The first year the new version is in force; earlier years keep their targets and weights. */
  effectiveYear: number;
  reason: string;
  decisionDate?: string;
  decisionNumber?: string;
  targets?: UpdateTargets;
  weights?: UpdateWeights;
  indicators?: UpdateIndicator[];
  /** Per target code. */
  cards?: Record<string, UpdateCard>;
}

/** POST /api/plans/:planId/versions/:number/approve */
export interface ApproveUpdateRequest {
  /** The date the update comes into force (the mayor's approval), YYYY-MM-DD; default today (UTC). */
  date?: string;
}

/** POST /api/plans/:planId/versions/:number/reject */
export interface RejectUpdateRequest {
  reason: string;
}

/** One yearly target an update changed: the value before (null: there was none) and after. */
export interface TargetChange {
  indicator: string;
  year: number;
  old: number | null;
  new: number;
}

/** One weight an update changed; the old weight stays in force for the years before the update. */
export interface WeightChange {
  indicator: string;
  target: string;
  old: number;
  new: number;
}

/** An indicator the update added; it counts from the update's effective year on. */
export type AddedIndicator = UpdateIndicator;

/** One target card field an update changed. */
export type CardChange =
  | { target: string; field: 'costEstimate'; year: number; old: number | null; new: number }
  | { target: string; field: CardListField; old: string[]; new: string[] };

/** A version of the plan: 1 is the plan as first in force, each update adds one. */
export interface PlanVersionResponse {
  number: number;
  status: PlanVersionStatus;
  effectiveYear: number;
  reason: string;
  decisionDate: string | null;
  decisionNumber: string | null;
  /** The user who proposed the update; null for version 1 and updates made before approvals. */
  proposedBy: string | null;
  /** When it was proposed; null for version 1: the plan as first in force is no stored update. */
  createdAt: string | null;
  /** The administrator who approved or rejected it, and when. */
  decidedBy: string | null;
  decidedAt: string | null;
  /** The date the version came into force (approval); null while proposed or when rejected. */
  effectiveDate: string | null;
  rejectionReason: string | null;
  /**
   * What it changes, old and new. While proposed, "old" is the value when it was proposed; the
   * approval computes the changes again against the plan as it then is.
   */
  changes: TargetChange[];
  weightChanges: WeightChange[];
  addedIndicators: AddedIndicator[];
  cardChanges: CardChange[];
}

/** GET /api/plans/:planId/versions/:number/diff: one line per change against the previous version. */
export type VersionDiffLine =
  | ({ kind: 'target'; name: string | null } & TargetChange)
  | ({ kind: 'weight'; name: string | null } & WeightChange)
  | {
      kind: 'indicator';
      indicator: string;
      name: string;
      target: string;
      weight: number;
      baseline: number;
      targets: Record<string, number>;
    }
  | ({ kind: 'card' } & CardChange);
