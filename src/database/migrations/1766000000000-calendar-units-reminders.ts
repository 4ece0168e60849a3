import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Issue 16: an institution's own calendar event may concern one of its units (a unit's own task,
 * e.g. its activity report meeting), so the calendar's unit filter shows it; the service checks
 * that the unit is the institution's, and a unit removed leaves the event to the institution as
 * a whole. And the submitted values, which the daily reminder scan counts per plan for the
 * approvers, get a partial index: the scan no longer reads every value of every institution.
 */
export class CalendarUnitsReminders1766000000000 implements MigrationInterface {
  name = 'CalendarUnitsReminders1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE institution_events
        ADD COLUMN unit_id uuid,
        ADD CONSTRAINT institution_events_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE SET NULL`);
    await queryRunner.query(kit.createIndex('institution_events', ['unit_id']));
    await queryRunner.query(
      `CREATE INDEX indicator_values_submitted_idx ON indicator_values (plan_id) WHERE status = 'submitted'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX indicator_values_submitted_idx');
    await queryRunner.query('DROP INDEX institution_events_unit_id_idx');
    await queryRunner.query('ALTER TABLE institution_events DROP COLUMN unit_id');
  }
}
