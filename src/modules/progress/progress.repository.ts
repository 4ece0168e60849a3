import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PlanSettings } from '../../contracts/plan-document.js';
import { contentStamp, valueStampSql } from '../../database/content-stamp.js';
import type { TargetChange, WeightChange } from '../../contracts/plan-versions.js';
import type { DefaultPeriodInput } from '../periods/default-period.js';
import {
  engineIndicator,
  type EngineAim,
  type EngineIndicatorRow,
  type EnginePlan,
  type EngineTarget,
} from './progress-engine.js';

export interface PlanHeader {
  id: string;
  title: string;
  institution: string;
  startYear: number;
  endYear: number;
  settings: Partial<PlanSettings> | null;
  /** Everything at plan level that a computed rate depends on: the progress cache key's stamp. */
  stamp: string;
}

interface IndicatorRow extends EngineIndicatorRow {
  plan_id: string;
  target_id: string;
}

interface AimRow {
  id: string;
  plan_id: string;
  code: string;
  title: string;
}

interface TargetRow {
  id: string;
  aim_id: string;
  code: string;
  title: string;
  unit_code: string | null;
  cost_estimate: Record<string, number> | null;
}

/** Loads what the progress engine reads of one plan or many, as plain rows (no entity hydration). */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPlanHeader(planId: string): Promise<PlanHeader | null> {
    return (await this.findPlanHeaders([planId]))[0] ?? null;
  }

  /** Plans whose years include `year`, or the given ones; ordered by institution name. */
  /** `institutionIds` null: every institution. */
  async findPlanHeaders(
    planIds: string[] | null,
    year?: number,
    institutionIds: string[] | null = null,
  ): Promise<PlanHeader[]> {
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        title: string;
        institution: string;
        start_year: number;
        end_year: number;
        settings: Partial<PlanSettings> | null;
        content_version: string;
        value_stamp: string;
      }>
    >(
      `SELECT p.id, p.title, i.name AS institution, p.start_year, p.end_year, p.settings, p.content_version,
              ${valueStampSql('p.id')} AS value_stamp
         FROM plans p JOIN institutions i ON i.id = p.institution_id
        WHERE ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
          AND ($2::int IS NULL OR $2::int BETWEEN p.start_year AND p.end_year)
          AND ($3::uuid[] IS NULL OR p.institution_id = ANY($3::uuid[]))
        ORDER BY i.name, p.start_year`,
      [planIds, year ?? null, institutionIds],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      institution: row.institution,
      startYear: row.start_year,
      endYear: row.end_year,
      settings: row.settings,
      stamp: `${contentStamp(row.content_version, row.value_stamp)}|${row.start_year}|${row.end_year}|${JSON.stringify(row.settings)}`,
    }));
  }

  /** What the default period of a plan is chosen from: its assessment periods and approved entry periods. */
  async defaultPeriodInput(planId: string): Promise<DefaultPeriodInput> {
    const [periods, approved] = await Promise.all([
      this.dataSource.query<Array<{ period: string; closed: boolean }>>(
        `SELECT period, status = 'closed' AS closed FROM assessment_periods WHERE plan_id = $1`,
        [planId],
      ),
      this.dataSource.query<Array<{ period: string }>>(
        `SELECT DISTINCT period FROM indicator_values WHERE plan_id = $1 AND status = 'approved'`,
        [planId],
      ),
    ]);
    return { periods, approvedEntryPeriods: approved.map((row) => row.period) };
  }

  /** The aim → target → indicator tree of one plan with yearly targets and the entries up to `lastYear`. */
  async loadEnginePlan(header: PlanHeader, lastYear: number, approvedOnly = false): Promise<EnginePlan> {
    return (await this.loadEnginePlans([header], lastYear, true, approvedOnly)).get(header.id) as EnginePlan;
  }

  /**
   * The same for many plans (the union-wide view). Five narrow queries run side by side —
   * aims, targets, indicators, the yearly targets and the entries the engine reads — and the
   * tree is put together here, so no wide rows are sorted or repeated. `withText` false leaves
   * out titles and names, which a list of plan rates does not show.
   */
  async loadEnginePlans(
    headers: PlanHeader[],
    lastYear: number,
    withText = true,
    /** Only approved values: what the public sees. */
    approvedOnly = false,
  ): Promise<Map<string, EnginePlan>> {
    const years = [...new Set([lastYear, ...headers.map((header) => header.endYear)])];
    const rows = await this.fetchEngineRows(headers, { years, lastYear, withText, approvedOnly });
    return assembleEnginePlans(headers, rows, rows.laterUpdates);
  }

  /**
   * One plan over all its years, loaded once (the trend): every yearly target and entry. `planOf(year)`
   * gives the plan as the engine reads it for that assessed year, with the approved updates that
   * take effect after it read as before them, as loadEnginePlan(header, year) would.
   */
  async loadEnginePlanHistory(
    header: PlanHeader,
    approvedOnly: boolean,
  ): Promise<{ latest: EnginePlan; planOf: (year: number) => EnginePlan }> {
    const years: number[] = [];
    for (let year = header.startYear; year <= header.endYear; year += 1) years.push(year);
    const rows = await this.fetchEngineRows([header], {
      years,
      lastYear: header.endYear,
      updatesAfter: header.startYear,
      withText: true,
      approvedOnly,
    });
    const planOf = (year: number): EnginePlan =>
      assembleEnginePlans(
        [header],
        rows,
        rows.laterUpdates.filter((update) => update.effective_year > year),
      ).get(header.id) as EnginePlan;
    return { latest: planOf(header.endYear), planOf };
  }

  /** The five narrow queries of loadEnginePlans, and the approved updates after `updatesAfter` (default lastYear). */
  private async fetchEngineRows(
    headers: PlanHeader[],
    options: {
      years: number[];
      lastYear: number;
      updatesAfter?: number;
      withText: boolean;
      approvedOnly: boolean;
    },
  ): Promise<EngineRows> {
    const { years, lastYear, withText, approvedOnly } = options;
    const planIds = headers.map((header) => header.id);
    const text = (column: string, alias: string): string =>
      withText ? `${column} AS ${alias}` : `'' AS ${alias}`;
    const [aims, targets, indicators, yearly, entries, laterUpdates] = await Promise.all([
      this.dataSource.query<AimRow[]>(
        `SELECT id, plan_id, code, ${text('title', 'title')} FROM aims WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, position`,
        [planIds],
      ),
      this.dataSource.query<TargetRow[]>(
        `SELECT t.id, t.aim_id, t.code, ${text('t.title', 'title')}, u.code AS unit_code, t.cost_estimate
           FROM targets t LEFT JOIN units u ON u.id = t.responsible_unit_id
          WHERE t.plan_id = ANY($1::uuid[]) ORDER BY t.position`,
        [planIds],
      ),
      this.dataSource.query<IndicatorRow[]>(
        `SELECT i.id, i.plan_id, i.target_id, i.code, ${text('i.name', 'name')}, ${withText ? 'i.unit' : 'NULL AS unit'},
                i.weight, i.direction, i.value_type, i.method, i.baseline, i.monitoring_months, i.since_year,
                i.half_year_targets
           FROM indicators i WHERE i.plan_id = ANY($1::uuid[]) ORDER BY i.position`,
        [planIds],
      ),
      this.dataSource.query<Array<{ indicator_id: string; year: number; value: number }>>(
        `SELECT indicator_id, year, value FROM indicator_targets
          WHERE plan_id = ANY($1::uuid[]) AND year = ANY($2::int[])`,
        [planIds, years],
      ),
      // Entry periods sort as text: "2025" < "2025-H1" < "2025-H2" < "2026".
      this.dataSource.query<Array<{ indicator_id: string; period: string; value: number }>>(
        `SELECT indicator_id, period, value FROM indicator_values
          WHERE plan_id = ANY($1::uuid[]) AND period < $2 AND ($3::boolean IS FALSE OR status = 'approved')`,
        [planIds, String(lastYear + 1), approvedOnly],
      ),
      // Approved updates that take effect after lastYear, first one first: what they changed is
      // read as it was before them (usually none, so no per-row lookup is paid for).
      this.dataSource.query<LaterUpdate[]>(
        `SELECT plan_id, effective_year, weight_changes, changes FROM plan_versions
          WHERE plan_id = ANY($1::uuid[]) AND status = 'approved' AND effective_year > $2
          ORDER BY number`,
        [planIds, options.updatesAfter ?? lastYear],
      ),
    ]);
    return { aims, targets, indicators, yearly, entries, laterUpdates };
  }
}

