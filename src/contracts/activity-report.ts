import type { Lang } from './validation.js';
import type { Coverage, ExclusionReason, RateBand } from './progress.js';
import type { EntryTrail, ValueStatus } from './workflow.js';

/**
 * The activity report's performance part (faaliyet raporu, planning-cycle.md 5) of a plan year:
 * the Performans Sonuçları Tablosu, the measures per target and the yearly evaluation. Every
 * figure is GET progress of the year on approved values; nothing here is a second calculation.
 */

/** The criteria of the yearly evaluation (planning-cycle.md 4), in their order; Etki is optional. */
export const EVALUATION_CRITERIA = [
  'relevance',
  'effectiveness',
  'efficiency',
  'sustainability',
  'impact',
] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];

/**
 * Each criterion's name and guiding questions, shown as prompts on the form and printed under the
 * exports. Etkinlik is efficiency here (not "Verimlilik"); Etki (impact) is optional.
 */
export const EVALUATION_PROMPTS: Record<
  EvaluationCriterion,
  { optional: boolean; title: Record<Lang, string>; questions: Record<Lang, string> }
> = {
  relevance: {
    optional: false,
    title: { tr: 'İlgililik', en: 'Relevance' },
    questions: {
      tr: 'Tespitler ve ihtiyaçlar değişti mi? Hedeflerde değişiklik gerekiyor mu?',
      en: 'Did the findings and needs change? Must the targets change?',
    },
  },
  effectiveness: {
    optional: false,
    title: { tr: 'Etkililik', en: 'Effectiveness' },
    questions: {
      tr: 'Hedeflenen değerlere ulaşıldı mı? Ulaşılan değerler ihtiyaçları karşıladı mı? Güncelleme gerekiyor mu?',
      en: 'Were the target values reached? Did they meet the needs? Is an update needed?',
    },
  },
  efficiency: {
    optional: false,
    title: { tr: 'Etkinlik', en: 'Efficiency' },
    questions: {
      tr: 'Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
      en: 'Did unforeseen costs arise? Must the cost table change?',
    },
  },
  sustainability: {
    optional: false,
    title: { tr: 'Sürdürülebilirlik', en: 'Sustainability' },
    questions: {
      tr: 'Sürdürmeyi tehdit eden riskler var mı? Hedefin riskleri değişti mi ya da gerçekleşti mi? Güncelleme gerekiyor mu?',
      en: 'Are there risks to continuing? Did the target’s risks change or occur? Is an update needed?',
    },
  },
  impact: {
    optional: true,
    title: { tr: 'Etki', en: 'Impact' },
    questions: {
      tr: 'Hedefin topluma ve paydaşlara uzun vadeli etkisi ne oldu? (isteğe bağlı)',
      en: 'What was the target’s longer-term effect on the public and the stakeholders? (optional)',
    },
  },
};

/** Above or below the target B, or on it; null without C or B. */
export type DeviationSide = 'above' | 'below' | 'none';

/** The measures taken or planned for a target (Alınan/Alınacak Önlemler) in the report year. */
export interface MeasureResponse extends EntryTrail {
  /** The plan target's code (H1.1). */
  target: string;
  year: number;
  measures: string;
}

/** One row of the Performans Sonuçları Tablosu: an indicator with A, B, C, GO and its deviation. */
export interface PerformanceIndicatorRow {
  code: string;
  name: string;
  /** Ölçü birimi. */
  unit: string | null;
  /** Hedefe etkisi (%). */
  weight: number;
  baseline: number | null;
  /** B of the year. */
  target: number | null;
  /** C at the year's end, on approved values; null: veri yok (never 0). */
  actual: number | null;
  /** GO, raw (may be below 0 or above 100). */
  rate: number | null;
  /** C − B; null without C or B. */
  deviation: number | null;
  side: DeviationSide | null;
  /** The sapma nedeni of the approved year-end entry. */
  deviationReason: string | null;
  /** A deviation (C ≠ B) without its reason (DEVIATION_REASON). */
  reasonMissing: boolean;
  /** Why the indicator did not enter its target's rate, when it did not. */
  excluded: ExclusionReason | null;
  dataSource: string | null;
}

export interface PerformanceTargetRow {
  aim: { code: string; title: string };
  code: string;
  title: string;
  /** The PH code of the year's performance programme that pursues the target, if any. */
  programmeTarget: string | null;
  responsibleUnit: { code: string; name: string } | null;
  /** HG of the year, as GET progress answers it. */
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  /** The measures as the unit left them (any status); the exports print approved ones only. */
  measure: MeasureResponse | null;
  indicators: PerformanceIndicatorRow[];
}

/** GET /api/plans/:planId/activity-reports/:year/performance. */
export interface ActivityReportPerformanceResponse {
  planId: string;
  year: number;
  /** The assessed period: the year-end değerlendirme ("2008"). */
  period: string;
  /** Always approved: the report rests on approved values only. */
  basis: 'approved';
  /** The plan's rate of the year and its coverage, as GET progress answers them. */
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  thresholds: { good: number; warning: number };
  /** Deviations (C ≠ B) counted and those still without a reason. */
  deviations: number;
  deviationsWithoutReason: number;
  targets: PerformanceTargetRow[];
}

/** PUT …/measures/:target: the unit's draft (a returned one goes back to draft). */
export interface PutMeasureRequest {
  measures: string;
  version?: number;
}

export interface MeasureTransitionRequest {
  version?: number;
}

export interface ReturnMeasureRequest extends MeasureTransitionRequest {
  comment: string;
}

/** The evaluation texts of an indicator, one per criterion (null: not written). */
export type EvaluationTexts = Record<EvaluationCriterion, string | null>;

export interface IndicatorEvaluation extends EvaluationTexts {
  indicator: string;
  name: string;
  target: string;
  version: number | null;
}

/** GET …/activity-reports/:year/evaluation. */
export interface EvaluationResponse {
  planId: string;
  year: number;
  /** Performans Bilgi Sisteminin Değerlendirilmesi. */
  informationSystem: string | null;
  /** The report row's version (null before anything was written). */
  version: number | null;
  /** The criteria in order with their guiding questions, in the request's language. */
  criteria: Array<{ key: EvaluationCriterion; title: string; questions: string; optional: boolean }>;
  /** Per target: its deviations with their reasons and the measures (from the performance table). */
  targets: Array<{
    code: string;
    title: string;
    deviations: Array<{ indicator: string; deviation: number; reason: string | null }>;
    measures: string | null;
    measuresStatus: ValueStatus | null;
  }>;
  indicators: IndicatorEvaluation[];
}

/** PUT …/evaluation: the texts given replace the stored ones (null or blank clears); others stay. */
export interface PutEvaluationRequest {
  informationSystem?: string | null;
  version?: number;
  indicators?: Array<{ indicator: string } & Partial<EvaluationTexts>>;
}
