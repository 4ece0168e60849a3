import {
  AuditedTablesMigration,
  check,
  INSTITUTION_ROW_COLUMNS,
  RECORD_COLUMNS,
  references,
  type TableDefinition,
} from './kit.js';

const TABLES: TableDefinition[] = [
  {
    name: 'institution_events',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'plan_id uuid',
      'title text NOT NULL',
      'description text',
      'date date NOT NULL',
      'end_date date',
      'actor text NOT NULL',
      'done boolean NOT NULL DEFAULT false',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('institution_id', 'institutions', 'CASCADE'),
      references('plan_id', 'plans', 'CASCADE'),
      check('actor', "actor IN ('admin', 'planner', 'unit_manager', 'reviewer', 'council', 'top-manager')"),
      check('end_date', 'end_date IS NULL OR end_date >= date'),
    ],
    indexes: [['institution_id'], ['plan_id']],
  },
];

/**
 * Issue 16 point 1: the institution's own calendar events, beside the ones the calendar rules
 * compute (planning-cycle.md 6). A planner or admin adds, changes and deletes them; every write
 * is audited as the plan's content is (entity `institution_event`).
 */
export class InstitutionEvents1765100000000 extends AuditedTablesMigration {
  name = 'InstitutionEvents1765100000000';
  protected readonly tables = TABLES;
}
