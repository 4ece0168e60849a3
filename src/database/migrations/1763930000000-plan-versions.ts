import { PLAN_ROW_COLUMNS, references, TablesMigration, unique, type TableDefinition } from './kit.js';

const TABLES: TableDefinition[] = [
  {
    name: 'plan_versions',
    columns: [
      PLAN_ROW_COLUMNS,
      'number integer NOT NULL',
      'effective_year integer NOT NULL',
      'reason text NOT NULL',
      'decision_date date',
      'decision_number text',
      'created_by uuid',
      'created_at timestamptz NOT NULL DEFAULT now()',
      'changes jsonb NOT NULL',
    ],
    constraints: [references('plan_id', 'plans', 'CASCADE'), unique('plan_id', 'number')],
  },
];

/** Plan updates (güncelleme): each a new version with the yearly targets it changed, old and new. */
export class PlanVersions1763930000000 extends TablesMigration {
  name = 'PlanVersions1763930000000';
  protected readonly tables = TABLES;
}
