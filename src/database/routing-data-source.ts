import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';

/** Where the reads of the work running now go: 'slave' inside ReadReplica.read's replica scope. */
const readScope = new AsyncLocalStorage<ReplicationMode>();

/**
 * The app's DataSource. With `replication` configured (DATABASE_REPLICA_URL), every query runner
 * opened inside `onReplica(work)` is TypeORM's 'slave' runner, so a whole lag-tolerant request
 * (repositories, raw queries, entity finds) reads from one place, the replica; everywhere else
 * runners are 'master' (replication.defaultMode), as without a replica.
 */
export class RoutingDataSource extends DataSource {
  override createQueryRunner(mode: ReplicationMode = 'master'): QueryRunner {
    return super.createQueryRunner(readScope.getStore() ?? mode);
  }
}

/** Runs `work` with its queries on the replica (TypeORM's slave pool). */
export function onReplica<T>(work: () => Promise<T>): Promise<T> {
  return readScope.run('slave', work);
}

/** Runs `work` on the primary, also when called inside a replica scope (the fallback, write stamps). */
export function onPrimary<T>(work: () => Promise<T>): Promise<T> {
  return readScope.run('master', work);
}

/** Whether the work running now has its place decided already ('slave' or 'master'), or null. */
export function currentReadScope(): ReplicationMode | null {
  return readScope.getStore() ?? null;
}
