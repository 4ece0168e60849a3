import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 point 5: an indicator's chart starts its y axis at 0 unless the plan says otherwise
 * (a rate between 92 and 99 % reads better on an axis that fits the data).
 */
export class IndicatorChartAxis1764800000000 implements MigrationInterface {
  name = 'IndicatorChartAxis1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE indicators ADD COLUMN chart_from_zero boolean NOT NULL DEFAULT true',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE indicators DROP COLUMN chart_from_zero');
  }
}
