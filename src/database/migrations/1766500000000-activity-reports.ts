import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createAuditTriggers,
  dropAuditTriggers,
  PLAN_ROW_COLUMNS,
  primaryKey,
  RECORD_COLUMNS,
} from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const AUDITED = ['activity_reports', 'activity_report_measures', 'activity_report_evaluations'];

/**
 * Issue 14 points 7 and 9: the activity report's performance part (faaliyet raporu,
 * planning-cycle.md 5). Per plan year: the report's own text (Performans Bilgi Sisteminin
 * Değerlendirilmesi); per target the measures taken or planned (Alınan/Alınacak Önlemler), written
 * by the responsible unit and approved by the planner in the value workflow's states; per indicator
 * the yearly evaluation by the four criteria (İlgililik, Etkililik, Etkinlik, Sürdürülebilirlik)
 * and the optional Etki. The figures of the report are never stored: the progress engine computes
 * them from the approved values. Audited; none of it feeds a rate, so no content_version.
 */
export class ActivityReports1766500000000 implements MigrationInterface {
  name = 'ActivityReports1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE activity_reports (
        ${PLAN_ROW_COLUMNS},
        year integer NOT NULL,
        information_system text,
        ${RECORD_COLUMNS},
        ${primaryKey('activity_reports')},
        CONSTRAINT activity_reports_plan_id_year_key UNIQUE (plan_id, year),
        CONSTRAINT activity_reports_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE activity_report_measures (
        ${PLAN_ROW_COLUMNS},
        target_id uuid NOT NULL,
        year integer NOT NULL,
        measures text NOT NULL,
        status text NOT NULL,
        return_comment text,
        entered_by uuid,
        submitted_by uuid,
        submitted_at timestamptz,
        approved_by uuid,
        approved_at timestamptz,
        ${RECORD_COLUMNS},
        ${primaryKey('activity_report_measures')},
        CONSTRAINT activity_report_measures_target_id_year_key UNIQUE (target_id, year),
        CONSTRAINT activity_report_measures_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT activity_report_measures_target_id_fkey FOREIGN KEY (target_id) REFERENCES targets (id) ON DELETE CASCADE,
        CONSTRAINT activity_report_measures_status_check CHECK (status IN ('draft', 'submitted', 'approved', 'returned'))
      )`);
    await queryRunner.query(
      `CREATE INDEX activity_report_measures_plan_id_year_idx ON activity_report_measures (plan_id, year)`,
    );
    await queryRunner.query(`
      CREATE TABLE activity_report_evaluations (
        ${PLAN_ROW_COLUMNS},
        indicator_id uuid NOT NULL,
        year integer NOT NULL,
        relevance text,
        effectiveness text,
        efficiency text,
        sustainability text,
        impact text,
        ${RECORD_COLUMNS},
        ${primaryKey('activity_report_evaluations')},
        CONSTRAINT activity_report_evaluations_indicator_id_year_key UNIQUE (indicator_id, year),
        CONSTRAINT activity_report_evaluations_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT activity_report_evaluations_indicator_id_fkey FOREIGN KEY (indicator_id) REFERENCES indicators (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX activity_report_evaluations_plan_id_year_idx ON activity_report_evaluations (plan_id, year)`,
    );
    await createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    for (const table of [...AUDITED].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
