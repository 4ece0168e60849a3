import { DEFAULT_PLAN_SETTINGS } from '../../contracts/plan-document.js';
import type {
  AimResponse,
  PlanResponse,
  PlanSummaryResponse,
  TargetResponse,
} from '../../contracts/resources.js';
import type { Institution } from '../institutions/institution.entity.js';
import type { Aim } from './aim.entity.js';
import type { CoreValue } from './core-value.entity.js';
import type { Plan } from './plan.entity.js';
import type { Target } from './target.entity.js';
import { planHeading } from './plan-lifecycle.js';
import { istanbulDate, istanbulYear } from '../../common/clock.js';
import { storedPlanTimeline } from './preparation-timeline.js';

export interface PlanCounts {
  aims: number;
  targets: number;
  indicators: number;
  values: number;
}

export function toPlanSummaryResponse(
  plan: Plan,
  institution: Institution,
  counts: PlanCounts,
): PlanSummaryResponse {
  return {
    ...planHeading(plan, istanbulYear()),
    institution: { id: institution.id, name: institution.name, kind: institution.kind },
    counts,
  };
}

export function toPlanResponse(
  plan: Plan,
  institution: Institution,
  counts: PlanCounts,
  coreValues: CoreValue[],
): PlanResponse {
  return {
    ...toPlanSummaryResponse(plan, institution, counts),
    mission: plan.mission,
    vision: plan.vision,
    values: coreValues.map((value) => ({
      title: value.title,
      ...(value.description ? { description: value.description } : {}),
    })),
    submittedToCouncil: plan.submittedToCouncil,
    councilDecision:
      plan.councilDecisionDate || plan.councilDecisionNumber
        ? { date: plan.councilDecisionDate, number: plan.councilDecisionNumber }
        : null,
    closedOn: plan.closedOn,
    population: plan.population,
    electionDate: plan.electionDate,
    settings: { ...DEFAULT_PLAN_SETTINGS, ...(plan.settings ?? {}) },
    costing: plan.costing,
    publishedAt: plan.publishedAt ? plan.publishedAt.toISOString() : null,
    previousPlanId: plan.previousPlanId,
    preparation: storedPlanTimeline(plan, institution, istanbulDate()),
    version: plan.version,
  };
}

export function toAimResponse(aim: Aim, targetCodes: string[]): AimResponse {
  return {
    code: aim.code,
    title: aim.title,
    position: aim.position,
    targets: targetCodes,
    version: aim.version,
  };
}

export function toTargetResponse(
  target: Target,
  aimCode: string,
  unitCodes: { responsible: string; collaborating: string[] },
  indicatorCodes: string[],
): TargetResponse {
  return {
    code: target.code,
    aim: aimCode,
    title: target.title,
    position: target.position,
    responsibleUnit: unitCodes.responsible,
    collaboratingUnits: unitCodes.collaborating,
    risks: target.risks ?? [],
    controls: target.controls ?? [],
    strategies: target.strategies ?? [],
    activities: target.activities ?? [],
    costEstimate: target.costEstimate ?? {},
    findings: target.findings ?? [],
    needs: target.needs ?? [],
    indicators: indicatorCodes,
    version: target.version,
  };
}
