/**
 * What every rule checker of domain.md section 5 shares: the document with its plan years,
 * the issue report, and the position of each issue in document order. Pure.
 *
 * A checker looks at one rule code only. validatePlan runs them all and puts their issues in
 * document order by position: institution, units, plan header, costing, then each aim, target
 * (code, units, activities, cost estimate, activity costs, indicators) and indicator.
 */
import {
  DEFAULT_CODE_PREFIXES,
  type AimDoc,
  type CodePrefixes,
  type IndicatorDoc,
  type PlanDocument,
  type TargetDoc,
} from '../../../contracts/plan-document.js';
import type { Lang, RuleCode, Severity } from '../../../contracts/validation.js';
import { planYears } from '../../periods/period-keys.js';
import { NUMBER_LOCALE } from '../../../contracts/labels.js';
import type { RuleMessageKey, RuleMessageParams } from '../../../common/messages/rule-messages.js';

/** Where an issue stands in document order; positions compare element by element. */
export type Position = readonly number[];

/** The steps of a target, in the order its issues are listed. */
export const TARGET_STEP = {
  code: 0,
  units: 1,
  activities: 2,
  costEstimate: 3,
  activityCosts: 4,
  indicators: 5,
  indicator: 6,
  answers: 7,
} as const;

/** The steps of an activity, in the order its issues are listed. */
export const ACTIVITY_STEP = { code: 0, unit: 1, years: 2 } as const;

/** The steps of an indicator, in the order its issues are listed. */
export const INDICATOR_STEP = {
  code: 0,
  sinceYear: 1,
  baselineAndTargets: 2,
  targetYears: 3,
  direction: 4,
  deviation: 5,
} as const;

export type IndicatorStep = (typeof INDICATOR_STEP)[keyof typeof INDICATOR_STEP];

/** Positions of the sections before the aims, and of everything under an aim. */
export const at = {
  institution: [0],
  unitCodes: [1, 0],
  unitParents: [1, 1],
  planPeriod: [2, 0],
  electionDeadline: [2, 1],
  councilDecision: [2, 2],
  generalAdministration: [3, 0],
  resourceBalance: [3, 1],
  resourceYears: [3, 2],
  /** A finding or need of the situation analysis (plan.analysis.findings[item]). */
  analysisItem: (item: number): Position => [3, 3, item],
  /** A row of part B (plan.analysis.evaluation[row]). */
  analysisEvaluation: (row: number): Position => [3, 4, row],
  aim: (aim: number): Position => [4, aim, 0],
  target: (aim: number, target: number, step: number): Position => [4, aim, 1, target, step],
  activity: (aim: number, target: number, activity: number, step: number): Position => [
    4,
    aim,
    1,
    target,
    TARGET_STEP.activities,
    activity,
    step,
  ],
  indicator: (aim: number, target: number, indicator: number, step: number): Position => [
    4,
    aim,
    1,
    target,
    TARGET_STEP.indicator,
    indicator,
    step,
  ],
};

export interface RuleContext {
  doc: PlanDocument;
  /** Today's date (YYYY-MM-DD). */
  today: string;
  lang: Lang;
  /** The plan's years; empty when they cannot be listed (PLAN_PERIOD reports why). */
  years: number[];
  prefixes: CodePrefixes;
  /** A year key inside the plan period. */
  inPlan: (key: string) => boolean;
  /** A number as the messages print it (tr-TR or en-US). */
  num: (value: number) => string;
}

/**
 * Collects one checker's issues: the message is a key of the rule catalogue
 * (src/common/messages/rule-messages.ts) with its params; the checker's code and severity are
 * added by the runner.
 */
export interface RuleReport {
  add<K extends RuleMessageKey>(position: Position, path: string, key: K, params: RuleMessageParams[K]): void;
}

/** One rule code of domain.md section 5. */
export interface RuleChecker {
  code: RuleCode;
  severity: Severity;
  check: (context: RuleContext, report: RuleReport) => void;
}

export function ruleContext(doc: PlanDocument, today: string, lang: Lang): RuleContext {
  const plan = doc.plan;
  const years = yearsOf(plan.startYear, plan.endYear);
  return {
    doc,
    today,
    lang,
    years,
    prefixes: plan.settings?.codePrefixes ?? DEFAULT_CODE_PREFIXES,
    inPlan: (key) => years.includes(Number(key)) && /^\d{4}$/.test(key),
    num: (value) => formatNumber(value, lang),
  };
}

export interface TargetVisit {
  aim: AimDoc;
  aimIndex: number;
  target: TargetDoc;
  targetIndex: number;
  path: string;
}

export interface IndicatorVisit extends TargetVisit {
  indicator: IndicatorDoc;
  indicatorIndex: number;
  indicatorPath: string;
  /** The indicator's position at one of its steps (INDICATOR_STEP). */
  positionAt: (step: IndicatorStep) => Position;
}

export function forEachTarget(doc: PlanDocument, visit: (target: TargetVisit) => void): void {
  doc.plan.aims.forEach((aim, aimIndex) => {
    aim.targets.forEach((target, targetIndex) => {
      visit({ aim, aimIndex, target, targetIndex, path: `plan.aims[${aimIndex}].targets[${targetIndex}]` });
    });
  });
}

export function forEachIndicator(doc: PlanDocument, visit: (indicator: IndicatorVisit) => void): void {
  forEachTarget(doc, ({ aim, aimIndex, target, targetIndex, path }) => {
    target.indicators.forEach((indicator, indicatorIndex) => {
      const indicatorPath = `${path}.indicators[${indicatorIndex}]`;
      const positionAt = (step: IndicatorStep): Position =>
        at.indicator(aimIndex, targetIndex, indicatorIndex, step);
      visit({
        aim,
        aimIndex,
        target,
        targetIndex,
        path,
        indicator,
        indicatorIndex,
        indicatorPath,
        positionAt,
      });
    });
  });
}

/** Positions in document order: element by element, a prefix first. */
export function comparePositions(a: Position, b: Position): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/** Equal after rounding to 9 decimals: float noise only, never a real difference. */
export function sameNumber(a: number, b: number): boolean {
  return Number(a.toFixed(9)) === Number(b.toFixed(9));
}

export function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || text.trim() === '';
}

/** The plan's years as declared; empty when they cannot be listed (PLAN_PERIOD reports why). */
function yearsOf(startYear: number, endYear: number): number[] {
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear)) return [];
  if (endYear < startYear || endYear - startYear > 100) return [];
  return planYears(startYear, endYear);
}

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 6 }).format(value);
}
