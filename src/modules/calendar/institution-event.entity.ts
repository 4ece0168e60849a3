import { Check, Entity } from 'typeorm';
import { CALENDAR_ACTORS, type CalendarActor } from '../../contracts/calendar.js';
import {
  BooleanColumn,
  DateColumn,
  References,
  TextColumn,
  TextEnumColumn,
  UuidColumn,
} from '../../database/columns.js';
import { VersionedInstitutionRecord } from '../institutions/institution-record.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Plan } from '../plans/plan.entity.js';

/** An event the institution adds to its calendar itself (a planner or admin), beside the computed ones. */
@Entity('institution_events')
@Check('institution_events_end_date_check', `end_date IS NULL OR end_date >= date`)
export class InstitutionEvent extends VersionedInstitutionRecord('institution_events') {
  /** The plan it concerns, or null for the institution as a whole. */
  @UuidColumn({ nullable: true, index: 'institution_events_plan_id_idx' })
  planId!: string | null;

  @References(() => Plan, 'institution_events', 'plan_id', 'CASCADE')
  plan?: Plan | null;

  /** The unit of the institution it concerns (a unit's own task), or null. */
  @UuidColumn({ nullable: true, index: 'institution_events_unit_id_idx' })
  unitId!: string | null;

  @References(() => Unit, 'institution_events', 'unit_id', 'SET NULL')
  unit?: Unit | null;

  @TextColumn()
  title!: string;

  @TextColumn({ nullable: true })
  description!: string | null;

  @DateColumn()
  date!: string;

  /** Last day of an event that spans days. */
  @DateColumn({ nullable: true })
  endDate!: string | null;

  @TextEnumColumn('institution_events', 'actor', CALENDAR_ACTORS)
  actor!: CalendarActor;

  @BooleanColumn({ default: false })
  done!: boolean;
}
