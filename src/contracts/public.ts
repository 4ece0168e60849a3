import type { CoreValueDoc, IndicatorHeading, InstitutionKind } from './plan-document.js';
import type { PlanHeading } from './resources.js';
import type { Amounts, PerformanceTable, ProgrammeIndicatorResponse, ResourceNeed } from './programme.js';

/** A published plan as anyone may read it: approved values only, no notes, drafts or users. */
export interface PublicPlanSummary extends PlanHeading {
  institution: { name: string; kind: InstitutionKind };
  publishedAt: string;
}

export interface PublicValue {
  period: string;
  value: number;
  /** Corrected after approval: the first approved value is originalValue. */
  revised: boolean;
  originalValue: number | null;
  correctionReason: string | null;
  deviationReason: string | null;
}

export interface PublicIndicator extends IndicatorHeading {
  baseline: number | null;
  targets: Record<string, number>;
  /** The chart's y axis starts at 0 (default); false: it fits the data. */
  chartFromZero: boolean;
  values: PublicValue[];
}

export interface PublicPlan extends PublicPlanSummary {
  mission: string | null;
  vision: string | null;
  values: CoreValueDoc[];
  councilDecision: { date: string | null; number: string | null } | null;
  /** The licence of the plan's open data (data.csv, data.json). */
  openDataLicence: OpenDataLicence;
  aims: Array<{
    code: string;
    title: string;
    targets: Array<{ code: string; title: string; responsibleUnit: string; indicators: PublicIndicator[] }>;
  }>;
}

/**
 * The open data's columns (GET /api/public/plans/:id/data.csv and data.json), in this order. The
 * names are stable: a column is only ever added at the end, never renamed or removed.
 */
export const OPEN_DATA_COLUMNS = [
  'plan_id',
  'plan_name',
  'institution',
  'period',
  'assessed_period',
  'aim_code',
  'aim_name',
  'target_code',
  'target_name',
  'indicator_code',
  'indicator_name',
  'unit',
  'value_type',
  'direction',
  'weight',
  'baseline',
  'target_value',
  'entered_value',
  'actual_value',
  'rate',
  'revised',
  'approved_at',
] as const;

export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number];

/** One approved entry of an indicator with the figures of the assessed period it closes (docs/api.md). */
export type OpenDataRow = Record<OpenDataColumn, string | number | boolean | null>;

/** Under which terms the open data may be reused (PUSULA_OPEN_DATA_LICENCE_NAME / _URL). */
export interface OpenDataLicence {
  name: string;
  url: string;
}

/** GET /api/public/plans/:id/data.json: the rows of data.csv with the plan and the licence. */
export interface OpenDataResponse {
  plan: { id: string; name: string; institution: string; startYear: number; endYear: number };
  licence: OpenDataLicence;
  /** Always approved: the open data holds approved values only. */
  basis: 'approved';
  columns: OpenDataColumn[];
  rows: OpenDataRow[];
}

/** A programme year the public pages show: accepted by the council and published (issue 14). */
export interface PublicProgrammeSummary {
  year: number;
  decisionDate: string | null;
  decisionNumber: string | null;
  publishedOn: string | null;
}

/**
 * GET /api/public/plans/:id/programmes/:year: the published performance programme as citizens read
 * it — its performance targets with their indicators' figures, its activities with their costs
 * (no monitoring: drafts and unapproved progress stay inside) and Tablo 3.
 */
export interface PublicProgramme extends PublicProgrammeSummary {
  planId: string;
  targets: Array<{
    code: string;
    targetCode: string | null;
    aimCode: string | null;
    title: string | null;
    explanation: string | null;
    indicators: Array<Omit<ProgrammeIndicatorResponse, 'version'>>;
    activities: Array<{
      code: string;
      name: string;
      unitName: string | null;
      description: string | null;
      cost: ResourceNeed;
      amounts: Amounts;
    }>;
  }>;
  /** Tablo 3 (Performans Hedefi ve Faaliyetlere İlişkin Kaynak İhtiyacı) as GET …/tables computes it. */
  performance: PerformanceTable;
}
