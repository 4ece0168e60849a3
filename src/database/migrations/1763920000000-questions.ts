import { AuditedTablesMigration, check, PLAN_ROW_COLUMNS, references, type TableDefinition } from './kit.js';

const QUESTIONS: TableDefinition = {
  name: 'questions',
  columns: [
    PLAN_ROW_COLUMNS,
    'subject_type text NOT NULL',
    'subject_code text NOT NULL',
    'period text',
    'text text NOT NULL',
    'asked_by uuid NOT NULL',
    'asked_at timestamptz NOT NULL DEFAULT now()',
    'answer text',
    'answered_by uuid',
    'answered_at timestamptz',
    "status text NOT NULL DEFAULT 'open'",
    'closed_by uuid',
    'closed_at timestamptz',
    'version integer NOT NULL DEFAULT 1',
  ],
  constraints: [
    references('plan_id', 'plans', 'CASCADE'),
    references('asked_by', 'users'),
    references('answered_by', 'users'),
    references('closed_by', 'users'),
    check('subject_type', "subject_type IN ('aim', 'target', 'indicator')"),
    check('status', "status IN ('open', 'answered', 'closed')"),
    check('period', "period IS NULL OR period ~ '^[0-9]{4}(-H[12])?$'"),
  ],
  indexes: [['plan_id', 'status']],
};

/** Reviewers' questions on an aim, target or indicator, answered by the responsible unit; audited. */
export class Questions1763920000000 extends AuditedTablesMigration {
  name = 'Questions1763920000000';
  protected readonly tables = [QUESTIONS];
  protected override readonly drop = { indexes: true };
}
