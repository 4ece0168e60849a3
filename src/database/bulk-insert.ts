import type { EntityManager } from 'typeorm';
import type { Statement } from './query-batch.js';

/** A column of a bulk insert: its name and PostgreSQL type. */
export type BulkColumn = readonly [
  name: string,
  type: 'uuid' | 'text' | 'integer' | 'smallint' | 'numeric' | 'jsonb' | 'date' | 'boolean' | 'timestamptz',
];

/**
 * Inserts many rows in one statement per table with one array parameter per column
 * (INSERT … SELECT FROM unnest(…)): a 400-indicator plan is a handful of statements, and the
 * parameter count never nears PostgreSQL's limit. jsonb values are passed as JSON text.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): Promise<void> {
  const statement = bulkInsertStatement(table, columns, rows);
  if (statement) await manager.query(statement.text, [...statement.parameters]);
}

/** The statement of `bulkInsert`, to run apart or in a batch; null for no rows. */
export function bulkInsertStatement(
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): Statement | null {
  if (rows.length === 0) return null;
  const parameters = columns.map(([, type], index) => columnArray(type, rows, (row) => row[index]));
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  return { text: `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, parameters };
}

/** One column's values as an array parameter: null for a missing value, jsonb as JSON text. */
export function columnArray<R>(
  type: BulkColumn[1],
  rows: readonly R[],
  value: (row: R) => unknown,
): unknown[] {
  return rows.map((row) => {
    const item = value(row);
    if (item === null || item === undefined) return null;
    return type === 'jsonb' ? JSON.stringify(item) : item;
  });
}
