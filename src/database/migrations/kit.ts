import type { MigrationInterface, QueryRunner } from 'typeorm';

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

/** The primary key `<table>_pkey` on `id` (or on the columns given). */
export function primaryKey(table: string, columns: readonly string[] = ['id']): string {
  return `CONSTRAINT ${table}_pkey PRIMARY KEY (${columns.join(', ')})`;
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

/** A constraint of a table, named after it: `unique`, `references` or `check`. */
export type Constraint = (table: string) => string;

/** The unique constraint `<table>_<columns>_key`. */
export function unique(...columns: string[]): Constraint {
  return (table) => `CONSTRAINT ${table}_${columns.join('_')}_key UNIQUE (${columns.join(', ')})`;
}

/** The foreign key `<table>_<column>_fkey` (foreignKey). */
export function references(
  column: string,
  target: string,
  onDelete?: 'CASCADE' | 'SET NULL' | 'RESTRICT',
): Constraint {
  return (table) => foreignKey(table, column, target, onDelete);
}

/** The check constraint `<table>_<name>_check`. */
export function check(name: string, condition: string): Constraint {
  return (table) => `CONSTRAINT ${table}_${name}_check CHECK (${condition})`;
}

/** A constraint `<table>_<suffix>` with the definition given (a key over several columns, say). */
export function named(suffix: string, definition: string): Constraint {
  return (table) => `CONSTRAINT ${table}_${suffix} ${definition}`;
}

/**
 * A table as the migrations declare it: its columns (the standard ones as PLAN_ROW_COLUMNS,
 * RECORD_COLUMNS…), then its primary key on id, then its constraints, and the indexes made after it
 * (createIndex, each a list of columns).
 */
export interface TableDefinition {
  name: string;
  columns: readonly string[];
  /** The primary key's columns when it is not `id`. */
  primaryKey?: readonly string[];
  constraints: readonly Constraint[];
  /** Its indexes: each the columns of a createIndex, or a partial index. */
  indexes?: readonly Index[];
}

/** A partial index `<table>_<name>` on `columns` of the rows where `where` holds. */
export interface PartialIndex {
  name: string;
  columns: readonly string[];
  where: string;
  unique?: boolean;
}

/** An index of a table definition: the columns of a createIndex, or a partial index. */
export type Index = readonly string[] | PartialIndex;

/** The CREATE INDEX statement of a table's index. */
export function indexStatement(table: string, index: Index): string {
  if (!('where' in index)) return createIndex(table, index);
  const kind = index.unique ? 'UNIQUE INDEX' : 'INDEX';
  return `CREATE ${kind} ${table}_${index.name} ON ${table} (${index.columns.join(', ')}) WHERE ${index.where}`;
}

/** The name of a table's index (createIndex's or the partial index's). */
export function indexName(table: string, index: Index): string {
  return 'where' in index ? `${table}_${index.name}` : `${table}_${index.join('_')}_idx`;
}

/** The CREATE TABLE statement of a table definition. */
export function createTable(table: TableDefinition): string {
  const { name, columns, constraints } = table;
  const parts = [
    ...columns,
    primaryKey(name, table.primaryKey),
    ...constraints.map((constraint) => constraint(name)),
  ];
  return `
      CREATE TABLE ${name} (
        ${parts.join(',\n        ')}
      )`;
}

/** A foreign key's target table and what a delete of the target does (foreignKey). */
export type Reference = readonly [target: string, onDelete?: 'CASCADE' | 'SET NULL' | 'RESTRICT'];

/**
 * A table of a plan's content, as the plan tables since issue 14 are laid out: id, institution_id
 * and plan_id, its own columns, the bookkeeping of an edited record (RECORD_COLUMNS, unless
 * `record` is false); then the primary key, the unique keys, plan_id's foreign key (a plan's rows go
 * with it), the other foreign keys and the checks, each in the order given.
 */
export interface PlanTableDefinition {
  name: string;
  columns: readonly string[];
  record?: boolean;
  unique: readonly (readonly string[])[];
  /** Foreign keys besides plan_id's, by column. */
  references?: Readonly<Record<string, Reference>>;
  /** Check constraints by name (`<table>_<name>_check`). */
  checks?: Readonly<Record<string, string>>;
  indexes?: TableDefinition['indexes'];
}

/** The table definition of a plan table. */
export function planTable(table: PlanTableDefinition): TableDefinition {
  const foreignKeys = Object.entries(table.references ?? {});
  return {
    name: table.name,
    columns: [PLAN_ROW_COLUMNS, ...table.columns, ...(table.record === false ? [] : [RECORD_COLUMNS])],
    constraints: [
      ...table.unique.map((columns) => unique(...columns)),
      references('plan_id', 'plans', 'CASCADE'),
      ...foreignKeys.map(([column, [target, onDelete]]) => references(column, target, onDelete)),
      ...Object.entries(table.checks ?? {}).map(([name, condition]) => check(name, condition)),
    ],
    indexes: table.indexes,
  };
}

/** Creates each table and its indexes, in the order given. */
export async function createTables(
  queryRunner: QueryRunner,
  tables: readonly TableDefinition[],
): Promise<void> {
  for (const table of tables) {
    await queryRunner.query(createTable(table));
    for (const index of table.indexes ?? []) await queryRunner.query(indexStatement(table.name, index));
  }
}

/** How a down() drops tables: with `indexes`, each table's indexes first (as the early migrations did). */
export interface DropOptions {
  indexes?: boolean;
}

/** Drops the tables createTables made, last made first (each one's indexes first, last made first, if asked). */
export async function dropTables(
  queryRunner: QueryRunner,
  tables: readonly TableDefinition[],
  options: DropOptions = {},
): Promise<void> {
  for (const table of [...tables].reverse()) {
    if (options.indexes) {
      for (const index of [...(table.indexes ?? [])].reverse())
        await queryRunner.query(`DROP INDEX ${indexName(table.name, index)}`);
    }
    await queryRunner.query(`DROP TABLE ${table.name}`);
  }
}

/** Creates the tables (createTables), then the audit triggers of them all. */
export async function createAuditedTables(
  queryRunner: QueryRunner,
  tables: readonly TableDefinition[],
): Promise<void> {
  await createTables(queryRunner, tables);
  await createAuditTriggers(
    queryRunner,
    tables.map((table) => table.name),
  );
}

/** Undoes createAuditedTables: the audit triggers, then the tables (dropTables), last made first. */
export async function dropAuditedTables(
  queryRunner: QueryRunner,
  tables: readonly TableDefinition[],
  options: DropOptions = {},
): Promise<void> {
  await dropAuditTriggers(queryRunner, tables.map((table) => table.name).reverse());
  await dropTables(queryRunner, tables, options);
}

/** A migration that creates tables (createTables) and whose down drops them (dropTables). */
export abstract class TablesMigration implements MigrationInterface {
  abstract name: string;
  /** The tables, in the order they are made. */
  protected abstract readonly tables: readonly TableDefinition[];
  /** Whether the tables get the audit triggers (createAuditedTables). */
  protected readonly audited: boolean = false;
  /** How down() drops them (dropTables). */
  protected readonly drop: DropOptions = {};

  async up(queryRunner: QueryRunner): Promise<void> {
    if (this.audited) await createAuditedTables(queryRunner, this.tables);
    else await createTables(queryRunner, this.tables);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (this.audited) await dropAuditedTables(queryRunner, this.tables, this.drop);
    else await dropTables(queryRunner, this.tables, this.drop);
  }
}

/** A TablesMigration of audited tables. */
export abstract class AuditedTablesMigration extends TablesMigration {
  protected override readonly audited = true;
}
