import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ProgrammeSubProgramme } from './programme-sub-programme.entity.js';
import { VersionedProgrammeRecord } from './programme-record.entity.js';

/** A sub-programme goal (alt program hedefi), linked to plan targets through ProgrammeGoalTarget. */
@Entity('programme_goals')
@Unique('programme_goals_sub_programme_id_code_key', ['subProgrammeId', 'code'])
export class ProgrammeGoal extends VersionedProgrammeRecord('programme_goals', { indexed: true }) {
  @UuidColumn()
  subProgrammeId!: string;

  @References(() => ProgrammeSubProgramme, 'programme_goals', 'sub_programme_id', 'CASCADE')
  subProgramme?: ProgrammeSubProgramme;

  @TextColumn()
  code!: string;

  @TextColumn()
  title!: string;

  @IntegerColumn()
  position!: number;
}
