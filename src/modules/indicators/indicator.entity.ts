import { Check, Column, Entity, Unique, VersionColumn } from 'typeorm';
import {
  DIRECTIONS,
  METHODS,
  VALUE_TYPES,
  type Direction,
  type Method,
  type ValueType,
} from '../../contracts/plan-document.js';
import {
  BooleanColumn,
  IdColumn,
  IntegerColumn,
  JsonColumn,
  NumericColumn,
  References,
  TextColumn,
  TextEnumColumn,
  UuidColumn,
} from '../../database/columns.js';
import { Target } from '../plans/target.entity.js';

/** A performance indicator (performans göstergesi, PG1.1.1): one row of a target card. */
@Entity('indicators')
@Unique('indicators_plan_id_code_key', ['planId', 'code'])
@Check('indicators_monitoring_months_check', `monitoring_months IS NULL OR monitoring_months IN (6, 12)`)
@Check('indicators_reporting_months_check', `reporting_months IS NULL OR reporting_months IN (6, 12)`)
@Check('indicators_weight_check', `weight >= 0`)
export class Indicator {
  @IdColumn('indicators')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @UuidColumn({ index: 'indicators_target_id_idx' })
  targetId!: string;

  @References(() => Target, 'indicators', 'target_id', 'CASCADE')
  target?: Target;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  /** ölçü birimi (m², %, adet). */
  @TextColumn({ nullable: true })
  unit!: string | null;

  /** hedefe etkisi (%). */
  @NumericColumn()
  weight!: number;

  @TextEnumColumn('indicators', 'direction', DIRECTIONS)
  direction!: Direction;

  @TextEnumColumn('indicators', 'value_type', VALUE_TYPES)
  valueType!: ValueType;

  /** null: the default of the value type (F2 for donemsel, F1 otherwise). */
  @TextEnumColumn('indicators', 'method', METHODS, { nullable: true, orNull: true })
  method!: Method | null;

  /** A: plan dönemi başlangıç değeri. */
  @NumericColumn({ nullable: true })
  baseline!: number | null;

  /**
   * Optional half-year targets by year ("2025": 40): the 30 June monitoring of that year measures
   * against it instead of the year-end target. null: none.
   */
  @JsonColumn({ nullable: true })
  halfYearTargets!: Record<string, number> | null;

  /** null: the default of 6 months. */
  @Column({ type: 'smallint', nullable: true })
  monitoringMonths!: 6 | 12 | null;

  @Column({ type: 'smallint', nullable: true })
  reportingMonths!: 6 | 12 | null;

  @TextColumn({ nullable: true })
  dataSource!: string | null;

  /** First plan year the indicator counts in, when a plan update added it; null: the start year. */
  @IntegerColumn({ nullable: true })
  sinceYear!: number | null;

  /** The chart's y axis starts at 0; false: it fits the data (e.g. a rate between 92 and 99 %). */
  @BooleanColumn({ default: true })
  chartFromZero!: boolean;

  @IntegerColumn()
  position!: number;

  @VersionColumn()
  version!: number;
}
