import { Check, Column, Entity } from 'typeorm';
import {
  PLAN_STATUSES,
  type CostingDoc,
  type PlanSettings,
  type PlanStatus,
} from '../../contracts/plan-document.js';
import {
  DateColumn,
  IntegerColumn,
  JsonColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { VersionedInstitutionRecord } from '../institutions/institution-record.entity.js';

@Entity('plans')
@Check('plans_years_check', `end_year >= start_year`)
export class Plan extends VersionedInstitutionRecord('plans') {
  /** The plan this one was copied from (POST …/copy); its last realisation is shown beside the copy. */
  @UuidColumn({ nullable: true, index: 'plans_previous_plan_id_idx' })
  previousPlanId!: string | null;

  @References(() => Plan, 'plans', 'previous_plan_id', 'SET NULL')
  previousPlan?: Plan | null;

  @TextColumn()
  title!: string;

  @IntegerColumn()
  startYear!: number;

  @IntegerColumn()
  endYear!: number;

  /** null when the document did not say; the effective status is then derived (plan.mapper). */
  @TextEnumColumn('plans', 'status', PLAN_STATUSES, { nullable: true })
  status!: PlanStatus | null;

  @TextColumn({ nullable: true })
  mission!: string | null;

  @TextColumn({ nullable: true })
  vision!: string | null;

  @DateColumn({ nullable: true })
  submittedToCouncil!: string | null;

  @DateColumn({ nullable: true })
  councilDecisionDate!: string | null;

  @TextColumn({ nullable: true })
  councilDecisionNumber!: string | null;

  /** The date the close step gave (kapandı). */
  @DateColumn({ nullable: true })
  closedOn!: string | null;

  /** Population when the plan was made: POPULATION_DUTY is judged on it. */
  @IntegerColumn({ nullable: true })
  population!: number | null;

  /** The local election the plan follows: ELECTION_DEADLINE is judged on it. */
  @DateColumn({ nullable: true })
  electionDate!: string | null;

  @JsonColumn({ nullable: true })
  settings!: Partial<PlanSettings> | null;

  @JsonColumn({ nullable: true })
  costing!: CostingDoc | null;

  /** When the plan was published for the public transparency pages; null: not published. */
  @TimestampColumn({ nullable: true })
  publishedAt!: Date | null;

  /** Moved by database triggers on every change of aims, targets, indicators, yearly targets and values. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  contentVersion!: number;
}
