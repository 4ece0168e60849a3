import { Entity } from 'typeorm';
import {
  DateColumn,
  IdColumn,
  References,
  TextColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';
import { Plan } from '../plans/plan.entity.js';
import { WorkingGroupMeeting } from './working-group-meeting.entity.js';
import { WorkingGroup } from './working-group.entity.js';

/**
 * A recommendation (öneri) a group wrote at a meeting. It may name a plan's aim or target
 * (`linkedPlanId` + `linkedCode`, a plan of the city's municipality); the linked plan's planners
 * may reply.
 */
@Entity('council_recommendations')
export class CouncilRecommendation extends VersionedRecord {
  @IdColumn('council_recommendations')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn({ index: 'council_recommendations_group_id_idx' })
  groupId!: string;

  @References(() => WorkingGroup, 'council_recommendations', 'group_id', 'CASCADE')
  group?: WorkingGroup;

  @UuidColumn()
  meetingId!: string;

  @References(() => WorkingGroupMeeting, 'council_recommendations', 'meeting_id', 'CASCADE')
  meeting?: WorkingGroupMeeting;

  @TextColumn()
  title!: string;

  @TextColumn()
  text!: string;

  @UuidColumn({ nullable: true, index: 'council_recommendations_linked_plan_id_idx' })
  linkedPlanId!: string | null;

  @References(() => Plan, 'council_recommendations', 'linked_plan_id', 'SET NULL')
  linkedPlan?: Plan | null;

  @TextColumn({ nullable: true })
  linkedCode!: string | null;

  @TextColumn({ nullable: true })
  replyText!: string | null;

  @DateColumn({ nullable: true })
  replyDate!: string | null;

  @TextColumn({ nullable: true })
  replyBy!: string | null;
}
