/**
 * Size limits of a plan (issue 9): far above any real plan, so they never stop a real one, and
 * low enough that one plan cannot make the server hold or send unbounded data (an anonymous
 * progress answer of a 25,000-indicator plan was 9.8 MiB). The largest real metropolitan plans
 * have about 12 aims, 60 targets and 400 indicators; the seeds have 20 and 12 core values.
 * Enforced by the plan document parser (400 VALIDATION_FAILED, detail TOO_MANY), the one-by-one
 * create routes and plan updates (409 PLAN_LIMIT) and the workbook readers
 * (400 UPLOAD_TOO_MANY_ROWS). Text lengths are TEXT_LIMITS of plan-document-parser.ts and the DTOs'
 * MaxLength. Pure: no framework, no I/O.
 */
import { ANALYSIS_PARTS } from '../../contracts/analysis.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import { NUMBER_LOCALE } from '../../contracts/labels.js';
import { detailMessage } from '../../common/messages/detail-messages.js';
import { LIMIT_PHRASES } from '../../common/messages/limit-messages.js';

export const PLAN_LIMITS = {
  /** Core values (temel değerler) of a plan: the seeds have 20 and 12. */
  coreValues: 100,
  /** Aims (amaçlar) of a plan: real plans have 4–12. */
  aims: 50,
  /** Targets (hedefler) of one aim: real plans have 2–8. */
  targetsPerAim: 50,
  /** Targets of a plan: the largest real plans have about 60. */
  targets: 500,
  /** Indicators of one target: real cards have 1–10 (their weights sum to 100). */
  indicatorsPerTarget: 100,
  /** Indicators of a plan: the largest real metropolitan plans have about 400. */
  indicators: 2000,
  /** Items of each text list of a target card (risks, controls, strategies, findings, needs). */
  listItemsPerTarget: 200,
  /** Activities and projects (faaliyet ve projeler) of one target card. */
  activitiesPerTarget: 200,
  /** Collaborating units of one target card (as the one-by-one DTO has always allowed). */
  collaboratingUnits: 200,
  /** Units (birimler) a plan document brings: a metropolitan municipality has about 40 directorates. */
  units: 1000,
  /** Resources of the costing table (bütçe, bütçe dışı sources). */
  resources: 100,
  /**
   * Entered values in one plan document: every entry period of every indicator of a five-year
   * plan at the indicator limit (2,000 × 10). Only a plan longer than five years could exceed it,
   * and such a plan breaks PLAN_PERIOD anyway.
   */
  values: 20000,
  /**
   * Data rows of a values workbook upload: the template has one row per indicator and entry
   * period of the assessment period, which is one row per indicator.
   */
  valuesWorkbookRows: 2000,
  /**
   * Rows of a target-card workbook upload, all sheets together: a card takes a few rows besides its
   * indicators and list items; a real 400-indicator plan takes about 3,000.
   */
  targetCardWorkbookRows: 50000,
  /**
   * Rows of one part of the situation analysis (durum analizi): a real part has a few dozen (the
   * Kızıltepe analysis's longest has 30 stakeholders).
   */
  analysisRowsPerPart: 1000,
  /** Findings and needs (tespitler ve ihtiyaçlar) of a plan: a real analysis has 20–80. */
  analysisItems: 1000,
  /** Links between targets and findings or needs of a plan: a few per target in a real plan. */
  analysisLinks: 5000,
} as const;

export type PlanLimit = keyof typeof PLAN_LIMITS;

/**
 * Published plans per page of the anonymous list (GET /api/public/plans?page=&pageSize=): the
 * default and the largest page size. Turkey has about 1,400 municipalities; a page of 100
 * summaries is about 30 KiB.
 */
export const PUBLIC_PLANS_PAGE_SIZE = 100;

/** "at most 50 aims in a plan" / "planda en çok 50 amaç", with the limit written tr-TR or en. */
export function limitPhrase(limit: PlanLimit, lang: Lang): string {
  const n = PLAN_LIMITS[limit].toLocaleString(NUMBER_LOCALE[lang]);
  return LIMIT_PHRASES[limit][lang]({ n });
}

