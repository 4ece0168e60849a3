import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  auditChangeTrigger,
  createAuditTriggers,
  createTables,
  dropAuditTriggers,
  dropTables,
  planTable,
} from './kit.js';

/** The new tables, in the order they are made. */
const TABLES = [
  planTable({
    name: 'consultations',
    columns: [
      'title text NOT NULL',
      'description text',
      'scope text NOT NULL',
      'aim_code text',
      'opens_on date NOT NULL',
      'closes_on date NOT NULL',
      'opened_at timestamptz',
      'closed_at timestamptz',
    ],
    unique: [],
    checks: {
      scope: "scope IN ('plan', 'mission-vision', 'aims', 'aim-targets')",
      aim_code: "(scope = 'aim-targets') = (aim_code IS NOT NULL)",
      closes_on: 'closes_on >= opens_on',
    },
    indexes: [['plan_id'], ['institution_id']],
  }),
  planTable({
    name: 'consultation_comments',
    columns: [
      'consultation_id uuid NOT NULL',
      'text text NOT NULL',
      'text_key text NOT NULL',
      'author_name text',
      'author_email text',
      'subject_code text',
      "status text NOT NULL DEFAULT 'pending'",
      'hidden_reason text',
      'answer text',
      'answered_at timestamptz',
      'linked_item_id uuid',
      'linked_target_id uuid',
      'address_key text NOT NULL',
    ],
    unique: [['consultation_id', 'text_key']],
    references: {
      consultation_id: ['consultations', 'CASCADE'],
      linked_item_id: ['analysis_items', 'SET NULL'],
      linked_target_id: ['targets', 'SET NULL'],
    },
    checks: {
      status: "status IN ('pending', 'published', 'hidden')",
      hidden_reason: "status <> 'hidden' OR hidden_reason IS NOT NULL",
    },
    indexes: [['address_key', 'created_at'], ['linked_item_id'], ['linked_target_id']],
  }),
];

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
    await createTables(queryRunner, TABLES);
    await createAuditTriggers(queryRunner, ['consultations']);
    await queryRunner.query(auditChangeTrigger('consultation_comments'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER consultation_comments_audit ON consultation_comments');
    await dropAuditTriggers(queryRunner, ['consultations']);
    await dropTables(queryRunner, TABLES);
  }
}
