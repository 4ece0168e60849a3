import type { EntryTrail, ValueStatus } from './workflow.js';

/*
 * The yearly performance programme (performans programı, PP) in its classic format
 * (planning-cycle.md 3): performance targets (PH) drawn from the plan's targets of the year, their
 * indicators and activities, each activity's resource need by first-level economic code and by
 * off-budget source, the institution's general administration costs and transfers, and the
 * resource need its budget proposal states. Tables 1–5 are computed from these, never typed twice.
 */

/** First-level economic codes of the budget (ekonomik sınıflandırma, birinci düzey). */
export const ECONOMIC_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09'] as const;
export type EconomicCode = (typeof ECONOMIC_CODES)[number];

/** Sources of resources outside the budget (bütçe dışı kaynaklar). */
export const OFF_BUDGET_SOURCES = ['doner-sermaye', 'diger-yurt-ici', 'diger-yurt-disi'] as const;
export type OffBudgetSource = (typeof OFF_BUDGET_SOURCES)[number];

/** A resource need: TL by economic code (budget) and by off-budget source; absent is zero. */
export interface ResourceNeed {
  budget: Partial<Record<EconomicCode, number>>;
  offBudget: Partial<Record<OffBudgetSource, number>>;
}

export interface ProgrammeActivity {
  /** F01, F02, … */
  code: string;
  name: string;
  /** The responsible spending unit's code; null while not chosen (PP_ACTIVITY_UNIT). */
  responsibleUnit: string | null;
  cost: ResourceNeed;
}

export interface PerformanceTarget {
  /** PH1, PH2, … */
  code: string;
  /** The plan target it pursues in the year, and that target's aim. */
  aimCode: string;
  targetCode: string;
  title: string;
  activities: ProgrammeActivity[];
}

export interface ProgrammeCosts {
  year: number;
  targets: PerformanceTarget[];
  /** Genel Yönetim Giderleri: costs of the institution not assigned to an activity. */
  generalAdministration: ResourceNeed;
  /** Diğer İdarelere Transfer Edilecek Kaynaklar. */
  transfers: ResourceNeed;
  /** The budget proposal's resource need by economic code (bütçe teklifi), entered on its own. */
  proposal: Partial<Record<EconomicCode, number>>;
}

/** Budget, off-budget and their total of one line of a table, in TL. */
export interface Amounts {
  budget: number;
  offBudget: number;
  total: number;
}

/** Tablo 2: one activity's costs by economic code and by off-budget source. */
export interface ActivityCostTable {
  target: string;
  activity: string;
  name: string;
  responsibleUnit: string | null;
  budget: Array<{ code: EconomicCode; amount: number }>;
  budgetTotal: number;
  offBudget: Array<{ source: OffBudgetSource; amount: number }>;
  offBudgetTotal: number;
  total: number;
}

/** A line of Tablo 3 with its shares of the grand total (0–1; null where the column's total is 0). */
export interface ShareLine extends Amounts {
  shares: { budget: number | null; offBudget: number | null; total: number | null };
}

/** Tablo 1 (per PH) and Tablo 3 (all PHs): activities, their PH's total, and the institution's lines. */
export interface PerformanceTable {
  targets: Array<{
    code: string;
    aimCode: string;
    targetCode: string;
    title: string;
    activities: Array<{ code: string; name: string } & ShareLine>;
    total: ShareLine;
  }>;
  activitiesTotal: ShareLine;
  generalAdministration: ShareLine;
  transfers: ShareLine;
  grandTotal: ShareLine;
}

/** Tablo 4: the total resource need by economic code (and off-budget source). */
export interface ResourceTable {
  budget: Array<{ code: EconomicCode } & ResourceColumns>;
  budgetTotal: ResourceColumns;
  offBudget: Array<{ source: OffBudgetSource } & ResourceColumns>;
  offBudgetTotal: ResourceColumns;
  total: ResourceColumns;
}

export interface ResourceColumns {
  activities: number;
  generalAdministration: number;
  transfers: number;
  total: number;
}

/** Tablo 5: each PH with its activities and their responsible units. */
export interface ResponsibilityTable {
  targets: Array<{
    code: string;
    title: string;
    activities: Array<{ code: string; name: string; responsibleUnit: string | null }>;
  }>;
}

