import { Check, Entity } from 'typeorm';
import { GROUP_STATES, type GroupState } from '../../contracts/working-groups.js';
import { DateColumn, TextColumn, TextEnumColumn } from '../../database/columns.js';
import { VersionedInstitutionRecord } from '../institutions/institution-record.entity.js';

/** A working group (çalışma grubu): its proposal, the executive board's decision, its closing. */
@Entity('working_groups')
@Check(
  'working_groups_decision_check',
  `state = 'proposed' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)`,
)
@Check(
  'working_groups_closed_check',
  `(state = 'closed') = (closed_on IS NOT NULL AND close_reason IS NOT NULL)`,
)
export class WorkingGroup extends VersionedInstitutionRecord('working_groups') {
  /** Its subject (konu), the group's name. */
  @TextColumn()
  name!: string;

  @TextColumn()
  aim!: string;

  @TextColumn()
  scope!: string;

  @TextColumn()
  duration!: string;

  @TextColumn()
  workPlan!: string;

  @TextEnumColumn('working_groups', 'state', GROUP_STATES)
  state!: GroupState;

  @DateColumn()
  proposedOn!: string;

  @DateColumn({ nullable: true })
  decisionDate!: string | null;

  @TextColumn({ nullable: true })
  decisionNumber!: string | null;

  @DateColumn({ nullable: true })
  closedOn!: string | null;

  @TextColumn({ nullable: true })
  closeReason!: string | null;
}
