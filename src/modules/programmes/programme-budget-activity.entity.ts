import { Check, Entity, Unique } from 'typeorm';
import type { BudgetCostGrid } from '../../contracts/programme.js';
import { JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ProgrammeGoal } from './programme-goal.entity.js';
import { ProgrammeActivityRecord } from './programme-record.entity.js';

/** An activity of a sub-programme goal: responsible unit, cost grid and justification form. */
@Entity('programme_budget_activities')
@Unique('programme_budget_activities_programme_id_code_key', ['programmeId', 'code'])
@Check('programme_budget_activities_costs_check', `jsonb_typeof(costs) = 'object'`)
export class ProgrammeBudgetActivity extends ProgrammeActivityRecord('programme_budget_activities') {
  @UuidColumn({ index: 'programme_budget_activities_goal_id_idx' })
  goalId!: string;

  @References(() => ProgrammeGoal, 'programme_budget_activities', 'goal_id', 'CASCADE')
  goal?: ProgrammeGoal;

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
}
