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
