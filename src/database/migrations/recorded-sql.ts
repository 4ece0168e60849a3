import type { QueryRunner } from 'typeorm';
import { MIGRATIONS } from './index.js';

/**
 * The SQL the migrations send, recorded without a database: each migration's up and down run
 * against a runner that only writes down their statements (whitespace runs made one space). The
 * shipped-migrations check digests them; the test harness reads the tables they create.
 */
export async function recordStatements(run: (runner: QueryRunner) => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  const runner = {
    query: (sql: string): Promise<unknown[]> => {
      sent.push(sql.replace(/\s+/g, ' ').trim());
      // The one read a migration makes: the schema it builds in.
      return Promise.resolve([{ schema: 'public' }]);
    },
  };
  // The migrations use nothing of the runner but query().
  await run(runner as unknown as QueryRunner);
  return sent;
}

/** Every migration's name with the statements of its up and of its down, in migration order. */
export async function migrationStatements(): Promise<Array<{ name: string; up: string[]; down: string[] }>> {
  const all: Array<{ name: string; up: string[]; down: string[] }> = [];
  for (const Migration of MIGRATIONS) {
    const migration = new Migration();
    all.push({
      name: migration.name ?? Migration.name,
      up: await recordStatements((runner) => migration.up(runner)),
      down: await recordStatements((runner) => migration.down(runner)),
    });
  }
  return all;
}
