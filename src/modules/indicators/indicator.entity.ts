import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import type { Direction, Method, ValueType } from '../../contracts/plan-document.js';
import { Target } from '../plans/target.entity.js';

/** A performance indicator (performans göstergesi, PG1.1.1): one row of a target card. */
@Entity('indicators')
@Unique('indicators_plan_id_code_key', ['planId', 'code'])
@Check('indicators_direction_check', `direction IN ('artis', 'azalis', 'koruma')`)
@Check('indicators_value_type_check', `value_type IN ('duzey', 'kumulatif', 'donemsel')`)
@Check('indicators_method_check', `method IS NULL OR method IN ('F1', 'F2')`)
@Check('indicators_monitoring_months_check', `monitoring_months IS NULL OR monitoring_months IN (6, 12)`)
@Check('indicators_reporting_months_check', `reporting_months IS NULL OR reporting_months IN (6, 12)`)
@Check('indicators_weight_check', `weight >= 0`)
export class Indicator {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'indicators_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Index('indicators_target_id_idx')
  @Column({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'indicators_target_id_fkey' })
  target?: Target;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** ölçü birimi (m², %, adet). */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** hedefe etkisi (%). */
  @Column({ type: 'numeric' })
  weight!: number;

  @Column({ type: 'text' })
  direction!: Direction;

  @Column({ type: 'text' })
  valueType!: ValueType;

  /** null: the default of the value type (F2 for donemsel, F1 otherwise). */
  @Column({ type: 'text', nullable: true })
  method!: Method | null;

  /** A: plan dönemi başlangıç değeri. */
  @Column({ type: 'numeric', nullable: true })
  baseline!: number | null;

  /** null: the default of 6 months. */
  @Column({ type: 'smallint', nullable: true })
  monitoringMonths!: 6 | 12 | null;

  @Column({ type: 'smallint', nullable: true })
  reportingMonths!: 6 | 12 | null;

  @Column({ type: 'text', nullable: true })
  dataSource!: string | null;

  /** First plan year the indicator counts in, when a plan update added it; null: the start year. */
  @Column({ type: 'integer', nullable: true })
  sinceYear!: number | null;

  @Column({ type: 'integer' })
  position!: number;

  @VersionColumn()
  version!: number;
}
