/**
 * The demo plans are written as tables: a target is one call with its texts and lists, an
 * indicator one row of its measurement (code, unit, weight, direction, value type, method,
 * baseline, yearly targets, months) and its texts, an entry one figure in period order. These
 * builders turn the rows into the plan document's objects, with the fields in the order the
 * document gives them.
 */
import {
  PLAN_DOCUMENT_FORMAT,
  type ActivityDoc,
  type AimDoc,
  type Direction,
  type IndicatorDoc,
  type InstitutionDoc,
  type Method,
  type PlanDoc,
  type PlanDocument,
  type PlanHeadingDoc,
  type PlanStatus,
  type TargetDoc,
  type UnitDoc,
  type ValueDoc,
  type ValueType,
  type YearAmounts,
} from '../../contracts/plan-document.js';

/** A figure a year, in plan-year order from the plan's first year. */
export type Yearly = readonly number[];

/** Monitoring and reporting every 6 or 12 months: one number when both are the same. */
export type Months = 6 | 12 | [monitoring: 6 | 12, reporting: 6 | 12];

/** An indicator's texts and entries, beside its measurement row. */
export interface IndicatorTexts {
  name: string;
  dataSource: string;
  /** Entered values in period order from the plan's first period (YYYY-H1, YYYY-H2 or YYYY). */
  values?: readonly number[];
  /** Notes of entries, by entry period. */
  notes?: Record<string, string>;
  /** Deviation reasons of entries, by entry period. */
  deviationReasons?: Record<string, string>;
}

/** A target's texts and lists; costEstimate by plan year. */
export interface TargetTexts extends Omit<
  TargetDoc,
  'code' | 'title' | 'responsibleUnit' | 'costEstimate' | 'activities' | 'indicators'
> {
  activities?: ActivityDoc[];
  costEstimate?: Yearly;
  indicators: IndicatorDoc[];
}

/** The object without its fields that are left out (undefined), as a document leaves them out. */
function defined<T extends object>(doc: T): T {
  for (const key of Object.keys(doc) as (keyof T)[]) {
    if (doc[key] === undefined) delete doc[key];
  }
  return doc;
}

/** A unit as a row: code, name and, for a unit under another, the parent's code. */
export type UnitRow = [code: string, name: string, parent?: string];

/** The plan document of an institution, its units (as rows) and its plan. */
export function planDocument(institution: InstitutionDoc, units: UnitRow[], plan: PlanDoc): PlanDocument {
  return {
    format: PLAN_DOCUMENT_FORMAT,
    institution,
    units: units.map(([code, name, parent]): UnitDoc => defined({ code, name, parent })),
    plan,
  };
}

/** A plan's title, years and status: the first fields of its plan object. */
export function heading(
  title: string,
  startYear: number,
  endYear: number,
  status: PlanStatus,
): Pick<PlanHeadingDoc, 'title' | 'startYear' | 'endYear' | 'status'> {
  return { title, startYear, endYear, status };
}

/** The builders of one plan, whose years start at startYear. */
export function planTables(startYear: number) {
  function yearly(figures: Yearly): YearAmounts {
    return Object.fromEntries(figures.map((figure, index) => [String(startYear + index), figure]));
  }

  function periods(months: 6 | 12, count: number): string[] {
    return Array.from({ length: count }, (_, index) =>
      months === 12 ? String(startYear + index) : `${startYear + Math.floor(index / 2)}-H${(index % 2) + 1}`,
    );
  }

  function entries(months: 6 | 12, texts: IndicatorTexts): Record<string, ValueDoc> | undefined {
    if (!texts.values) return undefined;
    const keys = periods(months, texts.values.length);
    return Object.fromEntries(
      texts.values.map((value, index) => {
        const period = keys[index] ?? '';
        const note = texts.notes?.[period];
        const deviationReason = texts.deviationReasons?.[period];
        return [period, defined({ value, note, deviationReason })];
      }),
    );
  }

  function aim(code: string, title: string, targets: TargetDoc[]): AimDoc {
    return { code, title, targets };
  }

  function target(code: string, responsibleUnit: string, title: string, texts: TargetTexts): TargetDoc {
    const { costEstimate, indicators, ...lists } = texts;
    return defined({
      code,
      title,
      responsibleUnit,
      collaboratingUnits: lists.collaboratingUnits,
      risks: lists.risks,
      controls: lists.controls,
      strategies: lists.strategies,
      activities: lists.activities,
      costEstimate: costEstimate && yearly(costEstimate),
      findings: lists.findings,
      needs: lists.needs,
      answers: lists.answers,
      indicators,
    });
  }

  /** An activity with its cost in the plan's first year (and the part of it outside the budget). */
  function activity(
    code: string,
    responsibleUnit: string,
    name: string,
    cost?: number,
    offBudget?: number,
  ): ActivityDoc {
    return defined({
      code,
      name,
      responsibleUnit,
      cost: cost === undefined ? undefined : yearly([cost]),
      offBudgetCost: offBudget === undefined ? undefined : yearly([offBudget]),
    });
  }

  function indicator(
    measure: [
      code: string,
      unit: string,
      weight: number,
      direction: Direction,
      valueType: ValueType,
      method: Method | null,
      baseline: number | null,
      targets: Yearly,
      months: Months,
    ],
    texts: IndicatorTexts,
  ): IndicatorDoc {
    const [code, unit, weight, direction, valueType, method, baseline, targets, months] = measure;
    const [monitoringMonths, reportingMonths] = typeof months === 'number' ? [months, months] : months;
    return defined({
      code,
      name: texts.name,
      unit,
      weight,
      direction,
      valueType,
      method: method ?? undefined,
      baseline,
      targets: yearly(targets),
      monitoringMonths,
      reportingMonths,
      dataSource: texts.dataSource,
      values: entries(monitoringMonths, texts),
    });
  }

  return { yearly, aim, target, activity, indicator };
}
