/** Plan updates (güncelleme) and versions, domain.md 5 UPDATE_RULES and 6. */

/** New yearly targets per indicator code and year: { "PG1.1.1": { "2027": 150000 } }. */
export type UpdateTargets = Record<string, Record<string, number>>;

/** POST /api/plans/:planId/updates */
export interface PlanUpdateRequest {
  /** The first year the new version is in force; earlier years keep their targets. */
  effectiveYear: number;
  reason: string;
  decisionDate?: string;
  decisionNumber?: string;
  targets: UpdateTargets;
}

/** One yearly target an update changed: the value before (null: there was none) and after. */
export interface TargetChange {
  indicator: string;
  year: number;
  old: number | null;
  new: number;
}

/** A version of the plan: 1 is the plan as first in force, each update adds one. */
export interface PlanVersionResponse {
  number: number;
  effectiveYear: number;
  reason: string;
  decisionDate: string | null;
  decisionNumber: string | null;
  /** Null for version 1: the plan as first in force is no stored update. */
  createdAt: string | null;
  changes: TargetChange[];
}

/** GET /api/plans/:planId/versions/:number/diff: one line per changed yearly target. */
export interface VersionDiffLine extends TargetChange {
  name: string | null;
}
