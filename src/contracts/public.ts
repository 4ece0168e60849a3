import type { CoreValueDoc, Direction, InstitutionKind, PlanStatus, ValueType } from './plan-document.js';

/** A published plan as anyone may read it: approved values only, no notes, drafts or users. */
export interface PublicPlanSummary {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  status: PlanStatus;
  /** Its last year is over and it was never closed: reads "süresi doldu — kapatılmadı". */
  expired: boolean;
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

export interface PublicIndicator {
  code: string;
  name: string;
  unit: string | null;
  weight: number;
  direction: Direction;
  valueType: ValueType;
  baseline: number | null;
  targets: Record<string, number>;
  values: PublicValue[];
}

export interface PublicPlan extends PublicPlanSummary {
  mission: string | null;
  vision: string | null;
  values: CoreValueDoc[];
  councilDecision: { date: string | null; number: string | null } | null;
  aims: Array<{
    code: string;
    title: string;
    targets: Array<{ code: string; title: string; responsibleUnit: string; indicators: PublicIndicator[] }>;
  }>;
}
