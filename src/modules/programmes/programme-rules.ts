/**
 * The rules of the performance programme (planning-cycle.md 3) over plain shapes: the checks of
 * an amount map before a write (economic codes 01–09, off-budget sources, no negative cost) and
 * the findings of GET …/programmes/:year/validation (PP_INDICATOR_COMPLETE, PP_TARGET_IN_PLAN,
 * PP_COST_VS_PLAN, PP_ACTIVITY_UNIT, PP_RESOURCE_IDENTITY). Pure: no framework, no I/O.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import {
  ECONOMIC_CODES,
  OFF_BUDGET_SOURCES,
  type ProgrammeCosts,
  type ProgrammeFigure,
  type ProgrammeRuleCode,
} from '../../contracts/programme.js';
import type { Lang, Severity, ValidationIssue } from '../../contracts/validation.js';
import { PROGRAMME_TEXTS } from '../../common/messages/programme-texts.js';
import { identityBreaks } from './programme-tables.js';

/** Amounts below this many TL (a trillion), with at most two decimals (kuruş). */
export const MAX_AMOUNT = 1e12;

/** The years a programme of year t shows for its indicators: t-2, t-1, t. */
export function programmeYears(year: number): number[] {
  return [year - 2, year - 1, year];
}

/** A number of kuruş below MAX_AMOUNT in magnitude. */
export function isAmount(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) < MAX_AMOUNT &&
    Math.abs(Math.round(value * 100) - value * 100) < 1e-6
  );
}

/**
 * The problems of an amount map at `path` (`budget`, `proposal`, `transfers.offBudget`…): a key
 * that is not one of `keys`, an amount that is not a number of kuruş, a negative amount. Each
 * detail names its key: `budget.10`.
 */
export function amountProblems(
  value: unknown,
  path: string,
  kind: 'economic' | 'offBudget',
  lang: Lang,
): ErrorDetail[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const code = kind === 'economic' ? 'PP_ECONOMIC_CODE' : 'PP_OFF_BUDGET_SOURCE';
    return [{ path, code: 'INVALID_TYPE', message: PROGRAMME_TEXTS[code][lang]({ code: '' }) }];
  }
  const keys: readonly string[] = kind === 'economic' ? ECONOMIC_CODES : OFF_BUDGET_SOURCES;
  const problems: ErrorDetail[] = [];
  for (const [key, amount] of Object.entries(value)) {
    const at = `${path}.${key}`;
    const code = key.slice(0, 40);
    if (!keys.includes(key)) {
      const rule = kind === 'economic' ? 'PP_ECONOMIC_CODE' : 'PP_OFF_BUDGET_SOURCE';
      problems.push({ path: at, code: rule, message: PROGRAMME_TEXTS[rule][lang]({ code }) });
    } else if (!isAmount(amount)) {
      problems.push({ path: at, code: 'INVALID_VALUE', message: PROGRAMME_TEXTS.PP_AMOUNT[lang]({ code }) });
    } else if (amount < 0) {
      problems.push({
        path: at,
        code: 'PP_NEGATIVE_COST',
        message: PROGRAMME_TEXTS.PP_NEGATIVE_COST[lang]({ code }),
      });
    }
  }
  return problems;
}

/** The code a refused amount write answers with: the first rule code among the details, else VALIDATION_FAILED. */
export function refusalCode(
  details: readonly ErrorDetail[],
): 'PP_ECONOMIC_CODE' | 'PP_NEGATIVE_COST' | 'VALIDATION_FAILED' {
  if (details.some((detail) => detail.code === 'PP_ECONOMIC_CODE')) return 'PP_ECONOMIC_CODE';
  if (details.some((detail) => detail.code === 'PP_NEGATIVE_COST')) return 'PP_NEGATIVE_COST';
  return 'VALIDATION_FAILED';
}

/** What the validation needs of a programme, as plain rows. */
export interface ProgrammeFacts {
  costs: ProgrammeCosts;
  /** Percent; PP_COST_VS_PLAN warns above it. */
  tolerance: number;
  targets: Array<{
    code: string;
    /** The plan target's code, null when the link is gone. */
    targetCode: string | null;
    /** Whether that plan target is one of the year's (see `targetOfYear`). */
    ofYear: boolean;
    /** The plan's cost estimate of the target for the year, null when it states none. */
    costEstimate: number | null;
    indicators: Array<{ code: string; unit: string | null; figures: ProgrammeFigure[] }>;
    activities: Array<{ code: string; unit: string | null; total: number }>;
  }>;
}

/**
 * A plan target is one of year Y's when one of its indicators has a yearly target for Y or its
 * cost estimate names Y.
 */
export function targetOfYear(
  year: number,
  indicatorYears: Iterable<number>,
  costEstimate: Record<string, number> | null,
): boolean {
  for (const indicatorYear of indicatorYears) if (indicatorYear === year) return true;
  return costEstimate !== null && costEstimate[String(year)] !== undefined;
}

