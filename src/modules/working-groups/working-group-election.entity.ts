import { Check, Entity } from 'typeorm';
import { DateColumn, JsonColumn, References, UuidColumn } from '../../database/columns.js';
import { VersionedGroupRecord } from './group-record.entity.js';
import { CouncilMember } from './council-member.entity.js';

/** An election of a group's chair and four managers; the term runs until `termEnd` is set. */
@Entity('working_group_elections')
@Check('working_group_elections_term_end_check', `term_end IS NULL OR term_end >= date`)
export class WorkingGroupElection extends VersionedGroupRecord('working_group_elections') {
  @DateColumn()
  date!: string;

  /** Council member ids of the members present. */
  @JsonColumn()
  presentIds!: string[];

  @JsonColumn()
  votes!: Array<{ memberId: string; votes: number }>;

  @UuidColumn()
  chairId!: string;

  @References(() => CouncilMember, 'working_group_elections', 'chair_id', 'CASCADE')
  chair?: CouncilMember;

  @JsonColumn()
  managerIds!: string[];

  @DateColumn({ nullable: true })
  termEnd!: string | null;
}
