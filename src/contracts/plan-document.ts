/**
 * The plan document: the JSON interchange format of ../shared/plan-document.md
 * ("pusula.plan/v1"). Field names are a contract: add fields freely, rename none.
 */

import type { AnalysisDoc } from './analysis.js';
import type { ValueStatus } from './workflow.js';

export const PLAN_DOCUMENT_FORMAT = 'pusula.plan/v1';

export const INSTITUTION_KINDS = ['belediye', 'buyuksehir', 'birlik', 'kent-konseyi', 'diger'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const DIRECTIONS = ['artis', 'azalis', 'koruma'] as const;
/** artis: higher is better; azalis: lower is better; koruma: keep the level. */
export type Direction = (typeof DIRECTIONS)[number];

export const VALUE_TYPES = ['duzey', 'kumulatif', 'donemsel'] as const;
/** duzey: level at the end of the entry period; kumulatif: amount added; donemsel: per-year flow. */
export type ValueType = (typeof VALUE_TYPES)[number];

export const METHODS = ['F1', 'F2'] as const;
/** F1: (C − A) / (B − A) × 100; F2: C / B × 100 (B / C for azalis). */
export type Method = (typeof METHODS)[number];

export const AIM_AGGREGATIONS = ['mean', 'cost-weighted'] as const;
export type AimAggregation = (typeof AIM_AGGREGATIONS)[number];

export const PLAN_STATUSES = ['taslak', 'meclis-onayinda', 'yururlukte', 'kapandi'] as const;
/** taslak (draft) → meclis-onayinda (submitted) → yururlukte (in force) → kapandi (closed). */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Money in TL keyed by year ("2025"). */
export type YearAmounts = Record<string, number>;

export interface InstitutionDoc {
  name: string;
  kind: InstitutionKind;
  population?: number;
  /** Local general election date (YYYY-MM-DD) that the plan follows. */
  electionDate?: string;
}

export interface UnitDoc {
  code: string;
  name: string;
  /** Code of the parent unit, when units form a tree. */
  parent?: string;
}

export interface CoreValueDoc {
  title: string;
  description?: string;
}

export interface CouncilDecisionDoc {
  date: string;
  number: string;
}

export interface CodePrefixes {
  aim: string;
  target: string;
  indicator: string;
}

export interface PlanSettings {
  /** Clamp indicator rates to [0, 100] in target roll-ups (default true). */
  clampTargetRates: boolean;
  /** How an aim's rate is made from its targets' rates (default "mean"). */
  aimAggregation: AimAggregation;
  /** Code prefixes (default A / H / PG; some plans use SA / SH / PH). */
  codePrefixes?: CodePrefixes;
  /** Realisation-rate bands for colouring: rate ≥ good is green, ≥ warning is amber, else red. */
  statusThresholds?: { good: number; warning: number };
  /**
   * Coverage (% of the weight due) below which a rate reads "yetersiz veri" instead of its
   * colour (default 50).
   */
  minCoverage?: number;
  /**
   * Bands of a mid-year (30 June) rate against the year-end target (default on track ≥ 40,
   * behind < 20); null for a neutral palette.
   */
  midYearBands?: MidYearBands | null;
  /**
   * The plausibility rule of a value entry (default low 0.5, high 2): a figure below low × the
   * lowest or above high × the highest of the indicator's baseline, yearly targets and earlier
   * values needs a note and is marked olağan dışı. 0 < low < 1 < high.
   */
  plausibility?: PlausibilityFactors;
  /**
   * Days after an assessment period's end by which its entries are due (default 15): an entry
   * still owed after that day is late (gecikti), not one owed after the period's end.
   */
  entryDeadlineDays?: number;
  /**
   * Days after an assessment period's end by which the planner approves its entries (default
   * 30). Never before the entry deadline.
   */
  approvalDeadlineDays?: number;
  /**
   * A stakeholder's importance or influence at or above this reads high (default 3; 1–5): it
   * decides the stakeholder strategy of the situation analysis (contracts/analysis.ts).
   */
  stakeholderThreshold?: number;
  /**
   * Percent by which a performance programme's cost of a target may differ from the plan's cost
   * estimate for that year before PP_COST_VS_PLAN warns (default 10; 0–100).
   */
  programmeCostTolerance?: number;
}

/** Factors of the plausibility rule: below low × the lowest or above high × the highest reference. */
export interface PlausibilityFactors {
  low: number;
  high: number;
}

/** Mid-year bands: a half-year rate ≥ onTrack reads on track, < behind reads behind, else watch. */
export interface MidYearBands {
  onTrack: number;
  behind: number;
}

export interface ActivityDoc {
  code?: string;
  name: string;
  responsibleUnit?: string;
  cost?: YearAmounts;
  /** Part of the cost outside the budget (bütçe dışı), by year. */
  offBudgetCost?: YearAmounts;
}

export interface ValueDoc {
  value: number;
  note?: string;
  deviationReason?: string;
  /**
   * Workflow state (domain.md 6). An export always gives it; a document without it is read as
   * "approved", so documents written before the workflow keep their meaning.
   */
  status?: ValueStatus;
  /** Corrected after approval (only on approved values): shown as revised. */
  revised?: boolean;
  /** The first approved value, kept by the correction. */
  originalValue?: number;
  correctionReason?: string;
}

/** What names an indicator and how it is measured, in every shape that carries one. */
export interface IndicatorBasics {
  code: string;
  name: string;
  /** hedefe etkisi (%): weights of a target's indicators sum to 100. */
  weight: number;
  direction: Direction;
  valueType: ValueType;
}

/** An indicator's basics as the API answers them: the unit is null when it has none. */
export interface IndicatorHeading extends IndicatorBasics {
  unit: string | null;
}

export interface IndicatorDoc extends IndicatorBasics {
  unit?: string;
  method?: Method;
  /** Baseline A (plan dönemi başlangıç değeri). */
  baseline: number | null;
  /** Yearly targets B_t keyed by year ("2025"). */
  targets: Record<string, number>;
  /**
   * Optional half-year targets keyed by year: the 30 June monitoring then measures against
   * this instead of the year-end target, and says so.
   */
  halfYearTargets?: Record<string, number>;
  /** izleme sıklığı: 6 (entries YYYY-H1/H2, default) or 12 (entries YYYY). */
  monitoringMonths?: 6 | 12;
  /** rapor sıklığı: 6 or 12. */
  reportingMonths?: 6 | 12;
  dataSource?: string;
  /**
   * First plan year the indicator counts in, when a plan update (güncelleme) added it later;
   * left out: from the plan's start year. Targets and entries start in this year.
   */
  sinceYear?: number;
  /**
   * The y axis of the indicator's chart starts at 0 (left out: true); false lets it fit the
   * data, for values far from 0 (a rate between 92 and 99 %). A presentation setting.
   */
  chartFromZero?: boolean;
  /** Entries keyed by entry period ("2025-H1", "2025-H2" or "2025"). */
  values?: Record<string, ValueDoc>;
}

export interface TargetDoc {
  code: string;
  title: string;
  responsibleUnit: string;
  collaboratingUnits?: string[];
  risks?: string[];
  /** Control activities against the risks. */
  controls?: string[];
  strategies?: string[];
  activities?: ActivityDoc[];
  costEstimate?: YearAmounts;
  findings?: string[];
  needs?: string[];
  /** Codes of the situation analysis's findings and needs (T1, İ2) the target answers. */
  answers?: string[];
  indicators: IndicatorDoc[];
}

export interface AimDoc {
  code: string;
  title: string;
  targets: TargetDoc[];
}

export interface ResourceDoc {
  /** e.g. "Genel bütçe", "Kalkınma ajansı hibesi". */
  source: string;
  kind: 'butce' | 'butce-disi';
  amounts: YearAmounts;
}

/** Section 2.2 of domain.md: general administration and resources beside the target costs. */
export interface CostingDoc {
  generalAdministration?: YearAmounts;
  resources?: ResourceDoc[];
}

/** What a plan is called, its years and status, and its mission and vision: as a document or a new plan gives them. */
export interface PlanHeadingDoc {
  title: string;
  startYear: number;
  endYear: number;
  status?: PlanStatus;
  mission?: string;
  vision?: string;
}

export interface PlanDoc extends PlanHeadingDoc {
  values?: CoreValueDoc[];
  submittedToCouncil?: string;
  councilDecision?: CouncilDecisionDoc;
  /** The date the plan was closed (kapandı), YYYY-MM-DD. */
  closedOn?: string;
  settings?: Partial<PlanSettings>;
  costing?: CostingDoc;
  /** The situation analysis (durum analizi, planning-cycle.md 2); left out when there is none. */
  analysis?: AnalysisDoc;
  aims: AimDoc[];
}

export interface PlanDocument {
  format: typeof PLAN_DOCUMENT_FORMAT;
  institution: InstitutionDoc;
  units: UnitDoc[];
  plan: PlanDoc;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  clampTargetRates: true,
  aimAggregation: 'mean',
};

export const DEFAULT_CODE_PREFIXES: CodePrefixes = { aim: 'A', target: 'H', indicator: 'PG' };
export const DEFAULT_STATUS_THRESHOLDS = { good: 85, warning: 50 };
export const DEFAULT_MIN_COVERAGE = 50;
export const DEFAULT_MID_YEAR_BANDS: MidYearBands = { onTrack: 40, behind: 20 };
export const DEFAULT_PLAUSIBILITY: PlausibilityFactors = { low: 0.5, high: 2 };
export const DEFAULT_ENTRY_DEADLINE_DAYS = 15;
export const DEFAULT_APPROVAL_DEADLINE_DAYS = 30;
/** The longest a deadline setting may run after a period's end: a year. */
export const MAX_DEADLINE_DAYS = 365;
