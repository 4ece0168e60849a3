import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Issue 16 point 1: the institution's own calendar events, beside the ones the calendar rules
 * compute (planning-cycle.md 6). A planner or admin adds, changes and deletes them; every write
 * is audited as the plan's content is (entity `institution_event`).
 */
export class InstitutionEvents1765100000000 implements MigrationInterface {
  name = 'InstitutionEvents1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE institution_events (
        ${kit.INSTITUTION_ROW_COLUMNS},
        plan_id uuid,
        title text NOT NULL,
        description text,
        date date NOT NULL,
        end_date date,
        actor text NOT NULL,
        done boolean NOT NULL DEFAULT false,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('institution_events')},
        ${kit.foreignKey('institution_events', 'institution_id', 'institutions', 'CASCADE')},
        ${kit.foreignKey('institution_events', 'plan_id', 'plans', 'CASCADE')},
        CONSTRAINT institution_events_actor_check CHECK (actor IN ('admin', 'planner', 'unit_manager', 'reviewer', 'council', 'top-manager')),
        CONSTRAINT institution_events_end_date_check CHECK (end_date IS NULL OR end_date >= date)
      )`);
    await queryRunner.query(kit.createIndex('institution_events', ['institution_id']));
    await queryRunner.query(kit.createIndex('institution_events', ['plan_id']));
    await kit.createAuditTriggers(queryRunner, ['institution_events']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, ['institution_events']);
    await queryRunner.query('DROP TABLE institution_events');
  }
}
