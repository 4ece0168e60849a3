import { Entity, Index, Unique } from 'typeorm';
import { VALUE_STATUSES, type ValueStatus } from '../../contracts/workflow.js';
import {
  BooleanColumn,
  IdColumn,
  NumericColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';
import { Indicator } from './indicator.entity.js';

/** One entry of an indicator for an entry period ("2025-H1", "2025-H2" or "2025"). */
@Entity('indicator_values')
@Unique('indicator_values_indicator_id_period_key', ['indicatorId', 'period'])
// The values waiting for approval, which the reminder scan reads for every institution.
@Index('indicator_values_submitted_idx', ['planId'], { where: `status = 'submitted'` })
export class IndicatorValue extends VersionedRecord {
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

  /** Workflow state (domain.md 6): the database default 'approved' covers imports. */
  @TextEnumColumn('indicator_values', 'status', VALUE_STATUSES, { default: 'approved' })
  status!: ValueStatus;

  @TextColumn({ nullable: true })
  evidenceUrl!: string | null;

  @UuidColumn({ nullable: true })
  enteredBy!: string | null;

  @UuidColumn({ nullable: true })
  submittedBy!: string | null;

  @TimestampColumn({ nullable: true })
  submittedAt!: Date | null;

  @UuidColumn({ nullable: true })
  approvedBy!: string | null;

  @TimestampColumn({ nullable: true })
  approvedAt!: Date | null;

  @TextColumn({ nullable: true })
  returnComment!: string | null;

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
