import { Entity, Unique } from 'typeorm';
import type { ProgrammeResponse } from '../../contracts/programme.js';
import {
  CreatedAtColumn,
  IdColumn,
  IntegerColumn,
  JsonColumn,
  References,
  TextColumn,
  UuidColumn,
} from '../../database/columns.js';
import { Plan } from '../plans/plan.entity.js';
import { Programme } from './programme.entity.js';

/** A revision of an accepted programme: why it was opened, and the programme as accepted before it. */
@Entity('programme_revisions')
@Unique('programme_revisions_programme_id_revision_key', ['programmeId', 'revision'])
export class ProgrammeRevision {
  @IdColumn('programme_revisions')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @References(() => Plan, 'programme_revisions', 'plan_id', 'CASCADE')
  plan?: Plan;

  @UuidColumn()
  programmeId!: string;

  @References(() => Programme, 'programme_revisions', 'programme_id', 'CASCADE')
  programme?: Programme;

  @IntegerColumn()
  revision!: number;

  @TextColumn()
  reason!: string;

  @JsonColumn()
  accepted!: ProgrammeResponse;

  @CreatedAtColumn()
  createdAt!: Date;
}
