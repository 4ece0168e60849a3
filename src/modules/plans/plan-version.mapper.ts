import type { PlanVersionResponse, VersionDiffLine } from '../../contracts/plan-versions.js';
import type { PlanVersion } from './plan-version.entity.js';
import type { Plan } from './plan.entity.js';

/** Version 1 is the plan as the council put it in force, from its first year. */
export function firstVersion(plan: Plan): PlanVersionResponse {
  return {
    number: 1,
    status: 'approved',
    effectiveYear: plan.startYear,
    reason: 'Yürürlüğe giren ilk plan',
    decisionDate: plan.councilDecisionDate,
    decisionNumber: plan.councilDecisionNumber,
    proposedBy: null,
    createdAt: null,
    decidedBy: null,
    decidedAt: null,
    effectiveDate: plan.councilDecisionDate,
    rejectionReason: null,
    changes: [],
    weightChanges: [],
    addedIndicators: [],
    cardChanges: [],
  };
}

export function toVersionResponse(version: PlanVersion): PlanVersionResponse {
  return {
    number: version.number,
    status: version.status,
    effectiveYear: version.effectiveYear,
    reason: version.reason,
    decisionDate: version.decisionDate,
    decisionNumber: version.decisionNumber,
    proposedBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    decidedBy: version.decidedBy,
    decidedAt: version.decidedAt ? version.decidedAt.toISOString() : null,
    effectiveDate: version.effectiveDate,
    rejectionReason: version.rejectionReason,
    changes: version.changes.map((change) => ({ ...change })),
    weightChanges: version.weightChanges.map((change) => ({ ...change })),
    addedIndicators: version.addedIndicators.map((item) => ({ ...item, targets: { ...item.targets } })),
    cardChanges: version.cardChanges.map((change) => ({ ...change })),
  };
}

/**
 * The lines of a version's difference against the previous one: yearly targets, weights (with
 * the indicator's name), added indicators, then target card fields.
 */
export function toDiffLines(version: PlanVersion, names: ReadonlyMap<string, string>): VersionDiffLine[] {
  return [
    ...version.changes.map((change): VersionDiffLine => ({
      kind: 'target',
      ...change,
      name: names.get(change.indicator) ?? null,
    })),
    ...version.weightChanges.map((change): VersionDiffLine => ({
      kind: 'weight',
      ...change,
      name: names.get(change.indicator) ?? null,
    })),
    ...version.addedIndicators.map((item): VersionDiffLine => ({
      kind: 'indicator',
      indicator: item.code,
      name: item.name,
      target: item.target,
      weight: item.weight,
      baseline: item.baseline,
      targets: { ...item.targets },
    })),
    ...version.cardChanges.map((change): VersionDiffLine => ({ kind: 'card', ...change })),
  ];
}
