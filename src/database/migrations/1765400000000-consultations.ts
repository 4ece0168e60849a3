import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Issue 13 points 6–8: public consultation on a draft plan. A consultation of a plan (what it
 * covers, its Istanbul dates, when a planner opened and closed it) and its anonymous comments
 * with their moderation (status, the reason a comment was hidden, the institution's answer) and
 * where each led (a finding or need, a target). A comment keeps no IP address: `address_key` is a
 * digest of it, for the rate limit; `text_key` the digest of its normalised text, for the
 * duplicate check. Consultation edits and moderation decisions are audited as plan content; an
 * anonymous comment's arrival is not (no actor; the row is its own record).
 */
export class Consultations1765400000000 implements MigrationInterface {
  name = 'Consultations1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consultations (
        ${kit.PLAN_ROW_COLUMNS},
        title text NOT NULL,
        description text,
        scope text NOT NULL,
        aim_code text,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        opened_at timestamptz,
        closed_at timestamptz,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('consultations')},
        ${kit.foreignKey('consultations', 'plan_id', 'plans', 'CASCADE')},
        CONSTRAINT consultations_scope_check CHECK (scope IN ('plan', 'mission-vision', 'aims', 'aim-targets')),
        CONSTRAINT consultations_aim_code_check CHECK ((scope = 'aim-targets') = (aim_code IS NOT NULL)),
        CONSTRAINT consultations_closes_on_check CHECK (closes_on >= opens_on)
      )`);
    await queryRunner.query(kit.createIndex('consultations', ['plan_id']));
    await queryRunner.query(kit.createIndex('consultations', ['institution_id']));
    await queryRunner.query(`
      CREATE TABLE consultation_comments (
        ${kit.PLAN_ROW_COLUMNS},
        consultation_id uuid NOT NULL,
        text text NOT NULL,
        text_key text NOT NULL,
        author_name text,
        author_email text,
        subject_code text,
        status text NOT NULL DEFAULT 'pending',
        hidden_reason text,
        answer text,
        answered_at timestamptz,
        linked_item_id uuid,
        linked_target_id uuid,
        address_key text NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('consultation_comments')},
        CONSTRAINT consultation_comments_consultation_id_text_key_key UNIQUE (consultation_id, text_key),
        ${kit.foreignKey('consultation_comments', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('consultation_comments', 'consultation_id', 'consultations', 'CASCADE')},
        ${kit.foreignKey('consultation_comments', 'linked_item_id', 'analysis_items', 'SET NULL')},
        ${kit.foreignKey('consultation_comments', 'linked_target_id', 'targets', 'SET NULL')},
        CONSTRAINT consultation_comments_status_check CHECK (status IN ('pending', 'published', 'hidden')),
        CONSTRAINT consultation_comments_hidden_reason_check CHECK (status <> 'hidden' OR hidden_reason IS NOT NULL)
      )`);
    await queryRunner.query(kit.createIndex('consultation_comments', ['address_key', 'created_at']));
    await queryRunner.query(kit.createIndex('consultation_comments', ['linked_item_id']));
    await queryRunner.query(kit.createIndex('consultation_comments', ['linked_target_id']));
    await kit.createAuditTriggers(queryRunner, ['consultations']);
    await queryRunner.query(kit.auditChangeTrigger('consultation_comments'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER consultation_comments_audit ON consultation_comments');
    await kit.dropAuditTriggers(queryRunner, ['consultations']);
    await queryRunner.query('DROP TABLE consultation_comments');
    await queryRunner.query('DROP TABLE consultations');
  }
}
