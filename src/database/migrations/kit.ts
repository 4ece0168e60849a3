import type { QueryRunner } from 'typeorm';

/*
 * What the migrations repeat: the standard columns of a table, its primary key, the audit
 * triggers of an audited table and the triggers that move plans.content_version. Each piece is
 * the SQL the migrations wrote by hand before it came here, so a shipped migration that uses it
 * sends the same statements (shipped-sql.spec.ts compares them, white space folded).
 */

/** `id`, a uuid the database fills. */
export const ID_COLUMN = 'id uuid NOT NULL DEFAULT gen_random_uuid()';

/** The first columns of a row an institution owns: its id and the institution's. */
export const INSTITUTION_ROW_COLUMNS = `${ID_COLUMN},
        institution_id uuid NOT NULL`;

/** The first columns of a row of a plan: its id, the institution's and the plan's. */
export const PLAN_ROW_COLUMNS = `${INSTITUTION_ROW_COLUMNS},
        plan_id uuid NOT NULL`;

/** The bookkeeping of a record people edit (VersionedRecord): made, last changed, its version. */
export const RECORD_COLUMNS = `created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL`;

/** The primary key `<table>_pkey` on `id`. */
export function primaryKey(table: string): string {
  return `CONSTRAINT ${table}_pkey PRIMARY KEY (id)`;
}

/**
 * The entity name the audit triggers of `table` record in audit_log.entity: the table's singular,
 * its name without the final s (`indicator_values` → `indicator_value`), -ies made -y
 * (`programme_activities` → `programme_activity`).
 */
export function auditEntity(table: string): string {
  if (!table.endsWith('s')) throw new Error(`audited table ${table}: its entity name is not its singular`);
  return table.endsWith('ies') ? `${table.slice(0, -3)}y` : table.slice(0, -1);
}

/** The statement-level trigger that records a table's inserts (a plan import is thousands of rows). */
export function auditInsertTrigger(table: string): string {
  return `
      CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted('${auditEntity(table)}')`;
}

/** The row trigger that records a table's updates and deletes. */
export function auditChangeTrigger(table: string): string {
  return `
      CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row_change('${auditEntity(table)}')`;
}

/** Both audit triggers of each table, in the order given. */
export async function createAuditTriggers(
  queryRunner: QueryRunner,
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    await queryRunner.query(auditInsertTrigger(table));
    await queryRunner.query(auditChangeTrigger(table));
  }
}

/** Drops both audit triggers of each table (the row trigger first), in the order given. */
export async function dropAuditTriggers(queryRunner: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await queryRunner.query(`DROP TRIGGER ${table}_audit_insert ON ${table}`);
  }
}

/** The index `<table>_<columns>_idx` on `columns`, in the order given. */
export function createIndex(table: string, columns: readonly string[]): string {
  return `CREATE INDEX ${table}_${columns.join('_')}_idx ON ${table} (${columns.join(', ')})`;
}

/** The foreign key `<table>_<column>_fkey`: `column` holds the id of a row of `target`. */
export function foreignKey(
  table: string,
  column: string,
  target: string,
  onDelete?: 'CASCADE' | 'SET NULL' | 'RESTRICT',
): string {
  const action = onDelete === undefined ? '' : ` ON DELETE ${onDelete}`;
  return `CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${target} (id)${action}`;
}

/**
 * The three statement-level triggers `<table>_<name>_insert|update|delete` that run `fn` after
 * every insert, update and delete of `table`, with the statement's rows as transition tables
 * (new_rows, old_rows): as the initial schema's content_version triggers are made.
 */
export function transitionTriggers(table: string, name: string, fn: string): string[] {
  return [
    `CREATE TRIGGER ${table}_${name}_insert AFTER INSERT ON ${table}
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${table}_${name}_update AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${table}_${name}_delete AFTER DELETE ON ${table}
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
}

/** Drops the triggers transitionTriggers made (delete, update, insert). */
export function dropTransitionTriggers(table: string, name: string): string[] {
  return ['delete', 'update', 'insert'].map(
    (operation) => `DROP TRIGGER ${table}_${name}_${operation} ON ${table}`,
  );
}
