/**
 * "Önceki plandan kopyala" (issue 12 point 1), pure: a new five-year draft that starts from the
 * previous plan's strategy. The texts carry over — mission, vision, core values, aims, targets
 * with their units, risks, controls, strategies, findings and needs, activities, and indicators
 * with their definitions and weights — as a starting point for the planning team. No number of
 * the old plan is put into the new one unasked: baselines are left empty (the workspace shows the
 * old plan's last realisation beside each indicator for the team to take), yearly targets, costs,
 * resources and values start empty, and the election and council dates are the new plan's own.
 */
import type { ActivityDoc, IndicatorDoc, PlanDocument, TargetDoc } from '../../contracts/plan-document.js';
import { PLAN_YEARS } from './rules/plan-period.js';

export interface CopyOptions {
  /** The new plan's first year; by default the year after the old plan's last. */
  startYear?: number;
  /** By default "<start>-<end> Stratejik Planı". */
  title?: string;
}

export function copiedPlanDocument(source: PlanDocument, options: CopyOptions = {}): PlanDocument {
  const startYear = options.startYear ?? source.plan.endYear + 1;
  const endYear = startYear + PLAN_YEARS - 1;
  const { plan } = source;
  return {
    format: source.format,
    // The new plan follows the next local election, not the old one: the team enters its date.
    institution: {
      name: source.institution.name,
      kind: source.institution.kind,
      ...(source.institution.population === undefined ? {} : { population: source.institution.population }),
    },
    units: source.units.map((unit) => ({ ...unit })),
    plan: {
      title: options.title?.trim() || `${startYear}-${endYear} Stratejik Planı`,
      startYear,
      endYear,
      status: 'taslak',
      ...(plan.mission === undefined ? {} : { mission: plan.mission }),
      ...(plan.vision === undefined ? {} : { vision: plan.vision }),
      values: (plan.values ?? []).map((value) => ({ ...value })),
      ...(plan.settings === undefined ? {} : { settings: { ...plan.settings } }),
      aims: plan.aims.map((aim) => ({
        code: aim.code,
        title: aim.title,
        targets: aim.targets.map(copiedTarget),
      })),
    },
  };
}

function copiedTarget(target: TargetDoc): TargetDoc {
  const lists = (
    ['collaboratingUnits', 'risks', 'controls', 'strategies', 'findings', 'needs'] as const
  ).flatMap((field) => (target[field] === undefined ? [] : [[field, [...(target[field] ?? [])]] as const]));
  return {
    code: target.code,
    title: target.title,
    responsibleUnit: target.responsibleUnit,
    ...Object.fromEntries(lists),
    ...(target.activities === undefined ? {} : { activities: target.activities.map(copiedActivity) }),
    indicators: target.indicators.map(copiedIndicator),
  };
}

function copiedActivity(activity: ActivityDoc): ActivityDoc {
  return {
    ...(activity.code === undefined ? {} : { code: activity.code }),
    name: activity.name,
    ...(activity.responsibleUnit === undefined ? {} : { responsibleUnit: activity.responsibleUnit }),
  };
}

function copiedIndicator(indicator: IndicatorDoc): IndicatorDoc {
  const kept = (
    ['unit', 'method', 'monitoringMonths', 'reportingMonths', 'dataSource', 'chartFromZero'] as const
  ).flatMap((field) => (indicator[field] === undefined ? [] : [[field, indicator[field]] as const]));
  return {
    code: indicator.code,
    name: indicator.name,
    weight: indicator.weight,
    direction: indicator.direction,
    valueType: indicator.valueType,
    baseline: null,
    targets: {},
    ...Object.fromEntries(kept),
  };
}
