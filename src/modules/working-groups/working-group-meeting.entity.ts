import { Entity } from 'typeorm';
import {
  DateColumn,
  IdColumn,
  JsonColumn,
  References,
  TextColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';
import { WorkingGroup } from './working-group.entity.js';

/** A meeting of a working group: at least one a month while it is active (WG_MONTHLY_MEETING). */
@Entity('working_group_meetings')
export class WorkingGroupMeeting extends VersionedRecord {
  @IdColumn('working_group_meetings')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn({ index: 'working_group_meetings_group_id_idx' })
  groupId!: string;

  @References(() => WorkingGroup, 'working_group_meetings', 'group_id', 'CASCADE')
  group?: WorkingGroup;

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
