import type {
  AimProgress,
  ExclusionReason,
  IndicatorProgress,
  ProgressResponse,
  ProgressSettings,
  RateFormula,
  TargetProgress,
} from '../../src/contracts/progress.js';
import type { MessageKey } from '../messages/index.js';
import { formatNumber, formatRate } from './format.js';
import { getLang, translate, type Lang } from './i18n.js';

/**
 * "How is this computed": the API explains every figure (inputs A, B, C, the formula applied,
 * weights, clamps, the indicators left out); these functions only word it. Results are the
 * API's own figures, never recomputed here, so the page and the Excel reports cannot disagree.
 */

export interface Calculation {
  /** The rule in symbols: "(C − A) / (B − A) × 100". */
  formula: string | null;
  /** The rule with this figure's inputs: "(115.000 − 100.000) / (120.000 − 100.000) × 100 = %75". */
  computation: string | null;
  /** Clamps, caps, exclusions and renormalisation, one sentence each. */
  notes: string[];
}

const FORMULA_KEYS: Record<RateFormula, MessageKey> = {
  F1: 'explain.formulaF1',
  F2: 'explain.formulaF2',
  F2_AZALIS: 'explain.formulaF2Azalis',
  KEEP_LEVEL: 'explain.formulaKeepLevel',
  EXACT: 'explain.formulaExact',
};

export const EXCLUSION_KEYS: Record<ExclusionReason, MessageKey> = {
  NO_DATA: 'explain.reasonNoData',
  NOT_DUE: 'explain.reasonNotDue',
  UNDEFINED_RATE: 'explain.reasonUndefinedRate',
  NO_TARGET: 'explain.reasonNoTarget',
  NO_BASELINE: 'explain.reasonNoBaseline',
};

export function explainIndicator(
  indicator: IndicatorProgress,
  target: TargetProgress,
  settings: ProgressSettings,
  lang: Lang = getLang(),
): Calculation {
  const n = (value: number | null) => formatNumber(value, lang);
  const { baseline: a, target: b, actual: c, formula } = indicator;
  const notes: string[] = [];
  let computation: string | null = null;
  if (formula && indicator.rate !== null) {
    const result = formatRate(indicator.rate, lang);
    const azalis = indicator.direction === 'azalis';
    if (formula === 'F1') computation = `(${n(c)} − ${n(a)}) / (${n(b)} − ${n(a)}) × 100 = ${result}`;
    else if (formula === 'F2' || (formula === 'KEEP_LEVEL' && !azalis))
      computation = `${n(c)} / ${n(b)} × 100 = ${result}`;
    else if (formula === 'F2_AZALIS' || formula === 'KEEP_LEVEL')
      computation = `${n(b)} / ${n(c)} × 100 = ${result}`;
    else computation = `C = B = ${n(c)} → ${result}`;
  }
  if (indicator.actualPeriods.length > 0)
    notes.push(translate(lang, 'explain.actualFrom', { periods: indicator.actualPeriods.join(', ') }));
  const excluded = target.excluded.find((entry) => entry.code === indicator.code);
  if (excluded) {
    notes.push(exclusionSentence(excluded.reason, excluded.missingPeriods, excluded.weight, lang));
  } else if (
    indicator.rate !== null &&
    indicator.rateUsed !== null &&
    indicator.rateUsed !== indicator.rate
  ) {
    const key: MessageKey =
      formula === 'KEEP_LEVEL'
        ? 'explain.cappedKeepLevel'
        : settings.clampTargetRates
          ? 'explain.clamped'
          : 'explain.adjusted';
    notes.push(
      translate(lang, key, {
        raw: formatRate(indicator.rate, lang),
        used: formatRate(indicator.rateUsed, lang),
      }),
    );
  }
  if (indicator.effectiveWeight !== null && indicator.effectiveWeight !== indicator.weight)
    notes.push(
      translate(lang, 'explain.renormalised', {
        weight: n(indicator.weight),
        effective: n(indicator.effectiveWeight),
      }),
    );
  if (indicator.planProgress !== null)
    notes.push(
      translate(lang, 'explain.planProgress', {
        target: n(indicator.finalTarget),
        rate: formatRate(indicator.planProgress, lang),
      }),
    );
  return { formula: formula ? translate(lang, FORMULA_KEYS[formula]) : null, computation, notes };
}

