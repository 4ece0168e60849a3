import pg from 'pg';
import type { PostgresConnectionCredentialsOptions } from 'typeorm/driver/postgres/PostgresConnectionCredentialsOptions.js';
import type { ReplicaProbe } from './replica-routing.js';

/** The replica's connections are named so in pg_stat_activity (unless its URL names them itself). */
export const REPLICA_APPLICATION_NAME = 'pusula-replica';

/**
 * The replica as TypeORM replication credentials. The application name goes in the URL: the pool
 * options' `application_name` (pusula, data-source.ts) would name the replica's connections too.
 */
export function replicaCredentials(url: string): PostgresConnectionCredentialsOptions {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('application_name'))
    parsed.searchParams.set('application_name', REPLICA_APPLICATION_NAME);
  return { url: parsed.toString() };
}

/** What the replica says of itself: a standby or not, how far it has replayed, how far behind in time. */
export const PROBE_SQL = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed,
  CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
       ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END AS "lagSeconds"`;

export interface ProbeRow extends ReplicaProbe {
  lagSeconds: number | string | null;
}

/** One connection to the replica, outside TypeORM: at start, before the DataSource is built. */
export async function probeReplica(url: string, timeoutMs: number): Promise<ProbeRow> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server that goes away during the probe must not crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<ProbeRow>(PROBE_SQL)).rows[0];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `promise`, or a rejection after `ms` (the promise goes on and is left to settle by itself). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout exceeded when trying to connect: ${what}`)), ms);
    // A read or a probe still waiting when the app closes must not keep the process alive.
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
