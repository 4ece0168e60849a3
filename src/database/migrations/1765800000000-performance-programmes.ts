import { AuditedTablesMigration, planTable } from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const TABLES = [
  planTable({
    name: 'programmes',
    columns: [
      'year integer NOT NULL',
      'format text NOT NULL',
      'status text NOT NULL',
      'submitted_on date',
      'decision_date date',
      'decision_number text',
      'revision integer NOT NULL DEFAULT 0',
      'proposal jsonb NOT NULL',
      'general_administration jsonb NOT NULL',
      'transfers jsonb NOT NULL',
    ],
    unique: [['plan_id', 'year']],
    checks: {
      format: "format IN ('classic', 'programme-budget')",
      status: "status IN ('draft', 'submitted', 'accepted')",
      submitted: "status = 'draft' OR submitted_on IS NOT NULL",
      decision: "status <> 'accepted' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)",
      amounts:
        "jsonb_typeof(proposal) = 'object' AND jsonb_typeof(general_administration) = 'object' AND jsonb_typeof(transfers) = 'object'",
    },
  }),
  planTable({
    name: 'programme_revisions',
    columns: [
      'programme_id uuid NOT NULL',
      'revision integer NOT NULL',
      'reason text NOT NULL',
      'accepted jsonb NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    record: false,
    unique: [['programme_id', 'revision']],
    references: { programme_id: ['programmes', 'CASCADE'] },
  }),
  planTable({
    name: 'programme_targets',
    columns: [
      'programme_id uuid NOT NULL',
      'code text NOT NULL',
      'target_id uuid',
      'explanation text',
      'position integer NOT NULL',
    ],
    unique: [
      ['programme_id', 'code'],
      ['programme_id', 'target_id'],
    ],
    references: { programme_id: ['programmes', 'CASCADE'], target_id: ['targets', 'SET NULL'] },
    indexes: [['target_id']],
  }),
  planTable({
    name: 'programme_indicators',
    columns: [
      'programme_target_id uuid NOT NULL',
      'indicator_id uuid NOT NULL',
      'entered jsonb NOT NULL',
      'explanation text',
    ],
    unique: [['programme_target_id', 'indicator_id']],
    references: {
      programme_target_id: ['programme_targets', 'CASCADE'],
      indicator_id: ['indicators', 'CASCADE'],
    },
    checks: { entered: "jsonb_typeof(entered) = 'object'" },
    indexes: [['indicator_id']],
  }),
  planTable({
    name: 'programme_activities',
    columns: [
      'programme_id uuid NOT NULL',
      'programme_target_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'unit_id uuid',
      'description text',
      'budget jsonb NOT NULL',
      'off_budget jsonb NOT NULL',
      'position integer NOT NULL',
    ],
    unique: [['programme_id', 'code']],
    references: {
      programme_id: ['programmes', 'CASCADE'],
      programme_target_id: ['programme_targets', 'CASCADE'],
      unit_id: ['units', 'SET NULL'],
    },
    checks: { amounts: "jsonb_typeof(budget) = 'object' AND jsonb_typeof(off_budget) = 'object'" },
    indexes: [['programme_target_id'], ['unit_id']],
  }),
];

/**
 * Issue 14: the yearly performance programme (performans programı, planning-cycle.md 3), classic
 * format. One programme per plan and year with its lifecycle (draft → submitted → accepted, a
 * revision number and the accepted state kept per revision), the budget proposal's resource need
 * by economic code and the institution-level general administration costs and transfers; its
 * performance targets (PH) linked to the plan's targets, their indicators' entered figures and
 * explanations; its activities with their responsible unit and costs. Amounts are jsonb objects
 * of TL by economic code (01–09) and off-budget source, checked by the server before any write.
 * Audited as the plan's content is; none of it feeds a realisation rate, so no content_version.
 */
export class PerformanceProgrammes1765800000000 extends AuditedTablesMigration {
  name = 'PerformanceProgrammes1765800000000';
  protected readonly tables = TABLES;
}
