import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Target } from '../plans/target.entity.js';
import { VersionedProgrammeRecord } from './programme-record.entity.js';

/** A performance target (PH) of a programme: a plan target the year pursues. */
@Entity('programme_targets')
@Unique('programme_targets_programme_id_code_key', ['programmeId', 'code'])
@Unique('programme_targets_programme_id_target_id_key', ['programmeId', 'targetId'])
export class ProgrammeTarget extends VersionedProgrammeRecord('programme_targets') {
  /** PH1, PH2, … */
  @TextColumn()
  code!: string;

  /** Null once the plan target is gone (PP_TARGET_IN_PLAN). */
  @UuidColumn({ nullable: true, index: 'programme_targets_target_id_idx' })
  targetId!: string | null;

  @References(() => Target, 'programme_targets', 'target_id', 'SET NULL')
  target?: Target | null;

  @TextColumn({ nullable: true })
  explanation!: string | null;

  @IntegerColumn()
  position!: number;
}
