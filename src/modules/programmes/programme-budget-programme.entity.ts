import { Entity, Unique } from 'typeorm';
import { IntegerColumn, TextColumn } from '../../database/columns.js';
import { VersionedProgrammeRecord } from './programme-record.entity.js';

/** A programme (program) of a programme-budget PP: its code and name. */
@Entity('programme_budget_programmes')
@Unique('programme_budget_programmes_programme_id_code_key', ['programmeId', 'code'])
export class ProgrammeBudgetProgramme extends VersionedProgrammeRecord('programme_budget_programmes') {
  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  @IntegerColumn()
  position!: number;
}
