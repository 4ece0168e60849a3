/**
 * The situation analysis (durum analizi, planning-cycle.md 2) of a plan: the parts as typed rows,
 * the findings and needs (tespitler ve ihtiyaçlar) with their origin and the target cards that
 * answer them, and the stakeholder strategy derived from importance and influence. Shared by the
 * plan document, the REST resources and (later) the client. Pure: no framework, no I/O.
 */
import type { Coverage, RateBand, RateFormula, ExclusionReason } from './progress.js';
import type { Lang } from './validation.js';

/**
 * The parts that hold rows, by their document key (also the path segment of
 * /api/plans/:planId/analysis/:part). Part J, the findings and needs, has its own records.
 */
export const ANALYSIS_PARTS = [
  'history',
  'evaluation',
  'legal',
  'policy',
  'activities',
  'stakeholders',
  'internal',
  'pestle',
  'swot',
  'strategies',
] as const;
export type AnalysisPart = (typeof ANALYSIS_PARTS)[number];

export const STAKEHOLDER_KINDS = ['ic', 'dis'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** How a stakeholder's opinion was gathered. */
export const OPINION_METHODS = ['anket', 'gorusme', 'calistay', 'toplanti', 'arama-konferansi'] as const;
export type OpinionMethod = (typeof OPINION_METHODS)[number];

export const PESTLE_CATEGORIES = [
  'politik',
  'ekonomik',
  'sosyal',
  'teknolojik',
  'yasal',
  'cevresel',
] as const;
export type PestleCategory = (typeof PESTLE_CATEGORIES)[number];

export const TRENDS = ['pozitif', 'belirsiz', 'negatif'] as const;
export type Trend = (typeof TRENDS)[number];

/** Whether an outside factor is an opportunity (fırsat) or a threat (tehdit). */
export const EFFECTS = ['firsat', 'tehdit'] as const;
export type Effect = (typeof EFFECTS)[number];

export const SWOT_KINDS = ['guclu', 'zayif', 'firsat', 'tehdit'] as const;
export type SwotKind = (typeof SWOT_KINDS)[number];

/** GZFT strategies: strengths × opportunities (GF), strengths × threats (GT), … */
export const SWOT_STRATEGY_KINDS = ['GF', 'GT', 'ZF', 'ZT'] as const;
export type SwotStrategyKind = (typeof SWOT_STRATEGY_KINDS)[number];

/** A finding (tespit) or a need (ihtiyaç). */
export const ANALYSIS_ITEM_KINDS = ['tespit', 'ihtiyac'] as const;
export type AnalysisItemKind = (typeof ANALYSIS_ITEM_KINDS)[number];

/** The prefix of the codes the server gives: T1, T2… for findings, İ1, İ2… for needs. */
export const ITEM_CODE_PREFIX: Record<AnalysisItemKind, string> = { tespit: 'T', ihtiyac: 'İ' };

/** Importance (önem) and influence (etki) of a stakeholder: whole numbers 1–5. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A score at or above the threshold is high (a plan setting, stakeholderThreshold). */
export const DEFAULT_STAKEHOLDER_THRESHOLD = 3;

/** The fields of a row of each part, as the document and the API carry them. */
export interface AnalysisRowFields {
  /** A: Kurumsal tarihçe, one paragraph per row. */
  history: { text: string };
  /**
   * B: the evaluation of the plan in force, as text; with `previousTarget`, the planning team's
   * reason for how that target of the previous plan did (one row per target, issue 13 part B).
   */
  evaluation: { text: string; previousTarget?: string };
  /** C: Mevzuat analizi. */
  legal: { duty: string; basis: string; findings?: string; needs?: string };
  /** D: Üst politika belgeleri. */
  policy: { document: string; reference?: string; duty: string };
  /** E: Faaliyet alanları ve ürün/hizmetler. */
  activities: { field: string; services: string[] };
  /** F: Paydaş analizi; priority and strategy are derived (stakeholderStrategy), never stored. */
  stakeholders: {
    name: string;
    kind: StakeholderKind;
    importance: number;
    influence: number;
    method?: OpinionMethod;
    opinion?: string;
  };
  /** G: Kuruluş içi analiz, free rows under a topic (insan kaynakları, teknoloji, mali yapı…). */
  internal: { topic: string; text: string };
  /** H: PESTLE. */
  pestle: { category: PestleCategory; factor: string; trend: Trend; effect: Effect };
  /** İ: GZFT items. */
  swot: { kind: SwotKind; text: string };
  /** İ: GZFT strategies. */
  strategies: { kind: SwotStrategyKind; text: string };
}

export type TextRow = AnalysisRowFields['history'];
export type EvaluationRow = AnalysisRowFields['evaluation'];
export type LegalRow = AnalysisRowFields['legal'];
export type PolicyRow = AnalysisRowFields['policy'];
export type ActivityFieldRow = AnalysisRowFields['activities'];
export type StakeholderRow = AnalysisRowFields['stakeholders'];
export type InternalRow = AnalysisRowFields['internal'];
export type PestleRow = AnalysisRowFields['pestle'];
export type SwotRow = AnalysisRowFields['swot'];
export type SwotStrategyRow = AnalysisRowFields['strategies'];

/** A row's fields as stored: every part's field is a text, a score or a list of texts. */
export type StoredFields = Record<string, string | number | string[]>;

/** Each part's fields in the order the document writes them (jsonb keeps no key order). */
export const PART_FIELDS: { [P in AnalysisPart]: ReadonlyArray<keyof AnalysisRowFields[P]> } = {
  history: ['text'],
  evaluation: ['text', 'previousTarget'],
  legal: ['duty', 'basis', 'findings', 'needs'],
  policy: ['document', 'reference', 'duty'],
  activities: ['field', 'services'],
  stakeholders: ['name', 'kind', 'importance', 'influence', 'method', 'opinion'],
  internal: ['topic', 'text'],
  pestle: ['category', 'factor', 'trend', 'effect'],
  swot: ['kind', 'text'],
  strategies: ['kind', 'text'],
};

/** Where a finding or need came from: a part, and in a document the row's 1-based number in it. */
export interface AnalysisOriginDoc {
  part: AnalysisPart;
  row?: number;
}

export interface AnalysisItemDoc {
  code: string;
  kind: AnalysisItemKind;
  text: string;
  origin?: AnalysisOriginDoc;
}

/** The `plan.analysis` section of a plan document: every part optional, rows in order. */
export type AnalysisDoc = { [P in AnalysisPart]?: Array<AnalysisRowFields[P]> } & {
  findings?: AnalysisItemDoc[];
};

/** The document keys of the section, in the order the document writes them. */
export const ANALYSIS_DOC_KEYS = [...ANALYSIS_PARTS, 'findings'] as const;

// ---------------------------------------------------------------------------------------------
// The stakeholder strategy (planning-cycle.md 2 F)

export const STAKEHOLDER_STRATEGIES = ['birlikte-calis', 'cikarlarini-gozet', 'bilgilendir', 'izle'] as const;
export type StakeholderStrategy = (typeof STAKEHOLDER_STRATEGIES)[number];

export const STAKEHOLDER_STRATEGY_LABELS: Record<Lang, Record<StakeholderStrategy, string>> = {
  tr: {
    'birlikte-calis': 'Birlikte Çalış',
    'cikarlarini-gozet': 'Çıkarlarını Gözet',
    bilgilendir: 'Bilgilendir',
    izle: 'İzle',
  },
  en: {
    'birlikte-calis': 'Work together',
    'cikarlarini-gozet': 'Keep satisfied',
    bilgilendir: 'Keep informed',
    izle: 'Monitor',
  },
};

export type StakeholderPriority = 1 | 2 | 3 | 4;

/**
 * A stakeholder's strategy and priority from its importance (önem) and influence (etki): a score
 * at or above `threshold` is high. High influence and high importance → Birlikte Çalış (priority
 * 1); high influence, low importance → Çıkarlarını Gözet (2); low influence, high importance →
 * Bilgilendir (3); both low → İzle (4).
 */
export function stakeholderStrategy(
  importance: number,
  influence: number,
  threshold: number = DEFAULT_STAKEHOLDER_THRESHOLD,
): { strategy: StakeholderStrategy; priority: StakeholderPriority } {
  const important = importance >= threshold;
  const influential = influence >= threshold;
  if (influential && important) return { strategy: 'birlikte-calis', priority: 1 };
  if (influential) return { strategy: 'cikarlarini-gozet', priority: 2 };
  if (important) return { strategy: 'bilgilendir', priority: 3 };
  return { strategy: 'izle', priority: 4 };
}

/** The next free code of a kind among `codes` (T3 after T1 and T2; T1 in an empty list). */
export function nextItemCode(kind: AnalysisItemKind, codes: readonly string[]): string {
  const prefix = ITEM_CODE_PREFIX[kind];
  const numbers = codes
    .filter((code) => code.startsWith(prefix))
    .map((code) => Number(code.slice(prefix.length)))
    .filter((value) => Number.isInteger(value) && value > 0);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

// ---------------------------------------------------------------------------------------------
// The API's answers

export interface AnalysisRowResponse {
  id: string;
  part: AnalysisPart;
  position: number;
  /** The part's fields (AnalysisRowFields) in its key order. */
  fields: StoredFields;
  /** Stakeholders only: the derived priority and strategy with its label. */
  derived?: { priority: StakeholderPriority; strategy: StakeholderStrategy; label: string };
  version: number;
}

export interface AnalysisItemResponse {
  id: string;
  code: string;
  kind: AnalysisItemKind;
  text: string;
  origin: { part: AnalysisPart; rowId: string | null } | null;
  /** Codes of the target cards that answer it, in plan order. */
  targets: string[];
  position: number;
  version: number;
}

export interface AnalysisLinkResponse {
  code: string;
  target: string;
}

export interface AnalysisResponse {
  planId: string;
  stakeholderThreshold: number;
  /** Every part in order, with its rows (none yet: an empty list). */
  parts: Array<{ part: AnalysisPart; rows: AnalysisRowResponse[] }>;
  findings: AnalysisItemResponse[];
}

// ---------------------------------------------------------------------------------------------
// Part B: the previous plan's final realisation (issue 13)

/** How the previous plan was found: the plan this one was copied from, or the plan ending the year before. */
export type PreviousPlanSource = 'copy' | 'period';

/** An indicator of the previous plan as the progress engine answered it for the period. */
export interface PreviousIndicatorFigures {
  code: string;
  name: string;
  unit: string | null;
  /** A: baseline. */
  baseline: number | null;
  /** B: the target of the period's year. */
  target: number | null;
  /** C: the actual value at the period's end, from approved values. */
  actual: number | null;
  /** GO: the raw realisation rate (%), null without data. */
  rate: number | null;
  formula: RateFormula | null;
  /** Why it did not enter the target's rate (NO_DATA, NO_TARGET…), with the engine's message. */
  excluded: { reason: ExclusionReason; message: string } | null;
}

/** A target of the previous plan: its rate (HG) and coverage, its indicators, the team's reason. */
export interface PreviousTargetEvaluation {
  aimCode: string;
  code: string;
  title: string;
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  indicators: PreviousIndicatorFigures[];
  /** The reason written for it: an evaluation row with `previousTarget` = code. */
  reason: { rowId: string; text: string; version: number } | null;
}

/**
 * GET /api/plans/:planId/analysis/previous-plan: part B filled from the previous plan when it is
 * in Pusula. Every figure is GET progress of the previous plan for `period` on approved values.
 */
export interface PreviousPlanEvaluationResponse {
  planId: string;
  previousPlan: {
    id: string;
    title: string;
    startYear: number;
    endYear: number;
    source: PreviousPlanSource;
  } | null;
  /** Always approved values: what the council and the public saw. */
  basis: 'approved';
  /**
   * The year-end assessed ("2024"): the previous plan's last year once it has ended, else its
   * latest ended year (`final` false); null when none of its years has ended.
   */
  period: string | null;
  final: boolean;
  /** The previous plan's rate and coverage for the period (null without a period). */
  rate: number | null;
  coverage: Coverage | null;
  /** One line per rule the engine used, in the caller's language. */
  explanation: string[];
  targets: PreviousTargetEvaluation[];
}

/** PUT /api/plans/:planId/analysis/previous-plan/reasons: a reason per target of the previous plan. */
export interface PreviousReasonsRequest {
  /** `reason` null removes the target's reason; `version`: the reason row's version read. */
  reasons: Array<{ target: string; reason: string | null; version?: number }>;
}
