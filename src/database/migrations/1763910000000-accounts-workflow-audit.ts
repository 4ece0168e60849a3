import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as auditSql from './audit-sql.js';
import * as kit from './kit.js';

/** Tables whose every change the audit trail records (kit.ts: the entity name is the table's singular). */
const AUDITED_TABLES: string[] = [
  'plans',
  'core_values',
  'aims',
  'targets',
  'indicators',
  'indicator_targets',
  'indicator_values',
];

/** The accounts: users, their roles per institution and per unit, their sessions. */
const ACCOUNT_TABLES: kit.TableDefinition[] = [
  {
    name: 'users',
    columns: [
      kit.ID_COLUMN,
      'email text NOT NULL',
      'name text NOT NULL',
      'password_hash text NOT NULL',
      'is_superadmin boolean NOT NULL DEFAULT false',
      'failed_logins integer NOT NULL DEFAULT 0',
      'locked_until timestamptz',
      kit.RECORD_COLUMNS,
    ],
    constraints: [kit.unique('email'), kit.check('email', 'email = lower(email)')],
  },
  {
    name: 'memberships',
    columns: [
      'user_id uuid NOT NULL',
      'institution_id uuid NOT NULL',
      'role text NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    primaryKey: ['user_id', 'institution_id'],
    constraints: [
      kit.references('user_id', 'users', 'CASCADE'),
      kit.references('institution_id', 'institutions', 'CASCADE'),
      kit.check('role', "role IN ('admin', 'planner', 'unit_manager', 'reviewer')"),
    ],
    indexes: [['institution_id']],
  },
  {
    name: 'membership_units',
    columns: ['user_id uuid NOT NULL', 'institution_id uuid NOT NULL', 'unit_id uuid NOT NULL'],
    primaryKey: ['user_id', 'unit_id'],
    constraints: [
      kit.named(
        'membership_fkey',
        'FOREIGN KEY (user_id, institution_id) REFERENCES memberships (user_id, institution_id) ON DELETE CASCADE',
      ),
      kit.references('unit_id', 'units', 'CASCADE'),
    ],
  },
  {
    name: 'sessions',
    columns: [
      kit.ID_COLUMN,
      'user_id uuid NOT NULL',
      'token_hash text NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
      'expires_at timestamptz NOT NULL',
      'revoked_at timestamptz',
    ],
    constraints: [kit.references('user_id', 'users', 'CASCADE')],
    indexes: [['user_id']],
  },
];

/** Assessment periods: a planner opens 2025-H1 (izleme) or 2025 (değerlendirme) for a plan. */
const ASSESSMENT_PERIODS: kit.TableDefinition = {
  name: 'assessment_periods',
  columns: [
    kit.PLAN_ROW_COLUMNS,
    'period text NOT NULL',
    "status text NOT NULL DEFAULT 'open'",
    'opened_by uuid',
    'opened_at timestamptz NOT NULL DEFAULT now()',
    'closed_by uuid',
    'closed_at timestamptz',
    'version integer NOT NULL DEFAULT 1',
  ],
  constraints: [
    kit.unique('plan_id', 'period'),
    kit.references('plan_id', 'plans', 'CASCADE'),
    kit.check('status', "status IN ('open', 'closed')"),
    kit.check('period', "period ~ '^[0-9]{4}(-H1)?$'"),
  ],
};

/** The audit trail: append-only, enforced by the database for every role. */
const AUDIT_LOG: kit.TableDefinition = {
  name: 'audit_log',
  columns: [
    'id bigint GENERATED ALWAYS AS IDENTITY',
    'at timestamptz NOT NULL DEFAULT clock_timestamp()',
    'institution_id uuid',
    'plan_id uuid',
    'entity text NOT NULL',
    'entity_id text NOT NULL',
    'action text NOT NULL',
    'period text',
    'old_value jsonb',
    'new_value jsonb',
    'reason text',
    'actor_id uuid',
    'actor_email text',
    'db_user text NOT NULL DEFAULT current_user',
  ],
  constraints: [kit.check('action', "action IN ('insert', 'update', 'delete')")],
  indexes: [['plan_id', 'at']],
};

/**
 * Accounts, per-institution roles, sessions; assessment periods and the value workflow
 * (draft → submitted → approved | returned, corrections kept); plan publication; and an
 * append-only audit trail written by the database itself.
 */
export class AccountsWorkflowAudit1763910000000 implements MigrationInterface {
  name = 'AccountsWorkflowAudit1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await kit.createTables(queryRunner, ACCOUNT_TABLES);

    // Plan publication (the public reads only published plans).
    await queryRunner.query(`ALTER TABLE plans ADD COLUMN published_at timestamptz`);

    await kit.createTables(queryRunner, [ASSESSMENT_PERIODS]);

    // The value workflow. Values that existed before (imports) count as approved.
    await queryRunner.query(`
      ALTER TABLE indicator_values
        ADD COLUMN status text NOT NULL DEFAULT 'approved',
        ADD COLUMN evidence_url text,
        ADD COLUMN entered_by uuid,
        ADD COLUMN submitted_by uuid,
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN approved_by uuid,
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN return_comment text,
        ADD COLUMN original_value numeric,
        ADD COLUMN correction_reason text,
        ADD COLUMN revised boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT indicator_values_status_check CHECK (status IN ('draft', 'submitted', 'approved', 'returned'))`);

    await kit.createTables(queryRunner, [AUDIT_LOG]);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    // Who and why come from the transaction: set_config('pusula.actor_id' | 'pusula.actor_email' | 'pusula.reason', …, true).
    // Only the columns that changed are kept on an update; an update that changes nothing is not recorded.
    await queryRunner.query(auditSql.trailRowChangeFunction('CREATE'));
    // Inserts come in bulk (a plan import is thousands of rows): one statement-level trigger
    // records them all from the transition table.
    await queryRunner.query(auditSql.trailRowsInsertedFunction('CREATE'));
    await kit.createAuditTriggers(queryRunner, AUDITED_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, AUDITED_TABLES);
    await queryRunner.query('DROP FUNCTION audit_row_change()');
    await queryRunner.query('DROP FUNCTION audit_rows_inserted()');
    await kit.dropTables(queryRunner, [AUDIT_LOG]);
    await queryRunner.query('DROP FUNCTION audit_log_refuse_change()');
    await queryRunner.query(`
      ALTER TABLE indicator_values
        DROP CONSTRAINT indicator_values_status_check,
        DROP COLUMN status, DROP COLUMN evidence_url, DROP COLUMN entered_by, DROP COLUMN submitted_by,
        DROP COLUMN submitted_at, DROP COLUMN approved_by, DROP COLUMN approved_at, DROP COLUMN return_comment,
        DROP COLUMN original_value, DROP COLUMN correction_reason, DROP COLUMN revised`);
    await kit.dropTables(queryRunner, [ASSESSMENT_PERIODS]);
    await queryRunner.query('ALTER TABLE plans DROP COLUMN published_at');
    await kit.dropTables(queryRunner, ACCOUNT_TABLES);
  }
}
