import { AuditedTablesMigration, check, PLAN_ROW_COLUMNS, references, type TableDefinition } from './kit.js';

const VALUE_CORRECTIONS: TableDefinition = {
  name: 'value_corrections',
  columns: [
    PLAN_ROW_COLUMNS,
    'indicator_id uuid NOT NULL',
    'value_id uuid NOT NULL',
    'period text NOT NULL',
    'previous_value numeric NOT NULL',
    'value numeric NOT NULL',
    'deviation_reason text',
    'note text',
    'evidence_url text',
    'reason text NOT NULL',
    "status text NOT NULL DEFAULT 'proposed'",
    'proposed_by uuid',
    'proposed_at timestamptz NOT NULL DEFAULT now()',
    'decided_by uuid',
    'decided_at timestamptz',
    'decision_comment text',
    'version integer NOT NULL DEFAULT 1',
  ],
  constraints: [
    references('plan_id', 'plans', 'CASCADE'),
    references('value_id', 'indicator_values', 'CASCADE'),
    check('status', "status IN ('proposed', 'approved', 'rejected', 'withdrawn')"),
  ],
  indexes: [
    // One proposal waits per value: the second one, however it races, is refused here at the latest.
    { name: 'value_id_proposed_key', unique: true, columns: ['value_id'], where: "status = 'proposed'" },
    ['value_id'],
    ['plan_id', 'status'],
  ],
};

/**
 * Corrections of approved values as proposals (four eyes after approval): one person proposes the
 * new value with a reason, another approves or rejects it; at most one proposal waits per value.
 * Audited by the same trigger functions as indicator_values (entity `value_correction`).
 */
export class ValueCorrections1764400000000 extends AuditedTablesMigration {
  name = 'ValueCorrections1764400000000';
  protected readonly tables = [VALUE_CORRECTIONS];
  protected override readonly drop = { indexes: true };
}
