import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTable, PLAN_ROW_COLUMNS, references, unique } from './kit.js';

/** Plan updates (güncelleme): each a new version with the yearly targets it changed, old and new. */
export class PlanVersions1763930000000 implements MigrationInterface {
  name = 'PlanVersions1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      createTable({
        name: 'plan_versions',
        columns: [
          PLAN_ROW_COLUMNS,
          'number integer NOT NULL',
          'effective_year integer NOT NULL',
          'reason text NOT NULL',
          'decision_date date',
          'decision_number text',
          'created_by uuid',
          'created_at timestamptz NOT NULL DEFAULT now()',
          'changes jsonb NOT NULL',
        ],
        constraints: [references('plan_id', 'plans', 'CASCADE'), unique('plan_id', 'number')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_versions');
  }
}
