/**
 * Part B of the situation analysis filled from the previous plan (issue 13): which of its years
 * is assessed, and its targets and indicators as the progress engine answered for that year, each
 * target with the reason the planning team wrote. No figure is computed here: every A, B, C and
 * rate is the engine's (GET progress of the previous plan), only arranged. Pure.
 */
import type {
  PreviousIndicatorFigures,
  PreviousPlanEvaluationResponse,
  PreviousTargetEvaluation,
} from '../../contracts/analysis.js';
import type { ProgressResponse } from '../../contracts/progress.js';
import type { Lang } from '../../contracts/validation.js';

/**
 * The year-end of the previous plan that part B shows: its last year once that year has ended in
 * Istanbul (`final`), else its latest ended year (a plan still running while the next is drafted,
 * the usual case); null when none of its years has ended yet.
 */
export function previousPlanYear(
  span: { startYear: number; endYear: number },
  today: string,
): { year: number | null; final: boolean } {
  const lastEnded = Number(today.slice(0, 4)) - 1;
  if (lastEnded >= span.endYear) return { year: span.endYear, final: true };
  if (lastEnded < span.startYear) return { year: null, final: false };
  return { year: lastEnded, final: false };
}

/** A reason row of part B: an evaluation row naming a target of the previous plan. */
export interface ReasonRow {
  id: string;
  fields: { previousTarget?: unknown; text?: unknown };
  version: number;
}

/** The reasons by the previous plan's target code (the first row of a code when a code repeats). */
export function reasonsByTarget(rows: readonly ReasonRow[]): Map<string, PreviousTargetEvaluation['reason']> {
  const reasons = new Map<string, PreviousTargetEvaluation['reason']>();
  for (const row of rows) {
    const { previousTarget, text } = row.fields;
    if (typeof previousTarget !== 'string' || typeof text !== 'string' || reasons.has(previousTarget))
      continue;
    reasons.set(previousTarget, { rowId: row.id, text, version: row.version });
  }
  return reasons;
}

/** Part B from the engine's answer for the previous plan's year (`progress` null: no year to show). */
export function previousPlanEvaluation(input: {
  planId: string;
  previousPlan: PreviousPlanEvaluationResponse['previousPlan'];
  final: boolean;
  progress: ProgressResponse | null;
  /** The previous plan's aims and targets in plan order (used when there is no period to assess). */
  outline: Array<{ aimCode: string; code: string; title: string }>;
  reasons: readonly ReasonRow[];
  lang: Lang;
}): PreviousPlanEvaluationResponse {
  const { planId, previousPlan, progress } = input;
  const reasons = reasonsByTarget(input.reasons);
  const empty: PreviousPlanEvaluationResponse = {
    planId,
    previousPlan,
    basis: 'approved',
    period: null,
    final: false,
    rate: null,
    coverage: null,
    explanation: [],
    targets: [],
  };
  if (!previousPlan) return empty;
  if (!progress)
    return {
      ...empty,
      targets: input.outline.map((target) => ({
        ...target,
        rate: null,
        coverage: { indicatorsWithData: 0, indicatorsDue: 0, weightShare: null, sufficient: false },
        band: 'none',
        indicators: [],
        reason: reasons.get(target.code) ?? null,
      })),
    };
  return {
    ...empty,
    period: progress.period,
    final: input.final,
    rate: progress.rate,
    coverage: progress.coverage,
    explanation: progress.explanation[input.lang],
    targets: progress.aims.flatMap((aim) =>
      aim.targets.map((target): PreviousTargetEvaluation => {
        const excluded = new Map(target.excluded.map((item) => [item.code, item]));
        return {
          aimCode: aim.code,
          code: target.code,
          title: target.title,
          rate: target.rate,
          coverage: target.coverage,
          band: target.band,
          indicators: target.indicators.map((indicator): PreviousIndicatorFigures => {
            const left = excluded.get(indicator.code);
            return {
              code: indicator.code,
              name: indicator.name,
              unit: indicator.unit,
              baseline: indicator.baseline,
              target: indicator.target,
              actual: indicator.actual,
              rate: indicator.rate,
              formula: indicator.formula,
              excluded: left ? { reason: left.reason, message: left.message } : null,
            };
          }),
          reason: reasons.get(target.code) ?? null,
        };
      }),
    ),
  };
}