interface LaterUpdate {
  plan_id: string;
  effective_year: number;
  weight_changes: WeightChange[];
  changes: TargetChange[];
}

/** The rows the engine's plans are put together from. */
interface EngineRows {
  aims: AimRow[];
  targets: TargetRow[];
  indicators: IndicatorRow[];
  yearly: Array<{ indicator_id: string; year: number; value: number }>;
  entries: Array<{ indicator_id: string; period: string; value: number }>;
  laterUpdates: LaterUpdate[];
}

/**
 * The aim → target → indicator trees of the plans from their rows; what `laterUpdates` changed
 * is read as it was before them.
 */
function assembleEnginePlans(
  headers: PlanHeader[],
  { aims, targets, indicators, yearly, entries }: EngineRows,
  laterUpdates: LaterUpdate[],
): Map<string, EnginePlan> {
  const before = valuesBeforeLaterUpdates(laterUpdates);
  const plans = new Map<string, EnginePlan>(
    headers.map((header) => [
      header.id,
      {
        startYear: header.startYear,
        endYear: header.endYear,
        settings: header.settings ?? undefined,
        aims: [],
      },
    ]),
  );
  const aimById = new Map<string, EngineAim>();
  for (const row of aims) {
    const aim: EngineAim = { code: row.code, title: row.title, targets: [] };
    aimById.set(row.id, aim);
    (plans.get(row.plan_id) as EnginePlan).aims.push(aim);
  }
  const indicatorById = new Map(indicators.map((row) => [row.id, row]));
  const targetsOf = new Map<string, Record<string, number>>();
  for (const row of yearly) {
    const indicator = indicatorById.get(row.indicator_id);
    const value =
      (indicator && before.target.get(`${indicator.plan_id}|${indicator.code}|${row.year}`)) ?? row.value;
    const map = targetsOf.get(row.indicator_id);
    if (map) map[String(row.year)] = value;
    else targetsOf.set(row.indicator_id, { [String(row.year)]: value });
  }
  const valuesOf = new Map<string, Record<string, { value: number }>>();
  for (const row of entries) {
    const map = valuesOf.get(row.indicator_id);
    if (map) map[row.period] = { value: row.value };
    else valuesOf.set(row.indicator_id, { [row.period]: { value: row.value } });
  }
  const targetById = new Map<string, EngineTarget>();
  for (const row of targets) {
    const target: EngineTarget = {
      code: row.code,
      title: row.title,
      responsibleUnit: row.unit_code,
      ...(row.cost_estimate ? { costEstimate: row.cost_estimate } : {}),
      indicators: [],
    };
    targetById.set(row.id, target);
    aimById.get(row.aim_id)?.targets.push(target);
  }
  for (const row of indicators) {
    targetById
      .get(row.target_id)
      ?.indicators.push(
        engineIndicator(
          row,
          targetsOf.get(row.id) ?? {},
          valuesOf.get(row.id) ?? {},
          before.weight.get(`${row.plan_id}|${row.code}`) ?? row.weight,
        ),
      );
  }
  return plans;
}

/**
 * The weights and yearly targets as they were before the approved updates that take effect
 * after the assessed year: for each (plan, indicator) and (plan, indicator, year), the "old" of
 * the first such update that changed it. A yearly target that did not exist before (old null)
 * is read as it is now.
 */
function valuesBeforeLaterUpdates(updates: LaterUpdate[]): {
  weight: Map<string, number>;
  target: Map<string, number | null>;
} {
  const weight = new Map<string, number>();
  const target = new Map<string, number | null>();
  for (const update of updates) {
    for (const change of update.weight_changes ?? []) {
      const key = `${update.plan_id}|${change.indicator}`;
      if (!weight.has(key)) weight.set(key, Number(change.old));
    }
    for (const change of update.changes ?? []) {
      const key = `${update.plan_id}|${change.indicator}|${change.year}`;
      if (!target.has(key)) target.set(key, change.old === null ? null : Number(change.old));
    }
  }
  return { weight, target };
}
