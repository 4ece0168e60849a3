import { Check, Entity, Unique } from 'typeorm';
import type { BudgetCostGrid } from '../../contracts/programme.js';
import { IntegerColumn, JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { ProgrammeGoal } from './programme-goal.entity.js';
import { Programme } from './programme.entity.js';

/** An activity of a sub-programme goal: responsible unit, cost grid and justification form. */
@Entity('programme_budget_activities')
@Unique('programme_budget_activities_programme_id_code_key', ['programmeId', 'code'])
@Check('programme_budget_activities_costs_check', `jsonb_typeof(costs) = 'object'`)
export class ProgrammeBudgetActivity extends VersionedPlanRecord('programme_budget_activities') {
  @UuidColumn()
  programmeId!: string;

  @References(() => Programme, 'programme_budget_activities', 'programme_id', 'CASCADE')
  programme?: Programme;

  @UuidColumn({ index: 'programme_budget_activities_goal_id_idx' })
  goalId!: string;

  @References(() => ProgrammeGoal, 'programme_budget_activities', 'goal_id', 'CASCADE')
  goal?: ProgrammeGoal;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  /** Null once the unit is gone (PP_ACTIVITY_UNIT); a write always names one. */
  @UuidColumn({ nullable: true, index: 'programme_budget_activities_unit_id_idx' })
  unitId!: string | null;

  @References(() => Unit, 'programme_budget_activities', 'unit_id', 'SET NULL')
  unit?: Unit | null;

  /** TL by funding type, economic code and column. */
  @JsonColumn()
  costs!: BudgetCostGrid;

  /** Yasal dayanak */
  @TextColumn({ nullable: true })
  legalBasis!: string | null;

  /** Gerekçe */
  @TextColumn({ nullable: true })
  rationale!: string | null;

  /** Maliyet unsurları */
  @TextColumn({ nullable: true })
  costElements!: string | null;

  /** Bütçe tertipleri */
  @TextColumn({ nullable: true })
  budgetLines!: string | null;

  @IntegerColumn()
  position!: number;
}
