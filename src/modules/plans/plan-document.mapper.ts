import { groupBy } from '../../common/objects.js';
import type {
  ActivityDoc,
  IndicatorDoc,
  PlanDocument,
  TargetDoc,
  ValueDoc,
  YearAmounts,
} from '../../contracts/plan-document.js';
import { PLAN_DOCUMENT_FORMAT } from '../../contracts/plan-document.js';
import { answersByTarget, toAnalysisDoc, type AnalysisRows } from '../analysis/analysis-document.mapper.js';
import type { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import type { IndicatorValue } from '../indicators/indicator-value.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Institution } from '../institutions/institution.entity.js';
import type { Unit } from '../institutions/unit.entity.js';
import type { Aim } from './aim.entity.js';
import type { CoreValue } from './core-value.entity.js';
import type { Plan } from './plan.entity.js';
import type { TargetCollaborator } from './target-collaborator.entity.js';
import type { Target } from './target.entity.js';

/** Every row of one plan, as loaded for its document (sorted by position). */
export interface PlanRows {
  institution: Institution;
  units: Unit[];
  plan: Plan;
  coreValues: CoreValue[];
  aims: Aim[];
  targets: Target[];
  collaborators: TargetCollaborator[];
  indicators: Indicator[];
  yearlyTargets: IndicatorTarget[];
  values: IndicatorValue[];
  /** The situation analysis; left out by readers that build no document with it. */
  analysis?: AnalysisRows;
}

/**
 * The plan as its document (plan-document.md). Optional fields appear only when set, in the
 * contract's key order, so import → export → import → export is stable.
 */
export function toPlanDocument(rows: PlanRows): PlanDocument {
  const unitCode = new Map(rows.units.map((unit) => [unit.id, unit.code]));
  const targetsByAim = groupBy(rows.targets, (target) => target.aimId);
  const collaboratorsByTarget = groupBy(rows.collaborators, (link) => link.targetId);
  const indicatorsByTarget = groupBy(rows.indicators, (indicator) => indicator.targetId);
  const yearlyByIndicator = groupBy(rows.yearlyTargets, (row) => row.indicatorId);
  const valuesByIndicator = groupBy(rows.values, (row) => row.indicatorId);
  const { institution, plan } = rows;
  const analysis = rows.analysis ? toAnalysisDoc(rows.analysis) : null;
  const answers = rows.analysis ? answersByTarget(rows.analysis) : new Map<string, string[]>();

  const toIndicator = (indicator: Indicator): IndicatorDoc => {
    const values = sortPeriods(valuesByIndicator.get(indicator.id) ?? []);
    return {
      code: indicator.code,
      name: indicator.name,
      ...optional('unit', indicator.unit),
      weight: indicator.weight,
      direction: indicator.direction,
      valueType: indicator.valueType,
      ...optional('method', indicator.method),
      baseline: indicator.baseline,
      targets: Object.fromEntries(
        [...(yearlyByIndicator.get(indicator.id) ?? [])]
          .sort((a, b) => a.year - b.year)
          .map((row) => [String(row.year), row.value]),
      ),
      ...(indicator.halfYearTargets && Object.keys(indicator.halfYearTargets).length > 0
        ? { halfYearTargets: indicator.halfYearTargets }
        : {}),
      ...optional('monitoringMonths', indicator.monitoringMonths),
      ...optional('reportingMonths', indicator.reportingMonths),
      ...optional('dataSource', indicator.dataSource),
      ...optional('sinceYear', indicator.sinceYear),
      // Written only when it departs from the default, so documents without it round-trip as they are.
      ...(indicator.chartFromZero === false ? { chartFromZero: false } : {}),
      ...(values.length > 0
        ? { values: Object.fromEntries(values.map((row) => [row.period, toValueDoc(row)])) }
        : {}),
    };
  };

  const toTarget = (target: Target): TargetDoc => {
    const collaborators = [...(collaboratorsByTarget.get(target.id) ?? [])].sort(
      (a, b) => a.position - b.position,
    );
    return {
      code: target.code,
      title: target.title,
      responsibleUnit: unitCode.get(target.responsibleUnitId) ?? '',
      ...(collaborators.length > 0
        ? { collaboratingUnits: collaborators.map((link) => unitCode.get(link.unitId) ?? '') }
        : {}),
      ...optional('risks', target.risks),
      ...optional('controls', target.controls),
      ...optional('strategies', target.strategies),
      ...optional('activities', target.activities?.map(toActivityDoc) ?? null),
      ...optional('costEstimate', target.costEstimate ? sortYears(target.costEstimate) : null),
      ...optional('findings', target.findings),
      ...optional('needs', target.needs),
      ...optional('answers', answers.get(target.id)),
      indicators: (indicatorsByTarget.get(target.id) ?? []).map(toIndicator),
    };
  };

  return {
    format: PLAN_DOCUMENT_FORMAT,
    institution: {
      name: institution.name,
      kind: institution.kind,
      ...optional('population', plan.population),
      ...optional('electionDate', plan.electionDate),
    },
    units: rows.units.map((unit) => {
      const parent = unit.parentId ? unitCode.get(unit.parentId) : undefined;
      return { code: unit.code, name: unit.name, ...(parent ? { parent } : {}) };
    }),
    plan: {
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      ...optional('status', plan.status),
      ...optional('mission', plan.mission),
      ...optional('vision', plan.vision),
      values: rows.coreValues.map((value) => ({
        title: value.title,
        ...optional('description', value.description),
      })),
      ...optional('submittedToCouncil', plan.submittedToCouncil),
      ...(plan.councilDecisionDate !== null || plan.councilDecisionNumber !== null
        ? {
            councilDecision: {
              date: plan.councilDecisionDate ?? '',
              number: plan.councilDecisionNumber ?? '',
            },
          }
        : {}),
      ...optional('closedOn', plan.closedOn),
      ...optional('settings', plan.settings),
      ...optional('costing', plan.costing),
      ...optional('analysis', analysis),
      aims: rows.aims.map((aim) => ({
        code: aim.code,
        title: aim.title,
        targets: (targetsByAim.get(aim.id) ?? []).map(toTarget),
      })),
    },
  };
}

/**
 * An entry as the document gives it: with its workflow status, so a re-import keeps a draft a
 * draft, and a corrected value with its original value and the reason.
 */
export function toValueDoc(
  row: Pick<IndicatorValue, 'value' | 'note' | 'deviationReason'> &
    Partial<Pick<IndicatorValue, 'status' | 'revised' | 'originalValue' | 'correctionReason'>>,
): ValueDoc {
  return {
    value: row.value,
    ...optional('note', row.note),
    ...optional('deviationReason', row.deviationReason),
    ...optional('status', row.status),
    ...(row.revised
      ? {
          revised: true,
          ...optional('originalValue', row.originalValue),
          ...optional('correctionReason', row.correctionReason),
        }
      : {}),
  };
}

function toActivityDoc(activity: ActivityDoc): ActivityDoc {
  return {
    ...optional('code', activity.code),
    name: activity.name,
    ...optional('responsibleUnit', activity.responsibleUnit),
    ...optional('cost', activity.cost ? sortYears(activity.cost) : undefined),
    ...optional('offBudgetCost', activity.offBudgetCost ? sortYears(activity.offBudgetCost) : undefined),
  };
}

function sortYears(amounts: YearAmounts): YearAmounts {
  return Object.fromEntries(Object.entries(amounts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Entry periods in time order: 2025, 2025-H1, 2025-H2 sort as strings correctly within a year. */
function sortPeriods(values: IndicatorValue[]): IndicatorValue[] {
  return [...values].sort((a, b) => a.period.localeCompare(b.period));
}

function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
