import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ProgrammeBudgetProgramme } from './programme-budget-programme.entity.js';
import { VersionedProgrammeRecord } from './programme-record.entity.js';

/** A sub-programme (alt program) of a programme: its code and name; one performance card. */
@Entity('programme_sub_programmes')
@Unique('programme_sub_programmes_budget_programme_id_code_key', ['budgetProgrammeId', 'code'])
export class ProgrammeSubProgramme extends VersionedProgrammeRecord('programme_sub_programmes', {
  indexed: true,
}) {
  @UuidColumn()
  budgetProgrammeId!: string;

  @References(() => ProgrammeBudgetProgramme, 'programme_sub_programmes', 'budget_programme_id', 'CASCADE')
  budgetProgramme?: ProgrammeBudgetProgramme;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  @IntegerColumn()
  position!: number;
}
