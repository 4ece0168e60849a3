import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  check,
  createAuditedTables,
  dropAuditedTables,
  INSTITUTION_ROW_COLUMNS,
  RECORD_COLUMNS,
  references,
  unique,
  type TableDefinition,
} from './kit.js';

/** The new tables, audited (kit.ts: the entity name is the table's singular), in the order they are made. */
const TABLES: TableDefinition[] = [
  {
    name: 'council_members',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'user_id uuid',
      'name text NOT NULL',
      'represents text',
      'contact text',
      'active_from date NOT NULL',
      'active_to date',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('institution_id', 'institutions', 'CASCADE'),
      references('user_id', 'users', 'SET NULL'),
      check('active_to', 'active_to IS NULL OR active_to >= active_from'),
    ],
    indexes: [['institution_id']],
  },
  {
    name: 'council_board_members',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'member_id uuid NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    constraints: [unique('member_id'), references('member_id', 'council_members', 'CASCADE')],
    indexes: [['institution_id']],
  },
  {
    name: 'working_groups',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'name text NOT NULL',
      'aim text NOT NULL',
      'scope text NOT NULL',
      'duration text NOT NULL',
      'work_plan text NOT NULL',
      'state text NOT NULL',
      'proposed_on date NOT NULL',
      'decision_date date',
      'decision_number text',
      'closed_on date',
      'close_reason text',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('institution_id', 'institutions', 'CASCADE'),
      check('state', "state IN ('proposed', 'active', 'rejected', 'closed')"),
      check('decision', "state = 'proposed' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)"),
      check('closed', "(state = 'closed') = (closed_on IS NOT NULL AND close_reason IS NOT NULL)"),
    ],
    indexes: [['institution_id']],
  },
  {
    name: 'working_group_members',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'group_id uuid NOT NULL',
      'member_id uuid NOT NULL',
      'founder boolean NOT NULL DEFAULT false',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    constraints: [
      unique('group_id', 'member_id'),
      references('group_id', 'working_groups', 'CASCADE'),
      references('member_id', 'council_members', 'CASCADE'),
    ],
    indexes: [['member_id']],
  },
  {
    name: 'working_group_elections',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'group_id uuid NOT NULL',
      'date date NOT NULL',
      'present_ids jsonb NOT NULL',
      'votes jsonb NOT NULL',
      'chair_id uuid NOT NULL',
      'manager_ids jsonb NOT NULL',
      'term_end date',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('group_id', 'working_groups', 'CASCADE'),
      references('chair_id', 'council_members', 'CASCADE'),
      check('term_end', 'term_end IS NULL OR term_end >= date'),
    ],
    indexes: [['group_id']],
  },
  {
    name: 'working_group_meetings',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'group_id uuid NOT NULL',
      'date date NOT NULL',
      'place text NOT NULL',
      'agenda text NOT NULL',
      'attendance_ids jsonb NOT NULL',
      'decisions jsonb NOT NULL',
      RECORD_COLUMNS,
    ],
    constraints: [references('group_id', 'working_groups', 'CASCADE')],
    indexes: [['group_id']],
  },
  {
    name: 'council_recommendations',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'group_id uuid NOT NULL',
      'meeting_id uuid NOT NULL',
      'title text NOT NULL',
      'text text NOT NULL',
      'linked_plan_id uuid',
      'linked_code text',
      'reply_text text',
      'reply_date date',
      'reply_by text',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('group_id', 'working_groups', 'CASCADE'),
      references('meeting_id', 'working_group_meetings', 'CASCADE'),
      references('linked_plan_id', 'plans', 'SET NULL'),
    ],
    indexes: [['group_id'], ['linked_plan_id']],
  },
  {
    name: 'council_recommendation_steps',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'recommendation_id uuid NOT NULL',
      'position integer NOT NULL',
      'stage text NOT NULL',
      'date date NOT NULL',
      'decision text NOT NULL',
      'note text',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    constraints: [
      unique('recommendation_id', 'position'),
      references('recommendation_id', 'council_recommendations', 'CASCADE'),
      check(
        'stage',
        "stage IN ('working-group', 'executive-board', 'general-assembly', 'municipal-council')",
      ),
      check('decision', "decision IN ('accepted', 'amended', 'rejected', 'sent-back')"),
    ],
  },
];

const OLD_ROLES = `'admin', 'planner', 'unit_manager', 'reviewer'`;
const NEW_ROLES = `${OLD_ROLES}, 'secretariat'`;

/**
 * Issue 15: city-council working groups (planning-cycle.md 7, seed 003). The general assembly's
 * members (their contact is never public), the executive board, the working groups with their
 * members, elections and meetings, and the recommendations with the steps of their journey to
 * the municipal council; a recommendation may name a plan's aim or target (`linked_plan_id`,
 * not `plan_id`, so that its audit rows stay the council's and do not join that plan's trail).
 * Every table is audited as the plan's content is. The new role `secretariat` (genel
 * sekreterlik) joins the role checks.
 */
export class WorkingGroups1765700000000 implements MigrationInterface {
  name = 'WorkingGroups1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setRoles(queryRunner, NEW_ROLES);
    await createAuditedTables(queryRunner, TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditedTables(queryRunner, TABLES);
    await queryRunner.query(`DELETE FROM membership_invitations WHERE role = 'secretariat'`);
    await queryRunner.query(`DELETE FROM memberships WHERE role = 'secretariat'`);
    await setRoles(queryRunner, OLD_ROLES);
  }
}

/** The role checks of memberships and invitations, allowing `roles`. */
async function setRoles(queryRunner: QueryRunner, roles: string): Promise<void> {
  for (const table of ['memberships', 'membership_invitations']) {
    await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_role_check`);
    await queryRunner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${table}_role_check CHECK (role IN (${roles}))`,
    );
  }
}
