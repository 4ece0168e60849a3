/**
 * The programme-budget format of the performance programme (planning-cycle.md 3) over plain
 * shapes: the checks of a cost grid and of an indicator's figures before a write, the column sums
 * of the cards (exact to the kuruş), and the findings of GET …/programmes/:year/validation for
 * this format (PP_TARGET_IN_PLAN, PP_INDICATOR_COMPLETE, PP_ACTIVITY_UNIT, PP_COST_VS_PLAN,
 * PP_RESOURCE_IDENTITY). Pure: no framework, no I/O.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import { budgetIndicatorColumnTitle } from '../../contracts/labels.js';
import {
  BUDGET_COST_COLUMNS,
  BUDGET_INDICATOR_COLUMNS,
  ECONOMIC_CODES,
  FUNDING_TYPES,
  type BudgetCostColumn,
  type BudgetCostGrid,
  type BudgetCostTotals,
  type BudgetIndicatorColumn,
  type EconomicCode,
  type ProgrammeCosts,
  type ResourceNeed,
} from '../../contracts/programme.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { PROGRAMME_TEXTS } from '../../common/messages/programme-texts.js';
import {
  addActivityUnitFindings,
  addIdentityFindings,
  addIndicatorFindings,
  differsBeyond,
  findingList,
  isAmount,
} from './programme-rules.js';

/** Indicator figures below this in magnitude (as the classic programme's figures). */
const MAX_FIGURE = 1e15;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The problems of a cost grid at `path` ({ budget: { "03": { t: 100 } } }): a funding type other
 * than budget/offBudget, a code outside 01–09 (PP_ECONOMIC_CODE), a column other than the six, an
 * amount that is not a number of kuruş, a negative amount (PP_NEGATIVE_COST). Each names its field.
 */
export function costGridProblems(value: unknown, path: string, lang: Lang): ErrorDetail[] {
  if (value === undefined) return [];
  if (!isObject(value))
    return [{ path, code: 'INVALID_TYPE', message: PROGRAMME_TEXTS.PP_FUNDING_TYPE[lang]({ code: '' }) }];
  const { problems, refuse } = problemList();
  for (const [funding, codes] of Object.entries(value)) {
    const at = `${path}.${funding.slice(0, 40)}`;
    if (!(FUNDING_TYPES as readonly string[]).includes(funding)) {
      refuse(at, 'PP_FUNDING_TYPE', PROGRAMME_TEXTS.PP_FUNDING_TYPE[lang]({ code: funding.slice(0, 40) }));
      continue;
    }
    if (!isObject(codes)) {
      refuse(at, 'INVALID_TYPE', PROGRAMME_TEXTS.PP_ECONOMIC_CODE[lang]({ code: '' }));
      continue;
    }
    for (const [code, columns] of Object.entries(codes)) {
      const codeAt = `${at}.${code.slice(0, 40)}`;
      if (!(ECONOMIC_CODES as readonly string[]).includes(code)) {
        refuse(
          codeAt,
          'PP_ECONOMIC_CODE',
          PROGRAMME_TEXTS.PP_ECONOMIC_CODE[lang]({ code: code.slice(0, 40) }),
        );
        continue;
      }
      if (!isObject(columns)) {
        refuse(codeAt, 'INVALID_TYPE', PROGRAMME_TEXTS.PP_AMOUNT[lang]({ code }));
        continue;
      }
      for (const [column, amount] of Object.entries(columns)) {
        const columnAt = `${codeAt}.${column.slice(0, 40)}`;
        if (!(BUDGET_COST_COLUMNS as readonly string[]).includes(column))
          refuse(
            columnAt,
            'PP_BUDGET_COLUMN',
            PROGRAMME_TEXTS.PP_BUDGET_COLUMN[lang]({ code: column.slice(0, 40) }),
          );
        else if (!isAmount(amount))
          refuse(columnAt, 'INVALID_VALUE', PROGRAMME_TEXTS.PP_AMOUNT[lang]({ code }));
        else if (amount < 0)
          refuse(columnAt, 'PP_NEGATIVE_COST', PROGRAMME_TEXTS.PP_NEGATIVE_COST[lang]({ code }));
      }
    }
  }
  return problems;
}

/** The problems of an indicator's figures at `path`: a column other than the six, a figure that is neither a number nor null. */
export function figureProblems(value: unknown, path: string, lang: Lang): ErrorDetail[] {
  if (value === undefined) return [];
  if (!isObject(value))
    return [{ path, code: 'INVALID_TYPE', message: PROGRAMME_TEXTS.PP_FIGURE[lang]({ code: '' }) }];
  const { problems, refuse } = problemList();
  for (const [column, figure] of Object.entries(value)) {
    const at = `${path}.${column.slice(0, 40)}`;
    if (!(BUDGET_INDICATOR_COLUMNS as readonly string[]).includes(column))
      refuse(at, 'PP_BUDGET_COLUMN', PROGRAMME_TEXTS.PP_BUDGET_COLUMN[lang]({ code: column.slice(0, 40) }));
    else if (
      figure !== null &&
      (typeof figure !== 'number' || !Number.isFinite(figure) || Math.abs(figure) >= MAX_FIGURE)
    )
      refuse(at, 'INVALID_TYPE', PROGRAMME_TEXTS.PP_FIGURE[lang]({ code: column }));
  }
  return problems;
}

