import { Entity } from 'typeorm';
import { DateColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { VersionedGroupRecord } from './group-record.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { WorkingGroupMeeting } from './working-group-meeting.entity.js';

/**
 * A recommendation (öneri) a group wrote at a meeting. It may name a plan's aim or target
 * (`linkedPlanId` + `linkedCode`, a plan of the city's municipality); the linked plan's planners
 * may reply.
 */
@Entity('council_recommendations')
export class CouncilRecommendation extends VersionedGroupRecord('council_recommendations') {
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
