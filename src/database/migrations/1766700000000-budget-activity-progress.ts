import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foreignKey } from './kit.js';

const TABLE = 'programme_activity_progress_entries';

/**
 * Issue 14 point 5 for the programme-budget format: an activity progress entry belongs to a
 * classic activity (activity_id) or to a programme-budget activity (budget_activity_id), exactly
 * one of them, and one entry per activity and period in either case. The entries keep their one
 * table, so the value workflow, the audit trail, the worklist and the approval queue stay one.
 */
export class BudgetActivityProgress1766700000000 implements MigrationInterface {
  name = 'BudgetActivityProgress1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${TABLE} ALTER COLUMN activity_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${TABLE} ADD COLUMN budget_activity_id uuid`);
    await queryRunner.query(
      `ALTER TABLE ${TABLE} ADD ${foreignKey(TABLE, 'budget_activity_id', 'programme_budget_activities', 'CASCADE')}`,
    );
    await queryRunner.query(
      `ALTER TABLE ${TABLE} ADD CONSTRAINT ${TABLE}_budget_activity_period_key UNIQUE (budget_activity_id, period)`,
    );
    await queryRunner.query(
      `ALTER TABLE ${TABLE} ADD CONSTRAINT ${TABLE}_one_activity_check CHECK (num_nonnulls(activity_id, budget_activity_id) = 1)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM ${TABLE} WHERE budget_activity_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${TABLE} DROP CONSTRAINT ${TABLE}_one_activity_check`);
    await queryRunner.query(`ALTER TABLE ${TABLE} DROP CONSTRAINT ${TABLE}_budget_activity_period_key`);
    await queryRunner.query(`ALTER TABLE ${TABLE} DROP CONSTRAINT ${TABLE}_budget_activity_id_fkey`);
    await queryRunner.query(`ALTER TABLE ${TABLE} DROP COLUMN budget_activity_id`);
    await queryRunner.query(`ALTER TABLE ${TABLE} ALTER COLUMN activity_id SET NOT NULL`);
  }
}
