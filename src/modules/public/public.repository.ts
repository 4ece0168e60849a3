import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OpenDataIndicator, OpenDataInput } from './open-data.js';

interface OpenDataQueryRow {
  indicator_id: string;
  aim_code: string;
  aim_name: string;
  target_code: string;
  target_name: string;
  code: string;
  name: string;
  unit: string | null;
  value_type: string;
  direction: string;
  weight: number;
  baseline: number | null;
  period: string;
  value: number;
  revised: boolean;
  approved_at: Date | null;
}

/** The open data's reads: one narrow query for every approved entry of a plan, in plan order. */
@Injectable()
export class PublicRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The plan's institution name (the plan row itself was read by the publication check). */
  async institutionName(institutionId: string): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ name: string }>>(
      'SELECT name FROM institutions WHERE id = $1',
      [institutionId],
    );
    return row?.name ?? '';
  }

  /** Indicators with at least one approved entry, aims, targets and indicators in plan order. */
  async approvedEntries(planId: string): Promise<OpenDataInput['indicators']> {
    const rows = await this.dataSource.query<OpenDataQueryRow[]>(
      `SELECT i.id AS indicator_id, a.code AS aim_code, a.title AS aim_name, t.code AS target_code,
              t.title AS target_name, i.code, i.name, i.unit, i.value_type, i.direction, i.weight,
              i.baseline, v.period, v.value, v.revised, v.approved_at
         FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id
         JOIN targets t ON t.id = i.target_id
         JOIN aims a ON a.id = t.aim_id
        WHERE v.plan_id = $1 AND v.status = 'approved'
        ORDER BY a.position, t.position, i.position, v.period`,
      [planId],
    );
    const indicators: OpenDataIndicator[] = [];
    let current: OpenDataIndicator | null = null;
    let currentId = '';
    for (const row of rows) {
      if (!current || row.indicator_id !== currentId) {
        currentId = row.indicator_id;
        current = {
          aimCode: row.aim_code,
          aimName: row.aim_name,
          targetCode: row.target_code,
          targetName: row.target_name,
          code: row.code,
          name: row.name,
          unit: row.unit,
          valueType: row.value_type,
          direction: row.direction,
          weight: row.weight,
          baseline: row.baseline,
          values: [],
        };
        indicators.push(current);
      }
      current.values.push({
        period: row.period,
        value: row.value,
        revised: row.revised,
        approvedAt: row.approved_at,
      });
    }
    return indicators;
  }
}