/** A difference between the budget proposal and Tablo 4 (PP_RESOURCE_IDENTITY). */
export interface IdentityBreak {
  /** An economic code, or 'total'. */
  line: EconomicCode | 'total';
  proposal: number;
  computed: number;
}

// ---------------------------------------------------------------------------------------------
// The API of a programme (routes under /api/plans/:planId/programmes/:year)

/** The format an institution chooses for a year: classic tables or the programme budget. */
export const PROGRAMME_FORMATS = ['classic', 'programme-budget'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

/** draft → submitted (to the council, a date) → accepted (decision date and number) → published (a date). */
export const PROGRAMME_STATUSES = ['draft', 'submitted', 'accepted', 'published'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** The rules GET …/programmes/:year/validation checks. */
export const PROGRAMME_RULE_CODES = [
  'PP_INDICATOR_COMPLETE',
  'PP_TARGET_IN_PLAN',
  'PP_COST_VS_PLAN',
  'PP_ACTIVITY_UNIT',
  'PP_RESOURCE_IDENTITY',
] as const;
export type ProgrammeRuleCode = (typeof PROGRAMME_RULE_CODES)[number];

/** PP_COST_VS_PLAN's tolerance when the plan sets none: 10 % of the plan's cost estimate. */
export const DEFAULT_PROGRAMME_COST_TOLERANCE = 10;

/**
 * Where a figure of a PP indicator comes from: `actual`, the year-end value computed from the
 * approved values Pusula holds; `plan`, the plan's yearly target (year t); `entered`, typed into
 * the programme because Pusula has neither; null when missing.
 */
export type FigureSource = 'actual' | 'plan' | 'entered';

export interface ProgrammeFigure {
  year: number;
  value: number | null;
  source: FigureSource | null;
}

/** An indicator of a PH (the plan target's indicators), its t-2, t-1 and t figures. */
export interface ProgrammeIndicatorResponse {
  code: string;
  name: string;
  unit: string | null;
  figures: ProgrammeFigure[];
  explanation: string | null;
  /** The version of what the programme typed for it; 0 while nothing is typed (PUT takes it back). */
  version: number;
}

export interface ProgrammeActivityResponse {
  id: string;
  code: string;
  name: string;
  /** The responsible spending unit's code; null once its unit is gone (PP_ACTIVITY_UNIT). */
  unit: string | null;
  unitName: string | null;
  description: string | null;
  cost: ResourceNeed;
  /** Budget, off-budget and total of its cost, in TL. */
  amounts: Amounts;
  /**
   * Its monitoring per assessment period of the programme's year that has an entry ("YYYY-H1",
   * "YYYY"), in time order: the approved entry and the entry whatever its status, each labelled.
   */
  progress: ActivityPeriodProgress[];
  position: number;
  version: number;
}

export interface ProgrammeTargetResponse {
  id: string;
  /** PH1, PH2, … */
  code: string;
  /** The plan target it pursues; null once that target left the plan (PP_TARGET_IN_PLAN). */
  targetCode: string | null;
  aimCode: string | null;
  title: string | null;
  explanation: string | null;
  indicators: ProgrammeIndicatorResponse[];
  activities: ProgrammeActivityResponse[];
  position: number;
  version: number;
}

export interface ProgrammeResponse {
  id: string;
  planId: string;
  year: number;
  format: ProgrammeFormat;
  status: ProgrammeStatus;
  submittedOn: string | null;
  decisionDate: string | null;
  decisionNumber: string | null;
  /** The day the accepted programme was published; null before. */
  publishedOn: string | null;
  /** 0 until the first revision of an accepted programme. */
  revision: number;
  /** The budget proposal's resource need by economic code (bütçe teklifi). */
  proposal: Partial<Record<EconomicCode, number>>;
  generalAdministration: ResourceNeed;
  transfers: ResourceNeed;
  targets: ProgrammeTargetResponse[];
  version: number;
}

/** Tables 1–5 of planning-cycle.md 3, computed from the programme's records. */
export interface ProgrammeTablesResponse {
  planId: string;
  year: number;
  /** Tablo 1 is each PH's part of Tablo 3 (`performance.targets[i]`) with its indicators. */
  indicators: Array<{ code: string; explanation: string | null; indicators: ProgrammeIndicatorResponse[] }>;
  /** Tablo 2 */
  activityCosts: ActivityCostTable[];
  /** Tablo 3 */
  performance: PerformanceTable;
  /** Tablo 4 */
  resources: ResourceTable;
  /** Tablo 5 */
  responsibilities: ResponsibilityTable;
  /** PP_RESOURCE_IDENTITY: where the budget proposal differs from Tablo 4; empty when it holds. */
  identityBreaks: IdentityBreak[];
}

export interface ProgrammeRevisionResponse {
  /** The revision this opened (1, 2, …). */
  revision: number;
  reason: string;
  openedAt: string;
  /** The programme as accepted before the revision. */
  accepted: ProgrammeResponse;
  /** A programme-budget programme's card as accepted before the revision; null for a classic one. */
  acceptedBudget: ProgrammeBudgetResponse | null;
}

/** The bodies (DTOs implement them). */
export interface PutProgrammeRequest {
  format?: ProgrammeFormat;
  proposal?: Record<string, number>;
  generalAdministration?: { budget?: Record<string, number>; offBudget?: Record<string, number> };
  transfers?: { budget?: Record<string, number>; offBudget?: Record<string, number> };
  version?: number;
}

export interface PublishProgrammeRequest {
  /** The day it was published (YYYY-MM-DD), not before the council's decision. */
  date: string;
}

// ---------------------------------------------------------------------------------------------
// Monitoring of activities (issue 14 point 5): per activity and assessment period, progress and
// spending, in the value workflow (contracts/workflow.ts).

/** What one progress entry says: % done (0–100), the note, the budget spent by economic code. */
export interface ActivityProgressFigures {
  percent: number;
  note: string | null;
  /** TL spent by first-level economic code; a code absent was not reported (never read as 0). */
  spending: Partial<Record<EconomicCode, number>>;
  /** Σ spending over the codes reported. */
  spendingTotal: number;
  status: ValueStatus;
}

/**
 * An activity's monitoring in one assessment period: `approved` rests on the approved entry only
 * (null while none is approved), `all` on the entry whatever its status (null when none).
 */
export interface ActivityPeriodProgress {
  period: string;
  approved: ActivityProgressFigures | null;
  all: ActivityProgressFigures | null;
}

/** An activity's progress entry as the workflow holds it. */
export interface ActivityProgressResponse extends ActivityProgressFigures, EntryTrail {
  activity: string;
  year: number;
  period: string;
}

/**
 * Σ spending over the codes reported, in whole kuruş (no float drift: 0.1 + 0.2 is 0.3): the one
 * computation of the total the programme, the worklist, the queue and the unit report show.
 */
export function spendingTotal(spending: Partial<Record<string, number>>): number {
  const kurus = Object.values(spending).reduce<number>(
    (sum, amount) => sum + Math.round((amount ?? 0) * 100),
    0,
  );
  return kurus / 100;
}

/** PUT of a progress entry: creates or updates its draft (a returned entry goes back to draft). */
export interface PutActivityProgressRequest {
  percent: number;
  note?: string | null;
  /** TL by first-level economic code 01–09, none negative. */
  spending?: Record<string, number>;
  /** The version the client read (409 STALE_VERSION otherwise). */
  version?: number;
}

// ---------------------------------------------------------------------------------------------
// The programme-budget format (planning-cycle.md 3, issue 14 point 2): per programme and
// sub-programme a performance card with its goals (linked to plan targets, many-to-many), their
// indicators over six columns and their activities' costs by economic code and funding type over
// six columns, and a justification form per activity. Routes under …/programmes/:year/budget.

/** The six columns of a goal's indicator: t-2 actual, t-1 planned, t-1 year-end estimate, t target, t+1 and t+2 forecasts. */
export const BUDGET_INDICATOR_COLUMNS = [
  'tMinus2Actual',
  'tMinus1Planned',
  'tMinus1Estimate',
  'tTarget',
  'tPlus1',
  'tPlus2',
] as const;
export type BudgetIndicatorColumn = (typeof BUDGET_INDICATOR_COLUMNS)[number];

/** The six columns of an activity's costs: t-1 budget, t-1 actual, t-1 year-end estimate, t, t+1, t+2. */
export const BUDGET_COST_COLUMNS = [
  'tMinus1Budget',
  'tMinus1Actual',
  'tMinus1Estimate',
  't',
  'tPlus1',
  'tPlus2',
] as const;
export type BudgetCostColumn = (typeof BUDGET_COST_COLUMNS)[number];

/** Funding types of an activity's costs: bütçe içi, bütçe dışı. */
export const FUNDING_TYPES = ['budget', 'offBudget'] as const;
export type FundingType = (typeof FUNDING_TYPES)[number];

/**
 * An activity's costs in TL: by funding type, first-level economic code and column. A column
 * absent is not stated (shown empty, summed as nothing); none is negative.
 */
export type BudgetCostGrid = Partial<
  Record<FundingType, Partial<Record<EconomicCode, Partial<Record<BudgetCostColumn, number>>>>>
>;

/** A column's sums of a cost grid: bütçe içi, bütçe dışı and both, in TL. */
export type BudgetCostTotals = Record<BudgetCostColumn, Amounts>;

/** The justification form of an activity (faaliyet gerekçe formu). */
export interface ActivityJustification {
  /** Yasal dayanak */
  legalBasis: string | null;
  /** Gerekçe */
  rationale: string | null;
  /** Maliyet unsurları */
  costElements: string | null;
  /** Bütçe tertipleri */
  budgetLines: string | null;
}

export interface BudgetIndicatorResponse {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  /** The six figures; null where none is given (PP_INDICATOR_COMPLETE). The estimate is its own value, never an actual. */
  figures: Record<BudgetIndicatorColumn, number | null>;
  version: number;
}

export interface BudgetActivityResponse {
  id: string;
  code: string;
  name: string;
  /** The responsible unit's code; null once the unit is gone (PP_ACTIVITY_UNIT). */
  unit: string | null;
  unitName: string | null;
  costs: BudgetCostGrid;
  totals: BudgetCostTotals;
  justification: ActivityJustification;
  /**
   * Its monitoring (issue 14 point 5) per assessment period of the programme's year that has an
   * entry, in time order: the approved entry and the entry whatever its status, as a classic
   * activity's `progress`.
   */
  progress: ActivityPeriodProgress[];
  version: number;
}

export interface BudgetGoalResponse {
  id: string;
  code: string;
  title: string;
  /** The plan targets it serves (their codes, titles and aims); a link goes with its target. */
  targets: Array<{ code: string; title: string; aimCode: string }>;
  indicators: BudgetIndicatorResponse[];
  activities: BudgetActivityResponse[];
  totals: BudgetCostTotals;
  version: number;
}

export interface BudgetSubProgrammeResponse {
  id: string;
  code: string;
  name: string;
  goals: BudgetGoalResponse[];
  totals: BudgetCostTotals;
  version: number;
}

export interface BudgetProgrammeResponse {
  id: string;
  code: string;
  name: string;
  subProgrammes: BudgetSubProgrammeResponse[];
  totals: BudgetCostTotals;
  version: number;
}

/** GET …/programmes/:year/budget: the whole programme-budget card of a PP. */
export interface ProgrammeBudgetResponse {
  planId: string;
  year: number;
  format: ProgrammeFormat;
  status: ProgrammeStatus;
  revision: number;
  /** The calendar year of each column: t-2, t-1, t, t+1, t+2. */
  years: { tMinus2: number; tMinus1: number; t: number; tPlus1: number; tPlus2: number };
  programmes: BudgetProgrammeResponse[];
  totals: BudgetCostTotals;
}

/** The bodies (DTOs implement them); a PUT replaces what the POST made. */
export interface BudgetProgrammeRequest {
  code: string;
  name: string;
  version?: number;
}

export interface BudgetSubProgrammeRequest {
  /** The id of its programme. */
  programme: string;
  code: string;
  name: string;
  version?: number;
}

export interface BudgetGoalRequest {
  /** The id of its sub-programme. */
  subProgramme: string;
  code: string;
  title: string;
  /** Codes of plan targets of the year (PP_TARGET_IN_PLAN), at least one. */
  targets: string[];
  version?: number;
}

export interface BudgetIndicatorRequest {
  /** The id of its goal. */
  goal: string;
  code: string;
  name: string;
  unit?: string | null;
  figures?: Partial<Record<string, number | null>>;
  version?: number;
}

export interface BudgetActivityRequest {
  /** The id of its goal. */
  goal: string;
  code: string;
  name: string;
  /** The responsible unit's code (PP_ACTIVITY_UNIT). */
  unit: string | null;
  costs?: Record<string, unknown>;
  justification?: Partial<ActivityJustification>;
  version?: number;
}
