/**
 * The situation analysis (durum analizi, planning-cycle.md 2) of a plan: the parts as typed rows,
 * the findings and needs (tespitler ve ihtiyaçlar) with their origin and the target cards that
 * answer them, and the stakeholder strategy derived from importance and influence. Shared by the
 * plan document, the REST resources and (later) the client. Pure: no framework, no I/O.
 */
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
  /** B: the evaluation of the plan in force, as text. */
  evaluation: { text: string };
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
  evaluation: ['text'],
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
