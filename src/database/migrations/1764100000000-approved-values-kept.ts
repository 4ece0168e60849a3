import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approved values are never deleted (issue 9): the application refuses every delete of what holds
 * them with 409 HOLDS_APPROVED_VALUES; this trigger is the last line behind it, for a path the
 * application missed, a cascade from a plan or institution, and SQL behind the application. It
 * raises SQLSTATE 23503 (foreign_key_violation: the row is still referenced by the plan's record),
 * which the exception filter answers as 409 IN_USE, so even a missed path is no 500.
 */
export class ApprovedValuesKept1764100000000 implements MigrationInterface {
  name = 'ApprovedValuesKept1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION approved_value_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'approved value % of indicator % is never deleted', OLD.period, OLD.indicator_id
          USING ERRCODE = '23503', HINT = 'approved values are kept; correct them instead';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER indicator_values_approved_kept BEFORE DELETE ON indicator_values
        FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION approved_value_kept()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER indicator_values_approved_kept ON indicator_values');
    await queryRunner.query('DROP FUNCTION approved_value_kept()');
  }
}
