import { AuditedTablesMigration, planTable } from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const TABLES = [
  planTable({
    name: 'programme_budget_programmes',
    columns: [
      'programme_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'position integer NOT NULL',
    ],
    unique: [['programme_id', 'code']],
    references: { programme_id: ['programmes', 'CASCADE'] },
  }),
  planTable({
    name: 'programme_sub_programmes',
    columns: [
      'programme_id uuid NOT NULL',
      'budget_programme_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'position integer NOT NULL',
    ],
    unique: [['budget_programme_id', 'code']],
    references: {
      programme_id: ['programmes', 'CASCADE'],
      budget_programme_id: ['programme_budget_programmes', 'CASCADE'],
    },
    indexes: [['programme_id']],
  }),
  planTable({
    name: 'programme_goals',
    columns: [
      'programme_id uuid NOT NULL',
      'sub_programme_id uuid NOT NULL',
      'code text NOT NULL',
      'title text NOT NULL',
      'position integer NOT NULL',
    ],
    unique: [['sub_programme_id', 'code']],
    references: {
      programme_id: ['programmes', 'CASCADE'],
      sub_programme_id: ['programme_sub_programmes', 'CASCADE'],
    },
    indexes: [['programme_id']],
  }),
  planTable({
    name: 'programme_goal_targets',
    columns: ['goal_id uuid NOT NULL', 'target_id uuid NOT NULL', 'position integer NOT NULL'],
    record: false,
    unique: [['goal_id', 'target_id']],
    references: { goal_id: ['programme_goals', 'CASCADE'], target_id: ['targets', 'CASCADE'] },
    indexes: [['target_id']],
  }),
  planTable({
    name: 'programme_goal_indicators',
    columns: [
      'goal_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'unit text',
      'figures jsonb NOT NULL',
      'position integer NOT NULL',
    ],
    unique: [['goal_id', 'code']],
    references: { goal_id: ['programme_goals', 'CASCADE'] },
    checks: { figures: "jsonb_typeof(figures) = 'object'" },
  }),
  planTable({
    name: 'programme_budget_activities',
    columns: [
      'programme_id uuid NOT NULL',
      'goal_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'unit_id uuid',
      'costs jsonb NOT NULL',
      'legal_basis text',
      'rationale text',
      'cost_elements text',
      'budget_lines text',
      'position integer NOT NULL',
    ],
    unique: [['programme_id', 'code']],
    references: {
      programme_id: ['programmes', 'CASCADE'],
      goal_id: ['programme_goals', 'CASCADE'],
      unit_id: ['units', 'SET NULL'],
    },
    checks: { costs: "jsonb_typeof(costs) = 'object'" },
    indexes: [['goal_id'], ['unit_id']],
  }),
];

/**
 * Issue 14 point 2: the programme-budget format of the performance programme (planning-cycle.md
 * 3). Per programme (PP) its programmes and sub-programmes (codes and names), the sub-programmes'
 * goals linked to plan targets (many-to-many; a link goes with its target), per goal its
 * indicators with six figures (t-2 actual, t-1 planned, t-1 year-end estimate, t target, t+1 and
 * t+2 forecasts) and its activities with the responsible unit, their costs by funding type,
 * economic code (01–09) and six columns, and the justification form. Figures and costs are jsonb
 * objects checked by the server before any write (codes, columns, no negative cost). Audited as
 * the classic programme is.
 */
export class ProgrammeBudget1766630000000 extends AuditedTablesMigration {
  name = 'ProgrammeBudget1766630000000';
  protected readonly tables = TABLES;
}
