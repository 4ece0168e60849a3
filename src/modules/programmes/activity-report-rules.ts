/**
 * The rules of the activity report's writes that need no database: which step of the value
 * workflow each measures step may leave (domain.md 6, the same states as values), the evaluation
 * body's indicator codes, and what a PUT of the evaluation leaves of each text.
 */
import type {
  ActivityReportPerformanceResponse,
  EvaluationCriterion,
  EvaluationResponse,
  EvaluationTexts,
  PutEvaluationRequest,
} from '../../contracts/activity-report.js';
import { EVALUATION_CRITERIA, EVALUATION_PROMPTS } from '../../contracts/activity-report.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { errorMessage } from '../../common/messages/index.js';
import { STEP_FROM } from '../indicators/value-guards.js';
import { blankToNull } from '../indicators/value-rules.js';

export type MeasureStep = 'write' | 'submit' | 'approve' | 'return';

/**
 * The statuses each step leaves, the value workflow's own (STEP_FROM): the unit writes a draft (a
 * returned one goes back to draft) and submits it; the planner approves or returns what was
 * submitted.
 */
export const MEASURE_STEPS: Record<MeasureStep, { from: readonly ValueStatus[]; to: ValueStatus }> = {
  write: { from: STEP_FROM.submit, to: 'draft' },
  submit: { from: STEP_FROM.submit, to: 'submitted' },
  approve: { from: STEP_FROM.approve, to: 'approved' },
  return: { from: STEP_FROM.return, to: 'returned' },
};

/** The body's indicators that are not the plan's, or named twice (EVALUATION_INDICATOR). */
export function evaluationProblems(
  body: PutEvaluationRequest,
  planIndicators: ReadonlySet<string>,
  lang: Lang,
): ErrorDetail[] {
  const seen = new Set<string>();
  const problems: ErrorDetail[] = [];
  (body.indicators ?? []).forEach((item, index) => {
    const path = `indicators[${index}].indicator`;
    if (!planIndicators.has(item.indicator)) {
      problems.push({
        path,
        code: 'EVALUATION_INDICATOR',
        message: errorMessage('EVALUATION_INDICATOR', { code: item.indicator }, lang),
      });
    } else if (seen.has(item.indicator)) {
      problems.push({
        path,
        code: 'EVALUATION_INDICATOR',
        message: errorMessage('EVALUATION_INDICATOR', { code: item.indicator, duplicate: 1 }, lang),
      });
    }
    seen.add(item.indicator);
  });
  return problems;
}

/** The texts after a PUT: a criterion left out keeps its text, null or blank clears it. */
export function mergedTexts(stored: EvaluationTexts | null, sent: Partial<EvaluationTexts>): EvaluationTexts {
  const merged = {} as EvaluationTexts;
  for (const criterion of EVALUATION_CRITERIA) {
    const given = sent[criterion];
    merged[criterion] = given === undefined ? (stored?.[criterion] ?? null) : blankToNull(given);
  }
  return merged;
}

/** The criteria with their guiding questions in `lang`, in order (the form's prompts). */
export function criteriaPrompts(lang: Lang): EvaluationResponse['criteria'] {
  return EVALUATION_CRITERIA.map((key: EvaluationCriterion) => ({
    key,
    title: EVALUATION_PROMPTS[key].title[lang],
    questions: EVALUATION_PROMPTS[key].questions[lang],
    optional: EVALUATION_PROMPTS[key].optional,
  }));
}

/** Per target: its deviations (C ≠ B) with their reasons, and its measures, from the table. */
export function evaluationTargets(
  performance: ActivityReportPerformanceResponse,
): EvaluationResponse['targets'] {
  return performance.targets.map((target) => ({
    code: target.code,
    title: target.title,
    deviations: target.indicators.flatMap((indicator) =>
      indicator.deviation === null || indicator.deviation === 0
        ? []
        : [{ indicator: indicator.code, deviation: indicator.deviation, reason: indicator.deviationReason }],
    ),
    measures: target.measure?.measures ?? null,
    measuresStatus: target.measure?.status ?? null,
  }));
}
