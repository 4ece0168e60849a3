import { Entity } from 'typeorm';
import { DateColumn, JsonColumn, TextColumn } from '../../database/columns.js';
import { VersionedGroupRecord } from './group-record.entity.js';

/** A meeting of a working group: at least one a month while it is active (WG_MONTHLY_MEETING). */
@Entity('working_group_meetings')
export class WorkingGroupMeeting extends VersionedGroupRecord('working_group_meetings') {
  @DateColumn()
  date!: string;

  @TextColumn()
  place!: string;

  @TextColumn()
  agenda!: string;

  /** Council member ids of the members who attended. */
  @JsonColumn()
  attendanceIds!: string[];

  @JsonColumn()
  decisions!: string[];
}
