import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** The new tables, audited (kit.ts: the entity name is the table's singular). */
const AUDITED: string[] = [
  'council_members',
  'council_board_members',
  'working_groups',
  'working_group_members',
  'working_group_elections',
  'working_group_meetings',
  'council_recommendations',
  'council_recommendation_steps',
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
    await queryRunner.query(`
      CREATE TABLE council_members (
        ${kit.INSTITUTION_ROW_COLUMNS},
        user_id uuid,
        name text NOT NULL,
        represents text,
        contact text,
        active_from date NOT NULL,
        active_to date,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('council_members')},
        ${kit.foreignKey('council_members', 'institution_id', 'institutions', 'CASCADE')},
        ${kit.foreignKey('council_members', 'user_id', 'users', 'SET NULL')},
        CONSTRAINT council_members_active_to_check CHECK (active_to IS NULL OR active_to >= active_from)
      )`);
    await queryRunner.query(kit.createIndex('council_members', ['institution_id']));
    await queryRunner.query(`
      CREATE TABLE council_board_members (
        ${kit.INSTITUTION_ROW_COLUMNS},
        member_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('council_board_members')},
        CONSTRAINT council_board_members_member_id_key UNIQUE (member_id),
        ${kit.foreignKey('council_board_members', 'member_id', 'council_members', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('council_board_members', ['institution_id']));
    await queryRunner.query(`
      CREATE TABLE working_groups (
        ${kit.INSTITUTION_ROW_COLUMNS},
        name text NOT NULL,
        aim text NOT NULL,
        scope text NOT NULL,
        duration text NOT NULL,
        work_plan text NOT NULL,
        state text NOT NULL,
        proposed_on date NOT NULL,
        decision_date date,
        decision_number text,
        closed_on date,
        close_reason text,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('working_groups')},
        ${kit.foreignKey('working_groups', 'institution_id', 'institutions', 'CASCADE')},
        CONSTRAINT working_groups_state_check CHECK (state IN ('proposed', 'active', 'rejected', 'closed')),
        CONSTRAINT working_groups_decision_check CHECK (state = 'proposed' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)),
        CONSTRAINT working_groups_closed_check CHECK ((state = 'closed') = (closed_on IS NOT NULL AND close_reason IS NOT NULL))
      )`);
    await queryRunner.query(kit.createIndex('working_groups', ['institution_id']));
    await queryRunner.query(`
      CREATE TABLE working_group_members (
        ${kit.INSTITUTION_ROW_COLUMNS},
        group_id uuid NOT NULL,
        member_id uuid NOT NULL,
        founder boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('working_group_members')},
        CONSTRAINT working_group_members_group_id_member_id_key UNIQUE (group_id, member_id),
        ${kit.foreignKey('working_group_members', 'group_id', 'working_groups', 'CASCADE')},
        ${kit.foreignKey('working_group_members', 'member_id', 'council_members', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('working_group_members', ['member_id']));
    await queryRunner.query(`
      CREATE TABLE working_group_elections (
        ${kit.INSTITUTION_ROW_COLUMNS},
        group_id uuid NOT NULL,
        date date NOT NULL,
        present_ids jsonb NOT NULL,
        votes jsonb NOT NULL,
        chair_id uuid NOT NULL,
        manager_ids jsonb NOT NULL,
        term_end date,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('working_group_elections')},
        ${kit.foreignKey('working_group_elections', 'group_id', 'working_groups', 'CASCADE')},
        ${kit.foreignKey('working_group_elections', 'chair_id', 'council_members', 'CASCADE')},
        CONSTRAINT working_group_elections_term_end_check CHECK (term_end IS NULL OR term_end >= date)
      )`);
    await queryRunner.query(kit.createIndex('working_group_elections', ['group_id']));
    await queryRunner.query(`
      CREATE TABLE working_group_meetings (
        ${kit.INSTITUTION_ROW_COLUMNS},
        group_id uuid NOT NULL,
        date date NOT NULL,
        place text NOT NULL,
        agenda text NOT NULL,
        attendance_ids jsonb NOT NULL,
        decisions jsonb NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('working_group_meetings')},
        ${kit.foreignKey('working_group_meetings', 'group_id', 'working_groups', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('working_group_meetings', ['group_id']));
    await queryRunner.query(`
      CREATE TABLE council_recommendations (
        ${kit.INSTITUTION_ROW_COLUMNS},
        group_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        linked_plan_id uuid,
        linked_code text,
        reply_text text,
        reply_date date,
        reply_by text,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('council_recommendations')},
        ${kit.foreignKey('council_recommendations', 'group_id', 'working_groups', 'CASCADE')},
        ${kit.foreignKey('council_recommendations', 'meeting_id', 'working_group_meetings', 'CASCADE')},
        ${kit.foreignKey('council_recommendations', 'linked_plan_id', 'plans', 'SET NULL')}
      )`);
    await queryRunner.query(kit.createIndex('council_recommendations', ['group_id']));
    await queryRunner.query(kit.createIndex('council_recommendations', ['linked_plan_id']));
    await queryRunner.query(`
      CREATE TABLE council_recommendation_steps (
        ${kit.INSTITUTION_ROW_COLUMNS},
        recommendation_id uuid NOT NULL,
        position integer NOT NULL,
        stage text NOT NULL,
        date date NOT NULL,
        decision text NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('council_recommendation_steps')},
        CONSTRAINT council_recommendation_steps_recommendation_id_position_key UNIQUE (recommendation_id, position),
        ${kit.foreignKey('council_recommendation_steps', 'recommendation_id', 'council_recommendations', 'CASCADE')},
        CONSTRAINT council_recommendation_steps_stage_check CHECK (stage IN ('working-group', 'executive-board', 'general-assembly', 'municipal-council')),
        CONSTRAINT council_recommendation_steps_decision_check CHECK (decision IN ('accepted', 'amended', 'rejected', 'sent-back'))
      )`);
    await kit.createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    for (const table of [...AUDITED].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
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
