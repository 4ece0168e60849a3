import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { withClient } from './test-database.js';

/** A migration's timestamp: the 13 digits of its class name. */
export function migrationTime(migration: { name: string }): number {
  return Number(/\d{13}/.exec(migration.name)?.[0]);
}

/**
 * The schema as it stood before migration `time`, for upgrade tests: the owner runs the earlier
 * migrations and answers its DataSource, still open, for writing old rows; the caller destroys it.
 */
export async function migratedBefore(ownerUrl: string, time: number): Promise<DataSource> {
  const before = new DataSource({
    ...buildDataSourceOptions(ownerUrl, { poolSize: 1 }),
    migrations: MIGRATIONS.filter((migration) => migrationTime(migration) < time),
  });
  await before.initialize();
  await before.runMigrations({ transaction: 'each' });
  return before;
}

/** The audit chain's head (its last sequence number and hash), read over `url`. */
export async function chainHead(url: string): Promise<{ seq: number; hash: string }> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ seq: number; hash: string }>('SELECT seq::int AS seq, hash FROM audit_chain_head'),
  );
  return rows[0];
}

/** A superuser's statement on audit_log over `ownerUrl`, its triggers (the append-only guard) switched off. */
export async function asSuperuser(ownerUrl: string, sql: string, params: unknown[] = []): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(sql, params);
    await client.query('COMMIT');
  });
}
