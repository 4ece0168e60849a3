import { Entity, Index, Unique } from 'typeorm';
import {
  PLAN_VERSION_STATUSES,
  type AddedIndicator,
  type CardChange,
  type PlanUpdateRequest,
  type PlanVersionStatus,
  type TargetChange,
  type WeightChange,
} from '../../contracts/plan-versions.js';
import {
  CreatedAtColumn,
  DateColumn,
  IntegerColumn,
  JsonColumn,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { PlanRecord } from './plan-record.entity.js';

/**
 * One update (güncelleme) of a plan in force: number 2 onwards (1 is the plan as first in
 * force, never stored), proposed by a planner and in force once the institution's administrator
 * approves it, with what it changed, old and new (domain.md 6).
 */
@Entity('plan_versions')
@Unique('plan_versions_plan_id_number_key', ['planId', 'number'])
// At most one proposal waits for the administrator at a time.
@Index('plan_versions_plan_id_proposed_key', ['planId'], { unique: true, where: "status = 'proposed'" })
export class PlanVersion extends PlanRecord('plan_versions') {
  @IntegerColumn()
  number!: number;

  @IntegerColumn()
  effectiveYear!: number;

  @TextColumn()
  reason!: string;

  @DateColumn({ nullable: true })
  decisionDate!: string | null;

  @TextColumn({ nullable: true })
  decisionNumber!: string | null;

  @TextEnumColumn('plan_versions', 'status', PLAN_VERSION_STATUSES, { default: 'approved' })
  status!: PlanVersionStatus;

  /** Who proposed it. */
  @UuidColumn({ nullable: true })
  createdBy!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  /** The proposal as sent (without reason and decision), checked again when it is approved. */
  @JsonColumn({ nullable: true })
  request!: Pick<PlanUpdateRequest, 'targets' | 'weights' | 'indicators' | 'cards'> | null;

  @JsonColumn()
  changes!: TargetChange[];

  @JsonColumn({ default: () => "'[]'" })
  weightChanges!: WeightChange[];

  @JsonColumn({ default: () => "'[]'" })
  addedIndicators!: AddedIndicator[];

  @JsonColumn({ default: () => "'[]'" })
  cardChanges!: CardChange[];

  /** The administrator who approved or rejected it. */
  @UuidColumn({ nullable: true })
  decidedBy!: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt!: Date | null;

  /** In force from (the approval date). */
  @DateColumn({ nullable: true })
  effectiveDate!: string | null;

  @TextColumn({ nullable: true })
  rejectionReason!: string | null;
}
