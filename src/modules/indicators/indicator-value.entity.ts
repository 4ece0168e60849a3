import { Entity, Index, Unique } from 'typeorm';
import {
  BooleanColumn,
  IdColumn,
  NumericColumn,
  References,
  TextColumn,
  UuidColumn,
} from '../../database/columns.js';
import { ValueWorkflowRecord } from '../plans/plan-record.entity.js';
import { Indicator } from './indicator.entity.js';

/** One entry of an indicator for an entry period ("2025-H1", "2025-H2" or "2025"). */
@Entity('indicator_values')
@Unique('indicator_values_indicator_id_period_key', ['indicatorId', 'period'])
// The values waiting for approval, which the reminder scan reads for every institution.
@Index('indicator_values_submitted_idx', ['planId'], { where: `status = 'submitted'` })
// The value workflow's status defaults to 'approved' in the database, which covers imports.
export class IndicatorValue extends ValueWorkflowRecord('indicator_values', 'approved') {
  @IdColumn('indicator_values')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn({ index: 'indicator_values_plan_id_idx' })
  planId!: string;

  @UuidColumn()
  indicatorId!: string;

  @References(() => Indicator, 'indicator_values', 'indicator_id', 'CASCADE')
  indicator?: Indicator;

  @TextColumn()
  period!: string;

  @NumericColumn()
  value!: number;

  @TextColumn({ nullable: true })
  note!: string | null;

  /** sapma nedeni (DEVIATION_REASON). */
  @TextColumn({ nullable: true })
  deviationReason!: string | null;

  @TextColumn({ nullable: true })
  evidenceUrl!: string | null;

  /** The first approved value, kept by the first correction after approval. */
  @NumericColumn({ nullable: true })
  originalValue!: number | null;

  @TextColumn({ nullable: true })
  correctionReason!: string | null;

  @BooleanColumn({ default: false })
  revised!: boolean;

  /**
   * Outside the plausible range of the plan's plausibility factors (olağan dışı) and saved with
   * the unit's note: the approver sees the mark.
   */
  @BooleanColumn({ default: false })
  implausible!: boolean;
}
