import type { ValueType } from '../../contracts/plan-document.js';
import {
  DEFAULT_PROGRAMME_COST_TOLERANCE,
  spendingTotal,
  type ActivityProgressResponse,
  type ProgrammeActivityResponse,
  type ProgrammeCosts,
  type ProgrammeFigure,
  type ProgrammeIndicatorResponse,
  type ProgrammeResponse,
  type ProgrammeTablesResponse,
  type ProgrammeTargetResponse,
  type ResourceNeed,
} from '../../contracts/programme.js';
import { parseAssessedPeriod } from '../periods/period-keys.js';
import { computeActual } from '../progress/actual-value.js';
import { periodProgress, type ProgressRow } from './activity-progress.js';
import type { ProgrammeActivityProgress } from './programme-activity-progress.entity.js';
import type { ProgrammeActivity } from './programme-activity.entity.js';
import type { ProgrammeIndicator } from './programme-indicator.entity.js';
import { programmeYears, targetOfYear, type ProgrammeFacts } from './programme-rules.js';
import {
  activityCostTables,
  identityBreaks,
  performanceTable,
  resourceTable,
  responsibilityTable,
} from './programme-tables.js';
import type { ProgrammeTarget } from './programme-target.entity.js';
import type { Programme } from './programme.entity.js';

/** A target of the plan as the programme reads it. */
export interface PlanTargetRow {
  id: string;
  code: string;
  title: string;
  aimCode: string;
  costEstimate: Record<string, number> | null;
}

/** An indicator of the plan with its yearly targets and its approved entries. */
export interface PlanIndicatorRow {
  id: string;
  targetId: string;
  code: string;
  name: string;
  unit: string | null;
  valueType: ValueType;
  baseline: number | null;
  monitoringMonths: 6 | 12 | null;
  /** Yearly targets by year. */
  targets: Record<string, number>;
  /** Approved entries by entry period. */
  approved: Record<string, { value: number }>;
}

/** Everything one programme is read from. */
export interface ProgrammeRows {
  plan: { id: string; startYear: number; endYear: number; tolerance: number | undefined };
  programme: Programme;
  targets: ProgrammeTarget[];
  indicators: ProgrammeIndicator[];
  activities: Array<ProgrammeActivity & { unitCode: string | null; unitName: string | null }>;
  planTargets: PlanTargetRow[];
  planIndicators: PlanIndicatorRow[];
  /** The activities' progress entries (any status). */
  progress: Array<ProgressRow & { activityId: string }>;
}

/** A programme read whole: the API's answer, the costs tables 1–5 are computed from, and the rules' facts. */
export interface ProgrammeView {
  response: ProgrammeResponse;
  costs: ProgrammeCosts;
  facts: ProgrammeFacts;
}

const need = (value: Partial<ResourceNeed> | null | undefined): ResourceNeed => ({
  budget: { ...(value?.budget ?? {}) },
  offBudget: { ...(value?.offBudget ?? {}) },
});

/**
 * An indicator's figure of `year`: the year-end value computed from the approved entries
 * (`actual`) for a year before the programme's, the plan's yearly target (`plan`) for the
 * programme's own; else what was typed into the programme (`entered`); else missing.
 */
export function figureOf(
  indicator: PlanIndicatorRow,
  entered: Record<string, number>,
  year: number,
  programmeYear: number,
  plan: { startYear: number; endYear: number },
): ProgrammeFigure {
  if (year < programmeYear) {
    const assessed = parseAssessedPeriod(String(year), plan.startYear, plan.endYear);
    if (assessed !== null) {
      const actual = computeActual(
        {
          baseline: indicator.baseline,
          valueType: indicator.valueType,
          monitoringMonths: indicator.monitoringMonths ?? undefined,
          values: indicator.approved,
        },
        assessed,
        plan.startYear,
      );
      if (actual.status === 'ok') return { year, value: actual.actual, source: 'actual' };
    }
  } else {
    const target = indicator.targets[String(year)];
    if (target !== undefined) return { year, value: target, source: 'plan' };
  }
  const typed = entered[String(year)];
  return typed === undefined
    ? { year, value: null, source: null }
    : { year, value: typed, source: 'entered' };
}

