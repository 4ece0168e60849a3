import {
  DEFAULT_PROGRAMME_COST_TOLERANCE,
  type BudgetActivityResponse,
  type BudgetCostGrid,
  type BudgetGoalResponse,
  type BudgetIndicatorResponse,
  type ProgrammeBudgetResponse,
  type ResourceNeed,
} from '../../contracts/programme.js';
import { periodProgress, type ProgressRow } from './activity-progress.js';
import { addTotals, costTotals, indicatorFigures, type BudgetFacts } from './programme-budget-rules.js';
import { targetOfYear } from './programme-rules.js';
import type { Programme } from './programme.entity.js';

/** Everything a programme-budget card is read from. */
export interface BudgetRows {
  plan: { id: string; tolerance: number | undefined };
  programme: Programme;
  programmes: Array<{ id: string; code: string; name: string; version: number }>;
  subProgrammes: Array<{
    id: string;
    budgetProgrammeId: string;
    code: string;
    name: string;
    version: number;
  }>;
  goals: Array<{ id: string; subProgrammeId: string; code: string; title: string; version: number }>;
  /** A goal's links to plan targets, with the target's years (of its indicators' targets) and cost estimate. */
  links: Array<{
    goalId: string;
    code: string;
    title: string;
    aimCode: string;
    costEstimate: Record<string, number> | null;
    years: number[];
  }>;
  indicators: Array<{
    id: string;
    goalId: string;
    code: string;
    name: string;
    unit: string | null;
    figures: Partial<Record<string, number>>;
    version: number;
  }>;
  activities: Array<{
    id: string;
    goalId: string;
    code: string;
    name: string;
    unitCode: string | null;
    unitName: string | null;
    costs: BudgetCostGrid;
    legalBasis: string | null;
    rationale: string | null;
    costElements: string | null;
    budgetLines: string | null;
    version: number;
  }>;
  /** The activities' progress entries, any status (budget-activity-progress.repository.ts). */
  progress: Array<ProgressRow & { budgetActivityId: string }>;
}

/** A card read whole: the API's answer and the rules' facts. */
export interface BudgetView {
  response: ProgrammeBudgetResponse;
  facts: BudgetFacts;
}

const need = (value: Partial<ResourceNeed> | null | undefined): ResourceNeed => ({
  budget: { ...(value?.budget ?? {}) },
  offBudget: { ...(value?.offBudget ?? {}) },
});

export function toBudgetView(rows: BudgetRows): BudgetView {
  const year = rows.programme.year;
  const facts: BudgetFacts = {
    year,
    tolerance: rows.plan.tolerance ?? DEFAULT_PROGRAMME_COST_TOLERANCE,
    proposal: { ...rows.programme.proposal },
    generalAdministration: need(rows.programme.generalAdministration),
    transfers: need(rows.programme.transfers),
    goals: [],
  };
  const programmes = rows.programmes.map((programme, p) => {
    const subProgrammes = rows.subProgrammes
      .filter((sub) => sub.budgetProgrammeId === programme.id)
      .map((sub, s) => {
        const goals = rows.goals
          .filter((goal) => goal.subProgrammeId === sub.id)
          .map((goal, g): BudgetGoalResponse => {
            const links = rows.links.filter((link) => link.goalId === goal.id);
            const indicators = rows.indicators
              .filter((indicator) => indicator.goalId === goal.id)
              .map((indicator): BudgetIndicatorResponse => ({
                id: indicator.id,
                code: indicator.code,
                name: indicator.name,
                unit: indicator.unit,
                figures: indicatorFigures(indicator.figures),
                version: indicator.version,
              }));
            const activities = rows.activities
              .filter((activity) => activity.goalId === goal.id)
              .map((activity): BudgetActivityResponse => ({
                id: activity.id,
                code: activity.code,
                name: activity.name,
                unit: activity.unitCode,
                unitName: activity.unitName,
                costs: activity.costs,
                totals: costTotals([activity.costs]),
                justification: {
                  legalBasis: activity.legalBasis,
                  rationale: activity.rationale,
                  costElements: activity.costElements,
                  budgetLines: activity.budgetLines,
                },
                progress: periodProgress(
                  year,
                  rows.progress.filter((row) => row.budgetActivityId === activity.id),
                ),
                version: activity.version,
              }));
            facts.goals.push({
              at: `programmes[${p}].subProgrammes[${s}].goals[${g}]`,
              code: goal.code,
              targets: links.map((link) => ({
                code: link.code,
                ofYear: targetOfYear(year, link.years, link.costEstimate),
                costEstimate: link.costEstimate?.[String(year)] ?? null,
              })),
              indicators: indicators.map(({ code, unit, figures }) => ({ code, unit, figures })),
              activities: activities.map(({ code, unit, costs }) => ({ code, unit, costs })),
            });
            return {
              id: goal.id,
              code: goal.code,
              title: goal.title,
              targets: links.map(({ code, title, aimCode }) => ({ code, title, aimCode })),
              indicators,
              activities,
              totals: costTotals(activities.map((activity) => activity.costs)),
              version: goal.version,
            };
          });
        return {
          id: sub.id,
          code: sub.code,
          name: sub.name,
          goals,
          totals: addTotals(goals.map((goal) => goal.totals)),
          version: sub.version,
        };
      });
    return {
      id: programme.id,
      code: programme.code,
      name: programme.name,
      subProgrammes,
      totals: addTotals(subProgrammes.map((sub) => sub.totals)),
      version: programme.version,
    };
  });
  return {
    response: {
      planId: rows.plan.id,
      year,
      format: rows.programme.format,
      status: rows.programme.status,
      revision: rows.programme.revision,
      years: { tMinus2: year - 2, tMinus1: year - 1, t: year, tPlus1: year + 1, tPlus2: year + 2 },
      programmes,
      totals: addTotals(programmes.map((programme) => programme.totals)),
    },
    facts,
  };
}