/** The problems of a body, in the order found, and the function that records one at its field. */
function problemList(): {
  problems: ErrorDetail[];
  refuse: (path: string, code: string, message: string) => void;
} {
  const problems: ErrorDetail[] = [];
  return { problems, refuse: (path, code, message) => void problems.push({ path, code, message }) };
}

/** The six figures of an indicator, null where none is stored. */
export function indicatorFigures(
  stored: Partial<Record<string, number | null>>,
): Record<BudgetIndicatorColumn, number | null> {
  const figures = {} as Record<BudgetIndicatorColumn, number | null>;
  for (const column of BUDGET_INDICATOR_COLUMNS) {
    const value = stored[column];
    figures[column] = typeof value === 'number' ? value : null;
  }
  return figures;
}

const kurus = (amount: number | undefined): number => Math.round((amount ?? 0) * 100);

/**
 * The column sums of cost grids: per column, bütçe içi, bütçe dışı and both, summed in whole
 * kuruş (0.1 + 0.2 is 0.3). A column no grid states sums to 0 TL, which is what the card shows.
 */
export function costTotals(grids: readonly BudgetCostGrid[]): BudgetCostTotals {
  const totals = {} as BudgetCostTotals;
  for (const column of BUDGET_COST_COLUMNS) {
    let budget = 0;
    let offBudget = 0;
    for (const grid of grids) {
      for (const code of ECONOMIC_CODES) {
        budget += kurus(grid.budget?.[code]?.[column]);
        offBudget += kurus(grid.offBudget?.[code]?.[column]);
      }
    }
    totals[column] = { budget: budget / 100, offBudget: offBudget / 100, total: (budget + offBudget) / 100 };
  }
  return totals;
}

/** The sum of many columns' totals (a sub-programme's of its goals', …), exact to the kuruş. */
export function addTotals(parts: readonly BudgetCostTotals[]): BudgetCostTotals {
  const totals = {} as BudgetCostTotals;
  for (const column of BUDGET_COST_COLUMNS) {
    const budget = parts.reduce((sum, part) => sum + kurus(part[column].budget), 0);
    const offBudget = parts.reduce((sum, part) => sum + kurus(part[column].offBudget), 0);
    totals[column] = { budget: budget / 100, offBudget: offBudget / 100, total: (budget + offBudget) / 100 };
  }
  return totals;
}

/** The bütçe içi amounts of one column by economic code (codes with none left out). */
export function columnByCode(
  grids: readonly BudgetCostGrid[],
  column: BudgetCostColumn,
): Partial<Record<EconomicCode, number>> {
  const byCode: Partial<Record<EconomicCode, number>> = {};
  for (const code of ECONOMIC_CODES) {
    let sum = 0;
    let stated = false;
    for (const grid of grids) {
      const amount = grid.budget?.[code]?.[column];
      if (amount !== undefined) {
        stated = true;
        sum += kurus(amount);
      }
    }
    if (stated) byCode[code] = sum / 100;
  }
  return byCode;
}

/** What the validation of a programme-budget PP needs, as plain rows in document order. */
export interface BudgetFacts {
  year: number;
  /** Percent; PP_COST_VS_PLAN warns above it. */
  tolerance: number;
  proposal: Partial<Record<EconomicCode, number>>;
  generalAdministration: ResourceNeed;
  transfers: ResourceNeed;
  goals: Array<{
    /** The goal's path in the card: programmes[p].subProgrammes[s].goals[g]. */
    at: string;
    code: string;
    targets: Array<{ code: string; ofYear: boolean; costEstimate: number | null }>;
    indicators: Array<{
      code: string;
      unit: string | null;
      figures: Record<BudgetIndicatorColumn, number | null>;
    }>;
    activities: Array<{ code: string; unit: string | null; costs: BudgetCostGrid }>;
  }>;
}

/**
 * The costs PP_RESOURCE_IDENTITY checks for this format: each activity's year-t column, bütçe
 * içi by economic code (the budget proposal is by economic code), with the institution's general
 * administration costs and transfers as the classic format has them.
 */
export function budgetCosts(facts: BudgetFacts): ProgrammeCosts {
  return {
    year: facts.year,
    targets: [
      {
        code: '',
        aimCode: '',
        targetCode: '',
        title: '',
        activities: facts.goals.flatMap((goal) =>
          goal.activities.map((activity) => ({
            code: activity.code,
            name: '',
            responsibleUnit: activity.unit,
            cost: { budget: columnByCode([activity.costs], 't'), offBudget: {} },
          })),
        ),
      },
    ],
    generalAdministration: facts.generalAdministration,
    transfers: facts.transfers,
    proposal: facts.proposal,
  };
}

