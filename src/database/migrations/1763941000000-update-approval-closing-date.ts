import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan updates proposed by a planner and put in force by the institution's administrator (the
 * mayor's approval), with weight changes, added indicators and target card changes beside the
 * yearly targets; the first year an added indicator counts in; the closing date of a plan.
 */
export class UpdateApprovalClosingDate1763941000000 implements MigrationInterface {
  name = 'UpdateApprovalClosingDate1763941000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Updates made before this migration were in force at once: they stay approved.
    await queryRunner.query(`
      ALTER TABLE plan_versions
        ADD COLUMN status text NOT NULL DEFAULT 'approved',
        ADD COLUMN request jsonb,
        ADD COLUMN weight_changes jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN added_indicators jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN card_changes jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN decided_by uuid,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN effective_date date,
        ADD COLUMN rejection_reason text,
        ADD CONSTRAINT plan_versions_status_check CHECK (status IN ('proposed', 'approved', 'rejected'))`);
    await queryRunner.query(
      `UPDATE plan_versions SET effective_date = created_at::date, decided_at = created_at`,
    );
    // At most one proposal waits for the administrator at a time.
    await queryRunner.query(
      `CREATE UNIQUE INDEX plan_versions_plan_id_proposed_key ON plan_versions (plan_id) WHERE status = 'proposed'`,
    );
    await queryRunner.query(`ALTER TABLE indicators ADD COLUMN since_year integer`);
    await queryRunner.query(`ALTER TABLE plans ADD COLUMN closed_on date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE plans DROP COLUMN closed_on');
    await queryRunner.query('ALTER TABLE indicators DROP COLUMN since_year');
    await queryRunner.query('DROP INDEX plan_versions_plan_id_proposed_key');
    // Proposals and rejected proposals never changed the plan; approved ones stay as updates.
    await queryRunner.query(`DELETE FROM plan_versions WHERE status <> 'approved'`);
    await queryRunner.query(`
      ALTER TABLE plan_versions
        DROP CONSTRAINT plan_versions_status_check,
        DROP COLUMN status, DROP COLUMN request, DROP COLUMN weight_changes, DROP COLUMN added_indicators,
        DROP COLUMN card_changes, DROP COLUMN decided_by, DROP COLUMN decided_at, DROP COLUMN effective_date,
        DROP COLUMN rejection_reason`);
  }
}
