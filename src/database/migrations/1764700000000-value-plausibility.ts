import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: an indicator's optional half-year targets (the 30 June monitoring measures against
 * them when given), and the mark of a value the unit confirmed with a note although it falls
 * outside the plausible range (olağan dışı), for the approver.
 */
export class ValuePlausibility1764700000000 implements MigrationInterface {
  name = 'ValuePlausibility1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE indicators ADD COLUMN half_year_targets jsonb');
    await queryRunner.query(
      'ALTER TABLE indicator_values ADD COLUMN implausible boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE indicator_values DROP COLUMN implausible');
    await queryRunner.query('ALTER TABLE indicators DROP COLUMN half_year_targets');
  }
}
