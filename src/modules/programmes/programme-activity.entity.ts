import { Check, Entity, Unique } from 'typeorm';
import type { ResourceNeed } from '../../contracts/programme.js';
import { JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ProgrammeActivityRecord } from './programme-record.entity.js';
import { ProgrammeTarget } from './programme-target.entity.js';

/** An activity or project (faaliyet/proje) of a PH: its responsible spending unit and its costs. */
@Entity('programme_activities')
@Unique('programme_activities_programme_id_code_key', ['programmeId', 'code'])
@Check(
  'programme_activities_amounts_check',
  `jsonb_typeof(budget) = 'object' AND jsonb_typeof(off_budget) = 'object'`,
)
export class ProgrammeActivity extends ProgrammeActivityRecord('programme_activities') {
  @UuidColumn({ index: 'programme_activities_programme_target_id_idx' })
  programmeTargetId!: string;

  @References(() => ProgrammeTarget, 'programme_activities', 'programme_target_id', 'CASCADE')
  programmeTarget?: ProgrammeTarget;

  @TextColumn({ nullable: true })
  description!: string | null;

  /** TL by first-level economic code. */
  @JsonColumn()
  budget!: ResourceNeed['budget'];

  /** TL by off-budget source. */
  @JsonColumn()
  offBudget!: ResourceNeed['offBudget'];
}