/** The message of one count over its limit: "… has 51; at most 50 aims in a plan". */
export function overLimitMessage(limit: PlanLimit, count: number, lang: Lang): string {
  const given = count.toLocaleString(NUMBER_LOCALE[lang]);
  return detailMessage('TOO_MANY', { given, limit: limitPhrase(limit, lang) }, lang);
}

/** Is there room for `adding` more when `count` already exist? */
export function fitsLimit(limit: PlanLimit, count: number, adding = 1): boolean {
  return count + adding <= PLAN_LIMITS[limit];
}

/**
 * Every limit an untrusted plan document breaks, as parser problems (detail code TOO_MANY) at the
 * list that is too long: `plan.aims`, `plan.aims[0].targets`, `plan.aims[0].targets[1].indicators`,
 * …; plan-wide totals (targets, indicators, values) at `plan.aims`. Reads only what has the
 * expected shape: the parser reports everything else.
 */
export function documentLimitProblems(input: unknown, lang: Lang = 'tr'): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const check = (limit: PlanLimit, list: unknown, path: string): void => {
    if (Array.isArray(list) && list.length > PLAN_LIMITS[limit])
      problems.push({ path, code: 'TOO_MANY', message: overLimitMessage(limit, list.length, lang) });
  };
  if (!isRecord(input)) return problems;
  check('units', input.units, 'units');
  const plan = input.plan;
  if (!isRecord(plan)) return problems;
  check('coreValues', plan.values, 'plan.values');
  if (isRecord(plan.costing)) check('resources', plan.costing.resources, 'plan.costing.resources');
  const aims = Array.isArray(plan.aims) ? plan.aims : [];
  check('aims', plan.aims, 'plan.aims');
  let targets = 0;
  let indicators = 0;
  let values = 0;
  let answers = 0;
  aims.forEach((aim, a) => {
    if (!isRecord(aim) || !Array.isArray(aim.targets)) return;
    check('targetsPerAim', aim.targets, `plan.aims[${a}].targets`);
    targets += aim.targets.length;
    aim.targets.forEach((target, t) => {
      if (!isRecord(target)) return;
      const path = `plan.aims[${a}].targets[${t}]`;
      check('collaboratingUnits', target.collaboratingUnits, `${path}.collaboratingUnits`);
      for (const list of ['risks', 'controls', 'strategies', 'findings', 'needs'] as const)
        check('listItemsPerTarget', target[list], `${path}.${list}`);
      check('activitiesPerTarget', target.activities, `${path}.activities`);
      if (Array.isArray(target.answers)) answers += target.answers.length;
      if (!Array.isArray(target.indicators)) return;
      check('indicatorsPerTarget', target.indicators, `${path}.indicators`);
      indicators += target.indicators.length;
      for (const indicator of target.indicators) {
        if (isRecord(indicator) && isRecord(indicator.values)) values += Object.keys(indicator.values).length;
      }
    });
  });
  const total = (limit: PlanLimit, count: number): void => {
    if (count > PLAN_LIMITS[limit])
      problems.push({ path: 'plan.aims', code: 'TOO_MANY', message: overLimitMessage(limit, count, lang) });
  };
  total('targets', targets);
  total('indicators', indicators);
  total('values', values);
  total('analysisLinks', answers);
  analysisLimitProblems(plan.analysis, problems, check);
  return problems;
}

/** The situation analysis's lists: each part's rows at `plan.analysis.<part>`, the findings and needs. */
function analysisLimitProblems(
  analysis: unknown,
  problems: ErrorDetail[],
  check: (limit: PlanLimit, list: unknown, path: string) => void,
): void {
  if (!isRecord(analysis)) return;
  for (const part of ANALYSIS_PARTS) check('analysisRowsPerPart', analysis[part], `plan.analysis.${part}`);
  check('analysisItems', analysis.findings, 'plan.analysis.findings');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
