import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** Reviewers' questions on an aim, target or indicator, answered by the responsible unit; audited. */
export class Questions1763920000000 implements MigrationInterface {
  name = 'Questions1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE questions (
        ${kit.PLAN_ROW_COLUMNS},
        subject_type text NOT NULL,
        subject_code text NOT NULL,
        period text,
        text text NOT NULL,
        asked_by uuid NOT NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer text,
        answered_by uuid,
        answered_at timestamptz,
        status text NOT NULL DEFAULT 'open',
        closed_by uuid,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        ${kit.primaryKey('questions')},
        ${kit.foreignKey('questions', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('questions', 'asked_by', 'users')},
        ${kit.foreignKey('questions', 'answered_by', 'users')},
        ${kit.foreignKey('questions', 'closed_by', 'users')},
        CONSTRAINT questions_subject_type_check CHECK (subject_type IN ('aim', 'target', 'indicator')),
        CONSTRAINT questions_status_check CHECK (status IN ('open', 'answered', 'closed')),
        CONSTRAINT questions_period_check CHECK (period IS NULL OR period ~ '^[0-9]{4}(-H[12])?$')
      )`);
    await queryRunner.query(kit.createIndex('questions', ['plan_id', 'status']));
    await kit.createAuditTriggers(queryRunner, ['questions']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, ['questions']);
    await queryRunner.query('DROP INDEX questions_plan_id_status_idx');
    await queryRunner.query('DROP TABLE questions');
  }
}
