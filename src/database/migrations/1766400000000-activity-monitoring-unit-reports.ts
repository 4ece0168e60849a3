import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditedTables, dropAuditedTables, planTable } from './kit.js';

/** The workflow columns an entry shares with indicator_values (domain.md 6). */
const WORKFLOW_COLUMNS = `status text NOT NULL,
        entered_by uuid,
        submitted_by uuid,
        submitted_at timestamptz,
        approved_by uuid,
        approved_at timestamptz,
        return_comment text`;

/** The new tables, each audited (their entity names are their singulars). */
const TABLES = [
  planTable({
    name: 'programme_activity_progress_entries',
    columns: [
      'activity_id uuid NOT NULL',
      'period text NOT NULL',
      'percent numeric NOT NULL',
      'note text',
      'spending jsonb NOT NULL',
      WORKFLOW_COLUMNS,
    ],
    unique: [['activity_id', 'period']],
    references: { activity_id: ['programme_activities', 'CASCADE'] },
    checks: {
      status: "status IN ('draft', 'submitted', 'approved', 'returned')",
      percent: 'percent >= 0 AND percent <= 100',
      spending: "jsonb_typeof(spending) = 'object'",
    },
    indexes: [['plan_id']],
  }),
  planTable({
    name: 'unit_activity_reports',
    columns: [
      'year integer NOT NULL',
      'unit_id uuid NOT NULL',
      'problems text',
      'proposals text',
      WORKFLOW_COLUMNS,
    ],
    unique: [['plan_id', 'year', 'unit_id']],
    references: { unit_id: ['units', 'CASCADE'] },
    checks: { status: "status IN ('draft', 'submitted', 'approved', 'returned')" },
    indexes: [['unit_id']],
  }),
];

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
    await createAuditedTables(queryRunner, TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditedTables(queryRunner, TABLES);
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
