import { AuditedTablesMigration, planTable } from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const TABLES = [
  planTable({
    name: 'activity_reports',
    columns: ['year integer NOT NULL', 'information_system text'],
    unique: [['plan_id', 'year']],
  }),
  planTable({
    name: 'activity_report_measures',
    columns: [
      'target_id uuid NOT NULL',
      'year integer NOT NULL',
      'measures text NOT NULL',
      'status text NOT NULL',
      'return_comment text',
      'entered_by uuid',
      'submitted_by uuid',
      'submitted_at timestamptz',
      'approved_by uuid',
      'approved_at timestamptz',
    ],
    unique: [['target_id', 'year']],
    references: { target_id: ['targets', 'CASCADE'] },
    checks: { status: "status IN ('draft', 'submitted', 'approved', 'returned')" },
    indexes: [['plan_id', 'year']],
  }),
  planTable({
    name: 'activity_report_evaluations',
    columns: [
      'indicator_id uuid NOT NULL',
      'year integer NOT NULL',
      'relevance text',
      'effectiveness text',
      'efficiency text',
      'sustainability text',
      'impact text',
    ],
    unique: [['indicator_id', 'year']],
    references: { indicator_id: ['indicators', 'CASCADE'] },
    indexes: [['plan_id', 'year']],
  }),
];

/**
 * Issue 14 points 7 and 9: the activity report's performance part (faaliyet raporu,
 * planning-cycle.md 5). Per plan year: the report's own text (Performans Bilgi Sisteminin
 * Değerlendirilmesi); per target the measures taken or planned (Alınan/Alınacak Önlemler), written
 * by the responsible unit and approved by the planner in the value workflow's states; per indicator
 * the yearly evaluation by the four criteria (İlgililik, Etkililik, Etkinlik, Sürdürülebilirlik)
 * and the optional Etki. The figures of the report are never stored: the progress engine computes
 * them from the approved values. Audited; none of it feeds a rate, so no content_version.
 */
export class ActivityReports1766500000000 extends AuditedTablesMigration {
  name = 'ActivityReports1766500000000';
  protected readonly tables = TABLES;
}
