import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InstitutionKind, PlanSettings } from '../../contracts/plan-document.js';
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

/** Loads what the progress engine reads of one plan or many, as plain rows (no entity hydration). */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPlanHeader(planId: string): Promise<PlanHeader | null> {
    return (await this.findPlanHeaders([planId]))[0] ?? null;
  }

  /** Plans whose years include `year`, or the given ones; ordered by institution name. */
  /** `institutionIds` null: every institution; `kind` null: institutions of every kind. */
  async findPlanHeaders(
    planIds: string[] | null,
    year?: number,
    institutionIds: string[] | null = null,
    kind: InstitutionKind | null = null,
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
          AND ($4::text IS NULL OR i.kind = $4::text)
        ORDER BY i.name, p.start_year`,
      [planIds, year ?? null, institutionIds, kind],
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

  /** Whether the plan's assessment period `period` is closed (an unopened one is not). */
  async isPeriodClosed(planId: string, period: string): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ closed: boolean }>>(
      `SELECT status = 'closed' AS closed FROM assessment_periods WHERE plan_id = $1 AND period = $2`,
      [planId, period],
    );
    return rows[0]?.closed === true;
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
   * The same for many plans (the union-wide view), `PLANS_PER_QUERY` plans a query and
   * `QUERIES_AT_ONCE` queries at once, each on its own connection: `each` gets a batch's plans as
   * soon as its query answers, so the engine computes one batch while PostgreSQL reads the next.
   * `withText` false leaves out titles and names, which a list of plan rates does not show.
   */
  async eachEnginePlanBatch(
    headers: PlanHeader[],
    lastYear: number,
    options: { withText: boolean; approvedOnly: boolean },
    each: (plans: Map<string, EnginePlan>, headers: PlanHeader[]) => void,
  ): Promise<void> {
    const batches: PlanHeader[][] = [];
    for (let index = 0; index < headers.length; index += PLANS_PER_QUERY)
      batches.push(headers.slice(index, index + PLANS_PER_QUERY));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++];
        each(await this.loadEnginePlans(batch, lastYear, options.withText, options.approvedOnly), batch);
      }
    };
    await Promise.all(Array.from({ length: Math.min(QUERIES_AT_ONCE, batches.length) }, worker));
  }

  /** The aim → target → indicator trees of the plans, their yearly targets and the entries up to `lastYear`. */
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

  /**
   * What loadEnginePlans reads, for `PLANS_PER_QUERY` plans a query and `QUERIES_AT_ONCE` queries
   * at once: PostgreSQL puts each plan's aims, targets and indicators (each indicator with its
   * yearly targets and entries folded in, as JSON objects) together as one JSON array, so the
   * client parses one JSON text per plan instead of node-pg parsing some 300,000 fields row by
   * row; the approved updates that take effect after `updatesAfter` (default lastYear) beside.
   */
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
    // Without text (a list of plan rates) the names and the indicator ids, which the engine does
    // not read, are left out: 41,400 uuid strings fewer to parse in a union.
    const text = (column: string): string => (withText ? column : "''");
    const [plans, laterUpdates] = await Promise.all([
      this.dataSource.query<Array<{ plan_id: string; plan: PlanJson }>>(
        // Entry periods sort as text: "2025" < "2025-H1" < "2025-H2" < "2026".
        `WITH yearly AS (
           SELECT indicator_id, json_object_agg(year, value) AS targets FROM indicator_targets
            WHERE plan_id = ANY($1::uuid[]) AND year = ANY($2::int[]) GROUP BY indicator_id
         ), entries AS (
           SELECT indicator_id, json_object_agg(period, json_build_object('value', value)) AS entries FROM indicator_values
            WHERE plan_id = ANY($1::uuid[]) AND period < $3 AND ($4::boolean IS FALSE OR status = 'approved')
            GROUP BY indicator_id
         ), indicator_rows AS (
           SELECT i.plan_id, json_agg(json_build_array(${text('i.id')}, i.target_id, i.code, ${text('i.name')},
                    ${withText ? 'i.unit' : 'NULL'}, i.weight, i.direction, i.value_type, i.method, i.baseline,
                    i.monitoring_months, i.since_year, i.half_year_targets, y.targets, e.entries)
                    ORDER BY i.position) AS rows
             FROM indicators i LEFT JOIN yearly y ON y.indicator_id = i.id LEFT JOIN entries e ON e.indicator_id = i.id
            WHERE i.plan_id = ANY($1::uuid[]) GROUP BY i.plan_id
         ), aim_rows AS (
           SELECT plan_id, json_agg(json_build_array(id, code, ${text('title')}) ORDER BY position) AS rows
             FROM aims WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id
         ), target_rows AS (
           SELECT t.plan_id, json_agg(json_build_array(t.id, t.aim_id, t.code, ${text('t.title')}, u.code,
                    t.cost_estimate) ORDER BY t.position) AS rows
             FROM targets t LEFT JOIN units u ON u.id = t.responsible_unit_id
            WHERE t.plan_id = ANY($1::uuid[]) GROUP BY t.plan_id
         )
         SELECT p.id AS plan_id, json_build_array(a.rows, t.rows, i.rows) AS plan
           FROM unnest($1::uuid[]) AS p (id)
           LEFT JOIN aim_rows a ON a.plan_id = p.id
           LEFT JOIN target_rows t ON t.plan_id = p.id
           LEFT JOIN indicator_rows i ON i.plan_id = p.id`,
        [planIds, years, String(lastYear + 1), approvedOnly],
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
    return { plans, laterUpdates };
  }
}

/** Plans a query of eachEnginePlanBatch reads, and how many such queries run at once (each on its own connection). */
const PLANS_PER_QUERY = 24;
const QUERIES_AT_ONCE = 3;

/** One plan as fetchEngineRows' query gives it: its aims, targets and indicators as arrays of columns. */
type PlanJson = [
  Array<[id: string, code: string, title: string]> | null,
  Array<
    [
      id: string,
      aimId: string,
      code: string,
      title: string,
      unitCode: string | null,
      costEstimate: Record<string, number> | null,
    ]
  > | null,
  Array<
    [
      id: string,
      targetId: string,
      code: string,
      name: string,
      unit: string | null,
      weight: number,
      direction: EngineIndicatorRow['direction'],
      valueType: EngineIndicatorRow['value_type'],
      method: EngineIndicatorRow['method'],
      baseline: number | null,
      monitoringMonths: EngineIndicatorRow['monitoring_months'],
      sinceYear: number | null,
      halfYearTargets: Record<string, number> | null,
      targets: Record<string, number> | null,
      entries: Record<string, { value: number }> | null,
    ]
  > | null,
];

interface LaterUpdate {
  plan_id: string;
  effective_year: number;
  weight_changes: WeightChange[];
  changes: TargetChange[];
}

/** What the engine's plans are put together from: each plan as its query gave it, and the later updates. */
interface EngineRows {
  plans: Array<{ plan_id: string; plan: PlanJson }>;
  laterUpdates: LaterUpdate[];
}

/**
 * The aim → target → indicator trees of the plans from their JSON, in the order the query sorted
 * them; what `laterUpdates` changed is read as it was before them.
 */
function assembleEnginePlans(
  headers: PlanHeader[],
  { plans }: EngineRows,
  laterUpdates: LaterUpdate[],
): Map<string, EnginePlan> {
  const before = valuesBeforeLaterUpdates(laterUpdates);
  const headerById = new Map(headers.map((header) => [header.id, header]));
  const result = new Map<string, EnginePlan>();
  for (const { plan_id: planId, plan } of plans) {
    const header = headerById.get(planId) as PlanHeader;
    const [aims, targets, indicators] = plan;
    const enginePlan: EnginePlan = {
      startYear: header.startYear,
      endYear: header.endYear,
      settings: header.settings ?? undefined,
      aims: [],
    };
    result.set(planId, enginePlan);
    const aimById = new Map<string, EngineAim>();
    for (const [id, code, title] of aims ?? []) {
      const aim: EngineAim = { code, title, targets: [] };
      aimById.set(id, aim);
      enginePlan.aims.push(aim);
    }
    const targetById = new Map<string, EngineTarget>();
    for (const [id, aimId, code, title, unitCode, costEstimate] of targets ?? []) {
      const target: EngineTarget = {
        code,
        title,
        responsibleUnit: unitCode,
        ...(costEstimate ? { costEstimate } : {}),
        indicators: [],
      };
      targetById.set(id, target);
      aimById.get(aimId)?.targets.push(target);
    }
    for (const row of indicators ?? []) {
      // Read by index (the columns' order in the query), not destructured: 41,400 of them in a union.
      const code = row[2];
      const weight = row[5];
      const yearly = row[13] ?? {};
      // Each entry comes as { value } already, as the engine reads it: no object built per entry here.
      const values = row[14] ?? {};
      const engineRow: EngineIndicatorRow = {
        id: row[0],
        code,
        name: row[3],
        unit: row[4],
        weight,
        direction: row[6],
        value_type: row[7],
        method: row[8],
        baseline: row[9],
        monitoring_months: row[10],
        since_year: row[11],
        half_year_targets: row[12],
      };
      targetById
        .get(row[1])
        ?.indicators.push(
          engineIndicator(
            engineRow,
            before.target.size === 0 ? yearly : targetsBefore(planId, code, yearly, before.target),
            values,
            before.weight.size === 0 ? weight : (before.weight.get(`${planId}|${code}`) ?? weight),
          ),
        );
    }
  }
  return result;
}

/** An indicator's yearly targets with those a later update changed read as they were before it. */
function targetsBefore(
  planId: string,
  code: string,
  yearly: Record<string, number>,
  before: Map<string, number | null>,
): Record<string, number> {
  const targets: Record<string, number> = {};
  for (const year in yearly) targets[year] = before.get(`${planId}|${code}|${year}`) ?? yearly[year];
  return targets;
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
