import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { Programme } from './programme.entity.js';

/** A programme (program) of a programme-budget PP: its code and name. */
@Entity('programme_budget_programmes')
@Unique('programme_budget_programmes_programme_id_code_key', ['programmeId', 'code'])
export class ProgrammeBudgetProgramme extends VersionedPlanRecord('programme_budget_programmes') {
  @UuidColumn()
  programmeId!: string;

  @References(() => Programme, 'programme_budget_programmes', 'programme_id', 'CASCADE')
  programme?: Programme;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  @IntegerColumn()
  position!: number;
}
