/**
 * The rows of a plan's content as its writers build them, and the writes that change them:
 * every writer of a plan (a document import, a target-card workbook, an approved plan update)
 * describes what it changes in these shapes, and the plan storage writes them the one way.
 * An indicator's stored fields come from its document form through `indicatorRow`, so a new
 * field of an indicator is added in one place. Pure.
 */
import type {
  ActivityDoc,
  CostingDoc,
  IndicatorBasics,
  IndicatorHeading,
  Method,
  PlanSettings,
  PlanStatus,
  TargetDoc,
  YearAmounts,
} from '../../contracts/plan-document.js';
import type { CreatePlanRequest } from '../../contracts/resources.js';
import { orNull } from '../../common/objects.js';

export interface AimRow {
  id: string;
  code: string;
  title: string;
  position: number;
}

export interface TargetRow {
  id: string;
  aimId: string;
  code: string;
  title: string;
  position: number;
  responsibleUnitId: string;
  risks: string[] | null;
  controls: string[] | null;
  strategies: string[] | null;
  activities: ActivityDoc[] | null;
  costEstimate: YearAmounts | null;
  findings: string[] | null;
  needs: string[] | null;
}

export interface IndicatorRow extends IndicatorHeading {
  id: string;
  targetId: string;
  method: Method | null;
  baseline: number | null;
  monitoringMonths: 6 | 12 | null;
  reportingMonths: 6 | 12 | null;
  dataSource: string | null;
  sinceYear: number | null;
  /** Optional B of the first half per year: the 30 June rate is measured against it. */
  halfYearTargets: Record<string, number> | null;
  /** The chart's y axis starts at 0 (the default); false: it fits the data. */
  chartFromZero: boolean;
  position: number;
}

export interface YearlyTargetRow {
  indicatorId: string;
  year: number;
  value: number;
}

export interface CollaboratorRow {
  targetId: string;
  unitId: string;
  position: number;
}

/** A plan's content rows as stored. */
export interface StoredPlanRows {
  aims: AimRow[];
  targets: TargetRow[];
  indicators: IndicatorRow[];
  yearlyTargets: YearlyTargetRow[];
  collaborators: CollaboratorRow[];
}

export interface Writes<T> {
  insert: T[];
  update: T[];
  delete: T[];
}

/** What a writer changes in a plan's content; an update carries the whole row as it becomes. */
export interface PlanRowChanges {
  aims: Writes<AimRow>;
  targets: Writes<TargetRow>;
  indicators: Writes<IndicatorRow>;
  yearlyTargets: Writes<YearlyTargetRow>;
  /** Targets whose collaborating units are replaced, and their new lists. */
  collaborators: { targetIds: string[]; rows: CollaboratorRow[] };
}

export function noRowChanges(): PlanRowChanges {
  return {
    aims: writes(),
    targets: writes(),
    indicators: writes(),
    yearlyTargets: writes(),
    collaborators: { targetIds: [], rows: [] },
  };
}

export function writes<T>(): Writes<T> {
  return { insert: [], update: [], delete: [] };
}

/** The fields of an indicator a document, a request or an added indicator gives; absent is null. */
export interface IndicatorFields extends IndicatorBasics {
  unit?: string | null;
  method?: Method | null;
  baseline?: number | null;
  monitoringMonths?: 6 | 12 | null;
  reportingMonths?: 6 | 12 | null;
  dataSource?: string | null;
  sinceYear?: number | null;
  halfYearTargets?: Record<string, number> | null;
  chartFromZero?: boolean;
}

/** A new plan's fields as its request gives them; a document's council decision and institution facts are flattened to this. */
export type PlanFields = Omit<CreatePlanRequest, 'institutionId' | 'population'> & {
  closedOn?: string;
  population?: number | null;
};

/** A new plan's row; what its fields leave out is stored as null. */
export interface PlanRow {
  id: string;
  institutionId: string;
  title: string;
  startYear: number;
  endYear: number;
  status: PlanStatus | null;
  mission: string | null;
  vision: string | null;
  submittedToCouncil: string | null;
  councilDecisionDate: string | null;
  councilDecisionNumber: string | null;
  closedOn: string | null;
  population: number | null;
  electionDate: string | null;
  settings: Partial<PlanSettings> | null;
  costing: CostingDoc | null;
}

const PLAN_OPTIONAL = [
  'status',
  'mission',
  'vision',
  'submittedToCouncil',
  'councilDecisionDate',
  'councilDecisionNumber',
  'closedOn',
  'population',
  'electionDate',
  'settings',
  'costing',
] as const;

export function planRow(fields: PlanFields, place: { id: string; institutionId: string }): PlanRow {
  const { title, startYear, endYear } = fields;
  return {
    id: place.id,
    institutionId: place.institutionId,
    title,
    startYear,
    endYear,
    ...orNull(fields, PLAN_OPTIONAL),
  };
}

const INDICATOR_OPTIONAL = [
  'unit',
  'method',
  'baseline',
  'monitoringMonths',
  'reportingMonths',
  'dataSource',
  'sinceYear',
  'halfYearTargets',
] as const;

/** An indicator's row from its document form; what the document leaves out is stored as null. */
export function indicatorRow(
  fields: IndicatorFields,
  place: { id: string; targetId: string; position: number },
): IndicatorRow {
  const { code, name, weight, direction, valueType } = fields;
  return {
    id: place.id,
    targetId: place.targetId,
    code,
    name,
    weight,
    direction,
    valueType,
    ...orNull(fields, INDICATOR_OPTIONAL),
    chartFromZero: fields.chartFromZero ?? true,
    position: place.position,
  };
}

/** An indicator's yearly targets (B) as rows. */
export function yearlyTargetRows(indicatorId: string, targets: Record<string, number>): YearlyTargetRow[] {
  return Object.entries(targets).map(([year, value]) => ({ indicatorId, year: Number(year), value }));
}

const TARGET_OPTIONAL = [
  'risks',
  'controls',
  'strategies',
  'activities',
  'costEstimate',
  'findings',
  'needs',
] as const;

/** A target card's row from its document form; the responsible unit is given by id. */
export function targetRow(
  target: TargetDoc,
  place: { id: string; aimId: string; position: number; responsibleUnitId: string },
): TargetRow {
  const { id, aimId, position, responsibleUnitId } = place;
  const { code, title } = target;
  return { id, aimId, code, title, position, responsibleUnitId, ...orNull(target, TARGET_OPTIONAL) };
}
