import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createAuditTriggers,
  dropAuditTriggers,
  PLAN_ROW_COLUMNS,
  primaryKey,
  RECORD_COLUMNS,
} from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const AUDITED = ['programme_activity_progress_entries', 'unit_activity_reports'];

/** The workflow columns an entry shares with indicator_values (domain.md 6). */
const WORKFLOW_COLUMNS = `status text NOT NULL,
        entered_by uuid,
        submitted_by uuid,
        submitted_at timestamptz,
        approved_by uuid,
        approved_at timestamptz,
        return_comment text`;

/**
 * Issue 14 points 4, 5 and 8. A performance programme gets its last step, published (a date),
 * after accepted. Activities of an accepted programme are monitored per assessment period
 * ("YYYY-H1", "YYYY"): progress (0–100 %, a note) and spending by first-level economic code,
 * entered by the activity's unit in the value workflow (draft → submitted → approved, or
 * returned). Each unit writes its activity report of a plan year (problems, proposals) in the same
 * workflow. Both are audited; neither feeds a realisation rate, so no content_version.
 */
export class ActivityMonitoringUnitReports1766400000000 implements MigrationInterface {
  name = 'ActivityMonitoringUnitReports1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE programmes ADD COLUMN published_on date`);
    await queryRunner.query(`ALTER TABLE programmes DROP CONSTRAINT programmes_status_check`);
    await queryRunner.query(
      `ALTER TABLE programmes ADD CONSTRAINT programmes_status_check CHECK (status IN ('draft', 'submitted', 'accepted', 'published'))`,
    );
    await queryRunner.query(`ALTER TABLE programmes DROP CONSTRAINT programmes_decision_check`);
    await queryRunner.query(
      `ALTER TABLE programmes ADD CONSTRAINT programmes_decision_check CHECK (status NOT IN ('accepted', 'published') OR (decision_date IS NOT NULL AND decision_number IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE programmes ADD CONSTRAINT programmes_published_check CHECK (status <> 'published' OR published_on IS NOT NULL)`,
    );
    await queryRunner.query(`
      CREATE TABLE programme_activity_progress_entries (
        ${PLAN_ROW_COLUMNS},
        activity_id uuid NOT NULL,
        period text NOT NULL,
        percent numeric NOT NULL,
        note text,
        spending jsonb NOT NULL,
        ${WORKFLOW_COLUMNS},
        ${RECORD_COLUMNS},
        ${primaryKey('programme_activity_progress_entries')},
        CONSTRAINT programme_activity_progress_entries_activity_id_period_key UNIQUE (activity_id, period),
        CONSTRAINT programme_activity_progress_entries_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT programme_activity_progress_entries_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES programme_activities (id) ON DELETE CASCADE,
        CONSTRAINT programme_activity_progress_entries_status_check CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
        CONSTRAINT programme_activity_progress_entries_percent_check CHECK (percent >= 0 AND percent <= 100),
        CONSTRAINT programme_activity_progress_entries_spending_check CHECK (jsonb_typeof(spending) = 'object')
      )`);
    await queryRunner.query(
      `CREATE INDEX programme_activity_progress_entries_plan_id_idx ON programme_activity_progress_entries (plan_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE unit_activity_reports (
        ${PLAN_ROW_COLUMNS},
        year integer NOT NULL,
        unit_id uuid NOT NULL,
        problems text,
        proposals text,
        ${WORKFLOW_COLUMNS},
        ${RECORD_COLUMNS},
        ${primaryKey('unit_activity_reports')},
        CONSTRAINT unit_activity_reports_plan_id_year_unit_id_key UNIQUE (plan_id, year, unit_id),
        CONSTRAINT unit_activity_reports_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT unit_activity_reports_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE CASCADE,
        CONSTRAINT unit_activity_reports_status_check CHECK (status IN ('draft', 'submitted', 'approved', 'returned'))
      )`);
    await queryRunner.query(
      `CREATE INDEX unit_activity_reports_unit_id_idx ON unit_activity_reports (unit_id)`,
    );
    await createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    for (const table of [...AUDITED].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query(`UPDATE programmes SET status = 'accepted' WHERE status = 'published'`);
    await queryRunner.query(`ALTER TABLE programmes DROP CONSTRAINT programmes_published_check`);
    await queryRunner.query(`ALTER TABLE programmes DROP CONSTRAINT programmes_decision_check`);
    await queryRunner.query(
      `ALTER TABLE programmes ADD CONSTRAINT programmes_decision_check CHECK (status <> 'accepted' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE programmes DROP CONSTRAINT programmes_status_check`);
    await queryRunner.query(
      `ALTER TABLE programmes ADD CONSTRAINT programmes_status_check CHECK (status IN ('draft', 'submitted', 'accepted'))`,
    );
    await queryRunner.query(`ALTER TABLE programmes DROP COLUMN published_on`);
  }
}