export function explainTarget(target: TargetProgress, lang: Lang = getLang()): Calculation {
  const used = target.indicators.filter((indicator) => indicator.rateUsed !== null);
  const notes = target.excluded.map(
    (entry) => `${entry.code}: ${exclusionSentence(entry.reason, entry.missingPeriods, entry.weight, lang)}`,
  );
  if (target.excludedWeightShare > 0 && used.length > 0)
    notes.push(
      translate(lang, 'explain.excludedShare', { share: formatRate(target.excludedWeightShare, lang) }),
    );
  const computation =
    target.rate === null || used.length === 0
      ? null
      : `(${used.map((indicator) => `${formatNumber(indicator.weight, lang)} × ${formatNumber(indicator.rateUsed, lang, 1)}`).join(' + ')}) / ${formatNumber(target.weightWithData, lang)} = ${formatRate(target.rate, lang)}`;
  if (target.rate === null) notes.push(translate(lang, 'explain.noneWithData'));
  return { formula: translate(lang, 'explain.formulaTarget'), computation, notes };
}

export function explainAim(
  aim: AimProgress,
  settings: ProgressSettings,
  lang: Lang = getLang(),
): Calculation {
  const withRate = aim.targets.filter((target) => target.rate !== null);
  const costWeighted = settings.aimAggregation === 'cost-weighted';
  const notes = aim.targets
    .filter((target) => target.rate === null)
    .map((target) => translate(lang, 'explain.leftOut', { code: target.code }));
  let computation: string | null = null;
  if (aim.rate !== null && withRate.length > 0) {
    const result = formatRate(aim.rate, lang);
    if (costWeighted) {
      const totalCost = withRate.reduce((sum, target) => sum + (target.cost ?? 0), 0);
      computation = `(${withRate.map((target) => `${formatNumber(target.cost, lang)} × ${formatNumber(target.rate, lang, 1)}`).join(' + ')}) / ${formatNumber(totalCost, lang)} = ${result}`;
    } else {
      computation = `(${withRate.map((target) => formatNumber(target.rate, lang, 1)).join(' + ')}) / ${withRate.length} = ${result}`;
    }
  }
  return {
    formula: translate(lang, costWeighted ? 'explain.formulaAimCost' : 'explain.formulaAimMean'),
    computation,
    notes,
  };
}

export function explainPlan(progress: ProgressResponse, lang: Lang = getLang()): Calculation {
  const withRate = progress.aims.filter((aim) => aim.rate !== null);
  const notes = progress.aims
    .filter((aim) => aim.rate === null)
    .map((aim) => translate(lang, 'explain.leftOut', { code: aim.code }));
  return {
    formula: translate(lang, 'explain.formulaPlan'),
    computation:
      progress.rate === null || withRate.length === 0
        ? null
        : `(${withRate.map((aim) => formatNumber(aim.rate, lang, 1)).join(' + ')}) / ${withRate.length} = ${formatRate(progress.rate, lang)}`,
    notes: [...notes, ...progress.explanation[lang]],
  };
}

export function exclusionSentence(
  reason: ExclusionReason,
  missingPeriods: string[],
  weight: number,
  lang: Lang = getLang(),
): string {
  const base = translate(lang, EXCLUSION_KEYS[reason]);
  const missing =
    missingPeriods.length > 0
      ? translate(lang, 'explain.missingPeriods', { periods: missingPeriods.join(', ') })
      : '';
  return translate(lang, 'explain.excluded', {
    reason: `${base}${missing}`,
    weight: formatNumber(weight, lang),
  });
}
