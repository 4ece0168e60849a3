import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** The new tables, audited (kit.ts: the entity name is the table's singular). */
const AUDITED: string[] = ['preparation_team_members', 'preparation_steps'];

/**
 * Issue 12 point 2: a plan's preparation programme (hazırlık programı, planning-cycle.md 1), the
 * strategic planning team (users of the institution or named outsiders, one coordinator at most)
 * and the steps of the preparation with owner, dates, status and order. Audited as the plan's
 * content is.
 */
export class PreparationProgramme1765000000000 implements MigrationInterface {
  name = 'PreparationProgramme1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE preparation_team_members (
        ${kit.PLAN_ROW_COLUMNS},
        user_id uuid,
        name text NOT NULL,
        title text,
        role text NOT NULL,
        unit_id uuid,
        position integer NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('preparation_team_members')},
        CONSTRAINT preparation_team_members_plan_id_position_key UNIQUE (plan_id, position),
        CONSTRAINT preparation_team_members_plan_id_user_id_key UNIQUE (plan_id, user_id),
        ${kit.foreignKey('preparation_team_members', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('preparation_team_members', 'user_id', 'users', 'SET NULL')},
        ${kit.foreignKey('preparation_team_members', 'unit_id', 'units', 'SET NULL')},
        CONSTRAINT preparation_team_members_role_check CHECK (role IN ('coordinator', 'member'))
      )`);
    // One coordinator per team, however two requests race.
    await queryRunner.query(
      `CREATE UNIQUE INDEX preparation_team_members_plan_id_coordinator_key ON preparation_team_members (plan_id) WHERE role = 'coordinator'`,
    );
    await queryRunner.query(kit.createIndex('preparation_team_members', ['user_id']));
    await queryRunner.query(kit.createIndex('preparation_team_members', ['unit_id']));
    await queryRunner.query(`
      CREATE TABLE preparation_steps (
        ${kit.PLAN_ROW_COLUMNS},
        title text NOT NULL,
        owner_id uuid,
        start_date date NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL,
        done_date date,
        position integer NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('preparation_steps')},
        CONSTRAINT preparation_steps_plan_id_position_key UNIQUE (plan_id, position),
        ${kit.foreignKey('preparation_steps', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('preparation_steps', 'owner_id', 'preparation_team_members', 'SET NULL')},
        CONSTRAINT preparation_steps_status_check CHECK (status IN ('planned', 'in-progress', 'done')),
        CONSTRAINT preparation_steps_due_date_check CHECK (due_date >= start_date),
        CONSTRAINT preparation_steps_done_date_check CHECK ((status = 'done') = (done_date IS NOT NULL))
      )`);
    await queryRunner.query(kit.createIndex('preparation_steps', ['owner_id']));
    await kit.createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    await queryRunner.query('DROP TABLE preparation_steps');
    await queryRunner.query('DROP TABLE preparation_team_members');
  }
}