/** The findings of a programme, in document order: each PH's, then the identity's. */
export function programmeIssues(facts: ProgrammeFacts, lang: Lang): ValidationIssue[] {
  const { issues, add } = findingList();
  const year = facts.costs.year;
  facts.targets.forEach((target, t) => {
    const at = `targets[${t}]`;
    if (target.targetCode === null || !target.ofYear)
      add(
        'PP_TARGET_IN_PLAN',
        'error',
        `${at}.target`,
        PROGRAMME_TEXTS['PP_TARGET_IN_PLAN.finding'][lang]({ ph: target.code, year }),
      );
    target.indicators.forEach((indicator, i) => {
      const missing = indicator.figures
        .filter((figure) => figure.value === null)
        .map((figure) => figure.year);
      addIndicatorFindings(add, `${at}.indicators[${i}]`, indicator.unit, missing.length > 0, {
        unit: () =>
          PROGRAMME_TEXTS['PP_INDICATOR_COMPLETE.unit'][lang]({ ph: target.code, code: indicator.code }),
        figures: () =>
          PROGRAMME_TEXTS['PP_INDICATOR_COMPLETE.figures'][lang]({
            ph: target.code,
            code: indicator.code,
            years: missing.join(', '),
          }),
      });
    });
    addActivityUnitFindings(add, at, target.activities, lang);
    const cost = costOf(target.activities);
    if (
      target.targetCode !== null &&
      target.costEstimate !== null &&
      differsBeyond(cost, target.costEstimate, facts.tolerance)
    )
      add(
        'PP_COST_VS_PLAN',
        'warning',
        at,
        PROGRAMME_TEXTS.PP_COST_VS_PLAN[lang]({
          ph: target.code,
          target: target.targetCode,
          year,
          cost,
          estimate: target.costEstimate,
          tolerance: facts.tolerance,
        }),
      );
  });
  addIdentityFindings(add, facts.costs, lang);
  return issues;
}

/** Adds a finding of a programme's validation. */
export type AddFinding = (code: ProgrammeRuleCode, severity: Severity, path: string, message: string) => void;

/** The findings, in the order they are added, and the function that adds one. */
export function findingList(): { issues: ValidationIssue[]; add: AddFinding } {
  const issues: ValidationIssue[] = [];
  return {
    issues,
    add: (code, severity, path, message) => void issues.push({ code, severity, path, message }),
  };
}

/** PP_INDICATOR_COMPLETE at `path`: an indicator states its unit and has no empty figure (each format words it). */
export function addIndicatorFindings(
  add: AddFinding,
  path: string,
  unit: string | null,
  figuresMissing: boolean,
  message: { unit: () => string; figures: () => string },
): void {
  if (unit === null || unit.trim() === '')
    add('PP_INDICATOR_COMPLETE', 'error', `${path}.unit`, message.unit());
  if (figuresMissing) add('PP_INDICATOR_COMPLETE', 'error', `${path}.figures`, message.figures());
}

/** PP_ACTIVITY_UNIT at `<path>.activities[a].unit`: every activity has its responsible unit. */
export function addActivityUnitFindings(
  add: AddFinding,
  path: string,
  activities: ReadonlyArray<{ code: string; unit: string | null }>,
  lang: Lang,
): void {
  activities.forEach((activity, a) => {
    if (activity.unit === null)
      add(
        'PP_ACTIVITY_UNIT',
        'error',
        `${path}.activities[${a}].unit`,
        PROGRAMME_TEXTS.PP_ACTIVITY_UNIT[lang]({ code: activity.code }),
      );
  });
}

/** PP_RESOURCE_IDENTITY at the proposal's line: each line where the resource need breaks the identity. */
export function addIdentityFindings(add: AddFinding, costs: ProgrammeCosts, lang: Lang): void {
  for (const line of identityBreaks(costs)) {
    add(
      'PP_RESOURCE_IDENTITY',
      'error',
      line.line === 'total' ? 'proposal' : `proposal.${line.line}`,
      PROGRAMME_TEXTS.PP_RESOURCE_IDENTITY[lang]({ ...line }),
    );
  }
}

/** The sum of the activities' totals, exact to the kuruş. */
function costOf(activities: ReadonlyArray<{ total: number }>): number {
  return activities.reduce((sum, activity) => sum + Math.round(activity.total * 100), 0) / 100;
}

/** PP_COST_VS_PLAN: |cost − estimate| > tolerance % of the estimate (any cost against an estimate of 0). */
export function differsBeyond(cost: number, estimate: number, tolerance: number): boolean {
  const difference = Math.abs(Math.round(cost * 100) - Math.round(estimate * 100));
  return difference * 100 > Math.round(estimate * 100) * tolerance;
}
