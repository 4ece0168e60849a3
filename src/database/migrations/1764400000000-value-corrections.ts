import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Corrections of approved values as proposals (four eyes after approval): one person proposes the
 * new value with a reason, another approves or rejects it; at most one proposal waits per value.
 * Audited by the same trigger functions as indicator_values (entity `value_correction`).
 */
export class ValueCorrections1764400000000 implements MigrationInterface {
  name = 'ValueCorrections1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE value_corrections (
        ${kit.PLAN_ROW_COLUMNS},
        indicator_id uuid NOT NULL,
        value_id uuid NOT NULL,
        period text NOT NULL,
        previous_value numeric NOT NULL,
        value numeric NOT NULL,
        deviation_reason text,
        note text,
        evidence_url text,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'proposed',
        proposed_by uuid,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz,
        decision_comment text,
        version integer NOT NULL DEFAULT 1,
        ${kit.primaryKey('value_corrections')},
        ${kit.foreignKey('value_corrections', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('value_corrections', 'value_id', 'indicator_values', 'CASCADE')},
        CONSTRAINT value_corrections_status_check CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn'))
      )`);
    // One proposal waits per value: the second one, however it races, is refused here at the latest.
    await queryRunner.query(
      `CREATE UNIQUE INDEX value_corrections_value_id_proposed_key ON value_corrections (value_id) WHERE status = 'proposed'`,
    );
    await queryRunner.query(kit.createIndex('value_corrections', ['value_id']));
    await queryRunner.query(kit.createIndex('value_corrections', ['plan_id', 'status']));
    await kit.createAuditTriggers(queryRunner, ['value_corrections']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, ['value_corrections']);
    await queryRunner.query('DROP INDEX value_corrections_plan_id_status_idx');
    await queryRunner.query('DROP INDEX value_corrections_value_id_idx');
    await queryRunner.query('DROP INDEX value_corrections_value_id_proposed_key');
    await queryRunner.query('DROP TABLE value_corrections');
  }
}
