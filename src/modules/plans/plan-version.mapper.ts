import type { PlanVersionResponse, TargetChange } from '../../contracts/plan-versions.js';
import type { PlanVersion } from './plan-version.entity.js';
import type { Plan } from './plan.entity.js';

/** Version 1 is the plan as the council put it in force, from its first year. */
export function firstVersion(plan: Plan): PlanVersionResponse {
  return {
    number: 1,
    effectiveYear: plan.startYear,
    reason: 'Yürürlüğe giren ilk plan',
    decisionDate: plan.councilDecisionDate,
    decisionNumber: plan.councilDecisionNumber,
    createdAt: null,
    changes: [],
  };
}

export function toVersionResponse(version: PlanVersion): PlanVersionResponse {
  return {
    number: version.number,
    effectiveYear: version.effectiveYear,
    reason: version.reason,
    decisionDate: version.decisionDate,
    decisionNumber: version.decisionNumber,
    createdAt: version.createdAt.toISOString(),
    changes: version.changes.map((change: TargetChange) => ({ ...change })),
  };
}
