import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Issue 12 point 1: a plan started as a copy of the institution's previous plan remembers it,
 * so the drafting workspace shows beside each carried indicator what the previous plan reached.
 */
export class PlanCopies1764900000000 implements MigrationInterface {
  name = 'PlanCopies1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plans ADD COLUMN previous_plan_id uuid`);
    await queryRunner.query(
      `ALTER TABLE plans ADD CONSTRAINT plans_previous_plan_id_fkey
         FOREIGN KEY (previous_plan_id) REFERENCES plans (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(kit.createIndex('plans', ['previous_plan_id']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plans DROP COLUMN previous_plan_id`);
  }
}
