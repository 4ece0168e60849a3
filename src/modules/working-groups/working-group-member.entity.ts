import { Entity, Unique } from 'typeorm';
import { BooleanColumn, CreatedAtColumn, IdColumn, References, UuidColumn } from '../../database/columns.js';
import { CouncilMember } from './council-member.entity.js';
import { WorkingGroup } from './working-group.entity.js';

/** A member of a working group; its founders (kurucu üyeler) signed its proposal. */
@Entity('working_group_members')
@Unique('working_group_members_group_id_member_id_key', ['groupId', 'memberId'])
export class WorkingGroupMember {
  @IdColumn('working_group_members')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  groupId!: string;

  @References(() => WorkingGroup, 'working_group_members', 'group_id', 'CASCADE')
  group?: WorkingGroup;

  @UuidColumn({ index: 'working_group_members_member_id_idx' })
  memberId!: string;

  @References(() => CouncilMember, 'working_group_members', 'member_id', 'CASCADE')
  member?: CouncilMember;

  @BooleanColumn({ default: false })
  founder!: boolean;

  @CreatedAtColumn()
  createdAt!: Date;
}
