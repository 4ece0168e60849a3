import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { ValueWorkflowPlanRecord } from '../plans/plan-record.entity.js';

const TABLE = 'unit_activity_reports';

/**
 * A unit's activity report (birim faaliyet raporu) of a plan year, due at the end of February of
 * the next year: the problems and proposals its manager writes, in the value workflow (draft →
 * submitted → approved, or returned with a comment). Its results are computed on every read.
 */
@Entity(TABLE)
@Unique(`${TABLE}_plan_id_year_unit_id_key`, ['planId', 'year', 'unitId'])
export class UnitActivityReport extends ValueWorkflowPlanRecord(TABLE) {
  @IntegerColumn()
  year!: number;

  @UuidColumn({ index: `${TABLE}_unit_id_idx` })
  unitId!: string;

  @References(() => Unit, TABLE, 'unit_id', 'CASCADE')
  unit?: Unit;

  /** sorunlar */
  @TextColumn({ nullable: true })
  problems!: string | null;

  /** öneriler */
  @TextColumn({ nullable: true })
  proposals!: string | null;
}
