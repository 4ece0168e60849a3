import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** Plan updates (güncelleme): each a new version with the yearly targets it changed, old and new. */
export class PlanVersions1763930000000 implements MigrationInterface {
  name = 'PlanVersions1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan_versions (
        ${kit.PLAN_ROW_COLUMNS},
        number integer NOT NULL,
        effective_year integer NOT NULL,
        reason text NOT NULL,
        decision_date date,
        decision_number text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL,
        ${kit.primaryKey('plan_versions')},
        ${kit.foreignKey('plan_versions', 'plan_id', 'plans', 'CASCADE')},
        CONSTRAINT plan_versions_plan_id_number_key UNIQUE (plan_id, number)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_versions');
  }
}
