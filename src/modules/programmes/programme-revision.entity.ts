import { Entity, Unique } from 'typeorm';
import type { ProgrammeBudgetResponse, ProgrammeResponse } from '../../contracts/programme.js';
import {
  CreatedAtColumn,
  IntegerColumn,
  JsonColumn,
  References,
  TextColumn,
  UuidColumn,
} from '../../database/columns.js';
import { PlanRecord } from '../plans/plan-record.entity.js';
import { Programme } from './programme.entity.js';

/** A revision of an accepted programme: why it was opened, and the programme as accepted before it. */
@Entity('programme_revisions')
@Unique('programme_revisions_programme_id_revision_key', ['programmeId', 'revision'])
export class ProgrammeRevision extends PlanRecord('programme_revisions') {
  @UuidColumn()
  programmeId!: string;

  @References(() => Programme, 'programme_revisions', 'programme_id', 'CASCADE')
  programme?: Programme;

  @IntegerColumn()
  revision!: number;

  @TextColumn()
  reason!: string;

  /** The programme as accepted; a programme-budget one with its card under `budget`. */
  @JsonColumn()
  accepted!: ProgrammeResponse & { budget?: ProgrammeBudgetResponse };

  @CreatedAtColumn()
  createdAt!: Date;
}
