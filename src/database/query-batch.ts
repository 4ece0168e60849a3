import pg from 'pg';
import { QueryFailedError, type EntityManager, type ObjectLiteral } from 'typeorm';

/**
 * A value written into a batch's text as an SQL literal (quoted, quotes and backslashes escaped):
 * a batch takes no parameters. `type` casts it, e.g. `literal(id, 'uuid')` → `'…'::uuid`.
 */
export function literal(value: string, type?: 'uuid' | 'text'): string {
  const quoted = pg.escapeLiteral(value);
  return type ? `${quoted}::${type}` : quoted;
}

/**
 * Runs `statements` in one round trip on the manager's connection (its transaction's, when it has
 * one) and answers the rows of each, in order, typed by the caller as `EntityManager.query<T>`
 * types its answer. It is PostgreSQL's simple query protocol, which takes no parameters: every
 * value in the statements must come from `literal()`. Each statement takes its own snapshot (READ
 * COMMITTED), as separate queries would: a statement after a `FOR UPDATE` that waited sees what the
 * lock holder committed. Outside a transaction the statements run in one implicit transaction on
 * one pooled connection. The rows are parsed as every other query's (pg-types.ts).
 */
export async function queryBatch<T extends readonly ObjectLiteral[][]>(
  manager: EntityManager,
  statements: { readonly [K in keyof T]: string },
): Promise<T>;
export async function queryBatch(
  manager: EntityManager,
  statements: readonly string[],
): Promise<ObjectLiteral[][]> {
  const text = statements.join(';\n');
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const connection: unknown = await runner.connect();
    if (!(connection instanceof pg.Client)) throw new Error('queryBatch needs a node-postgres connection');
    let answer: unknown;
    try {
      answer = await connection.query(text);
    } catch (error) {
      throw new QueryFailedError(text, undefined, error instanceof Error ? error : new Error(String(error)));
    }
    // One statement answers one result, several an array of them.
    const results: unknown[] = Array.isArray(answer) ? answer : [answer];
    if (results.length !== statements.length) {
      throw new Error(`queryBatch: ${statements.length} statements answered ${results.length} results`);
    }
    return results.map((result) => rowsOf(result));
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

function rowsOf(result: unknown): ObjectLiteral[] {
  if (!(result instanceof Object) || !('rows' in result) || !Array.isArray(result.rows)) {
    throw new Error('queryBatch: a statement answered no rows');
  }
  return result.rows.filter((row): row is ObjectLiteral => row instanceof Object);
}
