import { Entity, Index } from 'typeorm';
import { CORRECTION_STATUSES, type CorrectionStatus } from '../../contracts/workflow.js';
import {
  IntegerColumn,
  NumericColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  TimestampNowColumn,
  UuidColumn,
} from '../../database/columns.js';
import { PlanRecord } from '../plans/plan-record.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';

/**
 * A correction of an approved value, proposed by one person and put in force by another (four
 * eyes, domain.md 6). It holds the value as the correction would leave it: C, deviation reason,
 * note and evidence link. The approved value stays in force until the proposal is approved.
 */
@Entity('value_corrections')
@Index('value_corrections_value_id_proposed_key', ['valueId'], { unique: true, where: `status = 'proposed'` })
@Index('value_corrections_value_id_idx', ['valueId'])
@Index('value_corrections_plan_id_status_idx', ['planId', 'status'])
export class ValueCorrection extends PlanRecord('value_corrections') {
  @UuidColumn()
  indicatorId!: string;

  @UuidColumn()
  valueId!: string;

  @References(() => IndicatorValue, 'value_corrections', 'value_id', 'CASCADE')
  entry?: IndicatorValue;

  @TextColumn()
  period!: string;

  /** C as it stood when the correction was proposed. */
  @NumericColumn()
  previousValue!: number;

  /** The proposed C. */
  @NumericColumn()
  value!: number;

  @TextColumn({ nullable: true })
  deviationReason!: string | null;

  @TextColumn({ nullable: true })
  note!: string | null;

  @TextColumn({ nullable: true })
  evidenceUrl!: string | null;

  @TextColumn()
  reason!: string;

  @TextEnumColumn('value_corrections', 'status', CORRECTION_STATUSES, { default: 'proposed' })
  status!: CorrectionStatus;

  @UuidColumn({ nullable: true })
  proposedBy!: string | null;

  @TimestampNowColumn()
  proposedAt!: Date;

  @UuidColumn({ nullable: true })
  decidedBy!: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt!: Date | null;

  @TextColumn({ nullable: true })
  decisionComment!: string | null;

  @IntegerColumn({ default: 1 })
  version!: number;
}