/**
 * PP_COST_VS_PLAN's groups: a goal linked to two targets cannot split its cost between them, so
 * targets that share a goal are compared together. Each group is the targets joined by shared
 * goals and the goals linked to any of them; its cost is its goals' year-t costs (both funding
 * types), its estimate its targets' estimates for the year. A group with a target without an
 * estimate is not compared (nothing to compare a part with).
 */
export function costGroups(
  facts: BudgetFacts,
): Array<{ goals: string[]; targets: string[]; cost: number; estimate: number }> {
  const parent = new Map<string, string>();
  const root = (code: string): string => {
    let at = code;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  const linked = facts.goals.map((goal) => goal.targets.filter((target) => target.ofYear));
  for (const targets of linked)
    for (const target of targets) if (!parent.has(target.code)) parent.set(target.code, target.code);
  for (const targets of linked)
    for (const target of targets.slice(1)) parent.set(root(target.code), root(targets[0].code));
  interface Group {
    goals: string[];
    targets: Set<string>;
    cost: number;
    estimates: Map<string, number | null>;
  }
  const groups = new Map<string, Group>();
  facts.goals.forEach((goal, g) => {
    if (linked[g].length === 0) return;
    const key = root(linked[g][0].code);
    const group: Group = groups.get(key) ?? {
      goals: [],
      targets: new Set<string>(),
      cost: 0,
      estimates: new Map<string, number | null>(),
    };
    group.goals.push(goal.code);
    for (const target of linked[g]) {
      group.targets.add(target.code);
      group.estimates.set(target.code, target.costEstimate);
    }
    group.cost += kurus(costTotals(goal.activities.map((activity) => activity.costs)).t.total);
    groups.set(key, group);
  });
  const answer: Array<{ goals: string[]; targets: string[]; cost: number; estimate: number }> = [];
  for (const group of groups.values()) {
    const estimates = [...group.estimates.values()];
    if (estimates.some((estimate) => estimate === null)) continue;
    answer.push({
      goals: group.goals,
      targets: [...group.targets].sort(),
      cost: group.cost / 100,
      estimate: estimates.reduce<number>((sum, estimate) => sum + kurus(estimate ?? 0), 0) / 100,
    });
  }
  return answer;
}

/** The findings of a programme-budget PP, in document order: each goal's, then the groups' costs, then the identity's. */
export function budgetIssues(facts: BudgetFacts, lang: Lang): ValidationIssue[] {
  const { issues, add } = findingList();
  const year = facts.year;
  for (const goal of facts.goals) {
    if (goal.targets.length === 0)
      add(
        'PP_TARGET_IN_PLAN',
        'error',
        `${goal.at}.targets`,
        PROGRAMME_TEXTS['PP_TARGET_IN_PLAN.goal'][lang]({ goal: goal.code, year }),
      );
    goal.targets.forEach((target, t) => {
      if (!target.ofYear)
        add(
          'PP_TARGET_IN_PLAN',
          'error',
          `${goal.at}.targets[${t}]`,
          PROGRAMME_TEXTS['PP_TARGET_IN_PLAN.goalTarget'][lang]({
            goal: goal.code,
            target: target.code,
            year,
          }),
        );
    });
    goal.indicators.forEach((indicator, i) => {
      const missing = BUDGET_INDICATOR_COLUMNS.filter((column) => indicator.figures[column] === null);
      addIndicatorFindings(add, `${goal.at}.indicators[${i}]`, indicator.unit, missing.length > 0, {
        unit: () =>
          PROGRAMME_TEXTS['PP_INDICATOR_COMPLETE.goalUnit'][lang]({ goal: goal.code, code: indicator.code }),
        figures: () =>
          PROGRAMME_TEXTS['PP_INDICATOR_COMPLETE.goalFigures'][lang]({
            goal: goal.code,
            code: indicator.code,
            columns: missing.map((column) => budgetIndicatorColumnTitle(column, year, lang)).join(', '),
          }),
      });
    });
    addActivityUnitFindings(add, goal.at, goal.activities, lang);
  }
  for (const group of costGroups(facts)) {
    if (differsBeyond(group.cost, group.estimate, facts.tolerance))
      add(
        'PP_COST_VS_PLAN',
        'warning',
        'goals',
        PROGRAMME_TEXTS['PP_COST_VS_PLAN.goals'][lang]({
          goals: group.goals.join(', '),
          targets: group.targets.join(', '),
          year,
          cost: group.cost,
          estimate: group.estimate,
          tolerance: facts.tolerance,
        }),
      );
  }
  addIdentityFindings(add, budgetCosts(facts), lang);
  return issues;
}
