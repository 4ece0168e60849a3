import type { EntityManager } from 'typeorm';

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
  if (rows.length === 0) return;
  const parameters = columns.map(([, type], index) =>
    rows.map((row) => {
      const value = row[index];
      if (value === null || value === undefined) return null;
      return type === 'jsonb' ? JSON.stringify(value) : value;
    }),
  );
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, parameters);
}
