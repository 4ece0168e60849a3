import pg from 'pg';
import { QueryFailedError, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { asActorRefusal } from './actor.js';

/**
 * A value written into a batch's text as an SQL literal (quoted, quotes and backslashes escaped):
 * a batch takes no parameters. `type` casts it, e.g. `literal(id, 'uuid')` → `'…'::uuid`.
 */
export function literal(value: string, type?: 'uuid' | 'text'): string {
  const quoted = pg.escapeLiteral(value);
  return type ? `${quoted}::${type}` : quoted;
}

/** A statement with its parameters ($1, $2, …), as `EntityManager.query` takes them. */
export interface Statement {
  text: string;
  parameters: readonly unknown[];
}

/**
 * `statement` as text a batch can carry: each `$n` replaced by its parameter written as a quoted
 * literal (arrays in PostgreSQL's array syntax), so the server reads the same value through the
 * same input function as when the parameter is sent apart. Only a statement built by Pusula's own
 * code is inlined, and its text holds no quoted literal: a `$n` in it is always a parameter.
 */
export function inlined(statement: Statement): string {
  if (statement.text.includes("'")) {
    throw new Error('inlined: a statement holding a quoted literal cannot take its parameters inline');
  }
  return statement.text.replace(/\$(\d+)/g, (_, position: string) => {
    const index = Number(position) - 1;
    if (index >= statement.parameters.length) {
      throw new Error(`inlined: $${position} has no parameter (${statement.parameters.length} given)`);
    }
    const value = statement.parameters[index];
    return value === null || value === undefined ? 'NULL' : pg.escapeLiteral(parameterText(value));
  });
}

/** A parameter's text: a scalar as PostgreSQL reads it, an array as `{"…","…",NULL}`. */
function parameterText(value: unknown): string {
  if (Array.isArray(value)) {
    const elements = value.map((element: unknown) =>
      element === null || element === undefined
        ? 'NULL'
        : `"${parameterText(element).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    );
    return `{${elements.join(',')}}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`inlined: ${value} is not a number PostgreSQL stores`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  throw new Error(`inlined: a parameter of type ${typeof value} has no text form`);
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
  options?: { first?: Statement },
): Promise<T>;
export async function queryBatch(
  manager: EntityManager,
  statements: readonly string[],
  options: { first?: Statement } = {},
): Promise<ObjectLiteral[][]> {
  // `first` (e.g. naming the audit's actor) runs before the others and answers nothing.
  const all = options.first ? [inlined(options.first), ...statements] : statements;
  const text = all.join(';\n');
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
    if (results.length !== all.length) {
      throw new Error(`queryBatch: ${all.length} statements answered ${results.length} results`);
    }
    return results.slice(all.length - statements.length).map((result) => rowsOf(result));
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

/** The second trip of `readThenWrite`: the writes, and the answer made from their rows. */
export interface WriteTrip<W extends readonly ObjectLiteral[][], T> {
  writes: { readonly [K in keyof W]: string };
  answer: (rows: W) => T;
}

/**
 * A transaction in two round trips, for a step whose writes depend on what it reads (an
 * indicator value's PUT): `START TRANSACTION`, the statement naming the audit's actor
 * (actorStatement) and `reads` go as one batch; `decide` judges their rows and answers the writes,
 * which go with `COMMIT` as the second. Anything thrown (by `decide` too, or a refused session:
 * 401 as asActorRefusal answers it) rolls the transaction back. The reads run in order, each with
 * its own snapshot, as in any batch: rows read after a lock was waited for are the lock holder's
 * committed ones.
 */
export async function readThenWrite<
  R extends readonly ObjectLiteral[][],
  W extends readonly ObjectLiteral[][],
  T,
>(
  dataSource: DataSource,
  actor: Statement,
  reads: { readonly [K in keyof R]: string },
  decide: (rows: R) => WriteTrip<W, T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const opened = await asActorRefusal(
      queryBatch<ObjectLiteral[][]>(runner.manager, ['START TRANSACTION', inlined(actor), ...reads]),
    );
    const trip = decide(opened.slice(2) as unknown as R);
    const written = await queryBatch<ObjectLiteral[][]>(runner.manager, [...trip.writes, 'COMMIT']);
    return trip.answer(written.slice(0, -1) as unknown as W);
  } catch (error) {
    // After a failed COMMIT the transaction has ended already: the ROLLBACK only warns.
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