export function toProgrammeView(rows: ProgrammeRows): ProgrammeView {
  const { programme, plan } = rows;
  const year = programme.year;
  const planTargets = new Map(rows.planTargets.map((target) => [target.id, target]));
  const activityResponses = new Map<string, ProgrammeActivityResponse[]>();
  for (const activity of rows.activities) {
    const cost = need({ budget: activity.budget, offBudget: activity.offBudget });
    const [table] = activityCostTables({
      year,
      targets: [
        {
          code: '',
          aimCode: '',
          targetCode: '',
          title: '',
          activities: [
            { code: activity.code, name: activity.name, responsibleUnit: activity.unitCode, cost },
          ],
        },
      ],
      generalAdministration: need(null),
      transfers: need(null),
      proposal: {},
    });
    const list = activityResponses.get(activity.programmeTargetId) ?? [];
    list.push({
      id: activity.id,
      code: activity.code,
      name: activity.name,
      unit: activity.unitCode,
      unitName: activity.unitName,
      description: activity.description,
      cost,
      amounts: { budget: table.budgetTotal, offBudget: table.offBudgetTotal, total: table.total },
      progress: periodProgress(
        year,
        rows.progress.filter((row) => row.activityId === activity.id),
      ),
      position: activity.position,
      version: activity.version,
    });
    activityResponses.set(activity.programmeTargetId, list);
  }
  const targets: ProgrammeTargetResponse[] = rows.targets.map((row) => {
    const planTarget = row.targetId === null ? undefined : planTargets.get(row.targetId);
    const indicators: ProgrammeIndicatorResponse[] = planTarget
      ? rows.planIndicators
          .filter((indicator) => indicator.targetId === planTarget.id)
          .map((indicator) => {
            const stored = rows.indicators.find(
              (item) => item.programmeTargetId === row.id && item.indicatorId === indicator.id,
            );
            return {
              code: indicator.code,
              name: indicator.name,
              unit: indicator.unit,
              figures: programmeYears(year).map((figureYear) =>
                figureOf(indicator, stored?.entered ?? {}, figureYear, year, plan),
              ),
              explanation: stored?.explanation ?? null,
              version: stored?.version ?? 0,
            };
          })
      : [];
    return {
      id: row.id,
      code: row.code,
      targetCode: planTarget?.code ?? null,
      aimCode: planTarget?.aimCode ?? null,
      title: planTarget?.title ?? null,
      explanation: row.explanation,
      indicators,
      activities: (activityResponses.get(row.id) ?? []).sort((a, b) => a.position - b.position),
      position: row.position,
      version: row.version,
    };
  });
  const response: ProgrammeResponse = {
    id: programme.id,
    planId: programme.planId,
    year,
    format: programme.format,
    status: programme.status,
    submittedOn: programme.submittedOn,
    decisionDate: programme.decisionDate,
    decisionNumber: programme.decisionNumber,
    publishedOn: programme.publishedOn,
    revision: programme.revision,
    proposal: { ...programme.proposal },
    generalAdministration: need(programme.generalAdministration),
    transfers: need(programme.transfers),
    targets,
    version: programme.version,
  };
  const costs: ProgrammeCosts = {
    year,
    targets: targets.map((target) => ({
      code: target.code,
      aimCode: target.aimCode ?? '',
      targetCode: target.targetCode ?? '',
      title: target.title ?? '',
      activities: target.activities.map((activity) => ({
        code: activity.code,
        name: activity.name,
        responsibleUnit: activity.unit,
        cost: activity.cost,
      })),
    })),
    generalAdministration: response.generalAdministration,
    transfers: response.transfers,
    proposal: response.proposal,
  };
  const indicatorYears = (targetId: string): number[] =>
    rows.planIndicators
      .filter((indicator) => indicator.targetId === targetId)
      .flatMap((indicator) => Object.keys(indicator.targets).map(Number));
  const facts: ProgrammeFacts = {
    costs,
    tolerance: plan.tolerance ?? DEFAULT_PROGRAMME_COST_TOLERANCE,
    targets: targets.map((target, index) => {
      const planTarget =
        rows.targets[index].targetId === null
          ? undefined
          : planTargets.get(rows.targets[index].targetId ?? '');
      const estimate = planTarget?.costEstimate?.[String(year)];
      return {
        code: target.code,
        targetCode: target.targetCode,
        ofYear: planTarget
          ? targetOfYear(year, indicatorYears(planTarget.id), planTarget.costEstimate)
          : false,
        costEstimate: estimate ?? null,
        indicators: target.indicators.map(({ code, unit, figures }) => ({ code, unit, figures })),
        activities: target.activities.map((activity) => ({
          code: activity.code,
          unit: activity.unit,
          total: activity.amounts.total,
        })),
      };
    }),
  };
  return { response, costs, facts };
}

/** Tables 1–5 of a programme. */
export function tablesOf(view: ProgrammeView): ProgrammeTablesResponse {
  return {
    planId: view.response.planId,
    year: view.response.year,
    indicators: view.response.targets.map((target) => ({
      code: target.code,
      explanation: target.explanation,
      indicators: target.indicators,
    })),
    activityCosts: activityCostTables(view.costs),
    performance: performanceTable(view.costs),
    resources: resourceTable(view.costs),
    responsibilities: responsibilityTable(view.costs),
    identityBreaks: identityBreaks(view.costs),
  };
}

/** A progress entry of an activity (of the programme of `year`) as the API shows it. */
export function toProgressResponse(
  row: ProgrammeActivityProgress,
  activity: string,
  year: number,
): ActivityProgressResponse {
  return {
    activity,
    year,
    period: row.period,
    percent: row.percent,
    note: row.note,
    spending: { ...row.spending },
    spendingTotal: spendingTotal(row.spending),
    status: row.status,
    returnComment: row.returnComment,
    enteredBy: row.enteredBy,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
    version: row.version,
  };
}
