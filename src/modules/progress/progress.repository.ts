import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Direction, Method, PlanSettings, ValueType } from '../../contracts/plan-document.js';
import type { EngineAim, EnginePlan } from './progress-engine.js';

interface Row {
  aim_code: string;
  aim_title: string;
  target_code: string | null;
  target_title: string | null;
  unit_code: string | null;
  cost_estimate: Record<string, number> | null;
  code: string | null;
  name: string | null;
  unit: string | null;
  weight: number | null;
  direction: Direction | null;
  value_type: ValueType | null;
  method: Method | null;
  baseline: number | null;
  monitoring_months: 6 | 12 | null;
  targets: Record<string, number> | null;
  values: Record<string, number> | null;
}

/** Loads what the progress engine reads of a plan: one query for the whole aim tree. */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPlanHeader(planId: string): Promise<{ startYear: number; endYear: number; settings: Partial<PlanSettings> | null } | null> {
    const rows = (await this.dataSource.query('SELECT start_year, end_year, settings FROM plans WHERE id = $1', [planId])) as Array<{
      start_year: number;
      end_year: number;
      settings: Partial<PlanSettings> | null;
    }>;
    return rows[0] ? { startYear: rows[0].start_year, endYear: rows[0].end_year, settings: rows[0].settings } : null;
  }

  /** The aim → target → indicator tree with yearly targets and the entries up to `lastYear`. */
  async loadEnginePlan(planId: string, header: { startYear: number; endYear: number; settings: Partial<PlanSettings> | null }, lastYear: number): Promise<EnginePlan> {
    const rows = (await this.dataSource.query(
      `SELECT a.code AS aim_code, a.title AS aim_title,
              t.code AS target_code, t.title AS target_title, u.code AS unit_code, t.cost_estimate,
              i.code, i.name, i.unit, i.weight, i.direction, i.value_type, i.method, i.baseline, i.monitoring_months,
              (SELECT json_object_agg(y.year, y.value) FROM indicator_targets y WHERE y.indicator_id = i.id) AS targets,
              (SELECT json_object_agg(v.period, v.value) FROM indicator_values v
                WHERE v.indicator_id = i.id AND left(v.period, 4)::int <= $2) AS values
         FROM aims a
         LEFT JOIN targets t ON t.aim_id = a.id
         LEFT JOIN units u ON u.id = t.responsible_unit_id
         LEFT JOIN indicators i ON i.target_id = t.id
        WHERE a.plan_id = $1
        ORDER BY a.position, t.position, i.position`,
      [planId, lastYear],
    )) as Row[];
    const aims: EngineAim[] = [];
    for (const row of rows) {
      let aim = aims[aims.length - 1];
      if (!aim || aim.code !== row.aim_code) {
        aim = { code: row.aim_code, title: row.aim_title, targets: [] };
        aims.push(aim);
      }
      if (row.target_code === null) continue;
      let target = aim.targets[aim.targets.length - 1];
      if (!target || target.code !== row.target_code) {
        target = {
          code: row.target_code,
          title: row.target_title ?? '',
          responsibleUnit: row.unit_code,
          ...(row.cost_estimate ? { costEstimate: row.cost_estimate } : {}),
          indicators: [],
        };
        aim.targets.push(target);
      }
      if (row.code === null) continue;
      target.indicators.push({
        code: row.code,
        name: row.name ?? '',
        unit: row.unit,
        weight: Number(row.weight),
        direction: row.direction as Direction,
        valueType: row.value_type as ValueType,
        ...(row.method ? { method: row.method } : {}),
        baseline: row.baseline === null ? null : Number(row.baseline),
        targets: row.targets ?? {},
        ...(row.monitoring_months ? { monitoringMonths: row.monitoring_months } : {}),
        values: Object.fromEntries(Object.entries(row.values ?? {}).map(([period, value]) => [period, { value }])),
      });
    }
    return { startYear: header.startYear, endYear: header.endYear, settings: header.settings ?? undefined, aims };
  }
}
