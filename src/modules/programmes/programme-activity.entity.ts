import { Check, Entity, Unique } from 'typeorm';
import type { ResourceNeed } from '../../contracts/programme.js';
import { IntegerColumn, JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammeTarget } from './programme-target.entity.js';

/** An activity or project (faaliyet/proje) of a PH: its responsible spending unit and its costs. */
@Entity('programme_activities')
@Unique('programme_activities_programme_id_code_key', ['programmeId', 'code'])
@Check(
  'programme_activities_amounts_check',
  `jsonb_typeof(budget) = 'object' AND jsonb_typeof(off_budget) = 'object'`,
)
export class ProgrammeActivity extends VersionedPlanRecord('programme_activities') {
  @UuidColumn()
  programmeId!: string;

  @References(() => Programme, 'programme_activities', 'programme_id', 'CASCADE')
  programme?: Programme;

  @UuidColumn({ index: 'programme_activities_programme_target_id_idx' })
  programmeTargetId!: string;

  @References(() => ProgrammeTarget, 'programme_activities', 'programme_target_id', 'CASCADE')
  programmeTarget?: ProgrammeTarget;

  /** F01, F02, … */
  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  /** Null once the unit is gone (PP_ACTIVITY_UNIT); a write always names one. */
  @UuidColumn({ nullable: true, index: 'programme_activities_unit_id_idx' })
  unitId!: string | null;

  @References(() => Unit, 'programme_activities', 'unit_id', 'SET NULL')
  unit?: Unit | null;

  @TextColumn({ nullable: true })
  description!: string | null;

  /** TL by first-level economic code. */
  @JsonColumn()
  budget!: ResourceNeed['budget'];

  /** TL by off-budget source. */
  @JsonColumn()
  offBudget!: ResourceNeed['offBudget'];

  @IntegerColumn()
  position!: number;
}
