import { Entity, Unique } from 'typeorm';
import { CreatedAtColumn, IdColumn, References, UuidColumn } from '../../database/columns.js';
import { CouncilMember } from './council-member.entity.js';

/** A member of the executive board (yürütme kurulu). */
@Entity('council_board_members')
@Unique('council_board_members_member_id_key', ['memberId'])
export class CouncilBoardMember {
  @IdColumn('council_board_members')
  id!: string;

  @UuidColumn({ index: 'council_board_members_institution_id_idx' })
  institutionId!: string;

  @UuidColumn()
  memberId!: string;

  @References(() => CouncilMember, 'council_board_members', 'member_id', 'CASCADE')
  member?: CouncilMember;

  @CreatedAtColumn()
  createdAt!: Date;
}
