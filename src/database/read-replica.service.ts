import { HttpException, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PostgresConnectionCredentialsOptions } from 'typeorm/driver/postgres/PostgresConnectionCredentialsOptions.js';
import { AppError } from '../common/app-error.js';
import { currentSession, currentWriteStamp } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PROBE_SQL, replicaCredentials, withTimeout, type ProbeRow } from './replica-connection.js';
import {
  faultSummary,
  formatLsn,
  holdsWrites,
  isConnectionFault,
  laterStamp,
  parseLsn,
  REPLAY_REUSE_MS,
  REPLICA_CONNECT_TIMEOUT_MS,
  REPLICA_RETRY_MS,
  replicaRefusal,
  WRITE_STAMP_SECONDS,
} from './replica-routing.js';
import { currentReadScope, onPrimary, onReplica } from './routing-data-source.js';

/** GET /api/health's `replica`: what the replica answered when asked just now. */
export interface ReplicaHealth {
  status: 'up' | 'down';
  /** Where the lag-tolerant reads go now. */
  reads: 'replica' | 'primary';
  /** The WAL position the replica has replayed, and how far behind the primary's it is. */
  replayedLsn?: string;
  lagBytes?: number;
  /** Seconds since the last transaction it replayed, while it has WAL still to replay (0 when caught up). */
  lagSeconds?: number;
  /** Since when it is down, and why (a code or a reason: never the driver's message, which names the address). */
  since?: string;
  error?: string;
}

/** What TypeORM's PostgresDriver keeps of the replication pools (createPool is protected in its types). */
interface ReplicationDriver {
  slaves: Array<{ options: { connectionTimeoutMillis?: number } }>;
  createPool(
    options: DataSourceOptions,
    credentials: PostgresConnectionCredentialsOptions,
  ): Promise<ReplicationDriver['slaves'][number]>;
}

const SESSION_STAMPS = 10_000;

/**
 * Reads from a PostgreSQL streaming replica (DATABASE_REPLICA_URL) through TypeORM's replication
 * (docs/deployment.md#read-replica). `read(work)` runs a lag-tolerant read on the replica when it
 * answers and holds the caller's last write, else on the primary; a replica that fails makes the
 * read go to the primary (logged once per outage), never an error to the user.
 *
 * Read-your-writes: every successful write records the primary's WAL position just after it
 * (`stampWrite`) in a cookie and, for bearer-token clients, beside the session in this process. A
 * read by that client goes to the replica only once the replica has replayed that far.
 */
@Injectable()
export class ReadReplica implements OnApplicationBootstrap {
  private readonly logger = new Logger('ReadReplica');
  private readonly url: string | null;
  private down: { since: Date; error: string } | null = null;
  private retryAt = 0;
  private replayed: { lsn: bigint; at: number; lagSeconds: number } | null = null;
  private probing: Promise<bigint | null> | null = null;
  private readonly sessionStamps = new Map<string, { lsn: bigint; until: number }>();
  private readonly queryErrorsLogged = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.url = config.databaseReplicaUrl;
  }

  /** Says at start where the lag-tolerant reads go (a replica down then is logged by the probe). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.url) return;
    if ((await this.replayPosition()) !== null)
      this.logger.log(
        'Reads that may lag by a moment (public pages, reports, closed periods) go to the replica',
      );
  }

  get configured(): boolean {
    return this.url !== null;
  }

  /** Whether a read here would be routed: a replica is configured and no read scope is open yet. */
  get routing(): boolean {
    return this.url !== null && currentReadScope() === null;
  }

  /**
   * Runs the read `work` on the replica when it may serve this caller, else on the primary; when the
   * replica fails during it (and `mayRetry()`, e.g. nothing was sent yet) it runs again on the
   * primary. Errors of the answer itself (AppError, HTTP errors) are the answer, from either.
   */
  async read<T>(work: () => Promise<T>, mayRetry: () => boolean = () => true): Promise<T> {
    if (!this.routing) return work();
    if (!(await this.mayServe())) return onPrimary(work);
    try {
      return await onReplica(work);
    } catch (error) {
      if (error instanceof AppError || error instanceof HttpException || !mayRetry()) throw error;
      this.failed(error);
      return onPrimary(work);
    }
  }

  /**
   * After a successful write: the primary's WAL position now (it covers the write's commit), kept
   * for the caller's session; the caller sets it as the write stamp cookie. Null without a replica.
   */
  async stampWrite(): Promise<string | null> {
    if (!this.url) return null;
    const rows = await onPrimary(() =>
      this.dataSource.query<Array<{ lsn: string }>>('SELECT pg_current_wal_lsn()::text AS lsn'),
    );
    const text = rows[0]?.lsn ?? null;
    const lsn = parseLsn(text);
    const session = currentSession()?.sessionId;
    if (lsn !== null && session) {
      this.sessionStamps.delete(session);
      this.sessionStamps.set(session, { lsn, until: Date.now() + WRITE_STAMP_SECONDS * 1000 });
      if (this.sessionStamps.size > SESSION_STAMPS) {
        this.sessionStamps.delete(this.sessionStamps.keys().next().value as string);
      }
    }
    return text;
  }

  /** The replica's state, asked now (also outside the retry pause); null without a replica. */
  async health(): Promise<ReplicaHealth | null> {
    if (!this.url) return null;
    const replayed = await this.replayPosition();
    if (replayed === null || !this.replayed) {
      return {
        status: 'down',
        reads: 'primary',
        since: this.down?.since.toISOString(),
        error: this.down?.error,
      };
    }
    const rows = await onPrimary(() =>
      this.dataSource.query<Array<{ lsn: string }>>('SELECT pg_current_wal_lsn()::text AS lsn'),
    );
    const primary = parseLsn(rows[0]?.lsn);
    return {
      status: 'up',
      reads: 'replica',
      replayedLsn: formatLsn(replayed),
      lagBytes: primary !== null && primary > replayed ? Number(primary - replayed) : 0,
      lagSeconds: this.replayed.lagSeconds,
    };
  }

  /** Whether this request's reads may go to the replica: it answers, and holds the caller's writes. */
  private async mayServe(): Promise<boolean> {
    if (Date.now() < this.retryAt) return false;
    const stamp = this.callerStamp();
    const known = this.replayed;
    if (known && Date.now() - known.at < REPLAY_REUSE_MS && holdsWrites(known.lsn, stamp)) return true;
    // Asked again: the replica may have replayed the caller's write since.
    return holdsWrites(await this.replayPosition(), stamp);
  }

  /** The later of the write stamp cookie and this session's own last write here, or null. */
  private callerStamp(): bigint | null {
    const cookie = parseLsn(currentWriteStamp());
    const session = currentSession()?.sessionId;
    const kept = session ? this.sessionStamps.get(session) : undefined;
    if (kept && kept.until < Date.now() && session) this.sessionStamps.delete(session);
    return laterStamp(cookie, kept && kept.until >= Date.now() ? kept.lsn : null);
  }

  /** How far the replica has replayed, asked once however many reads wait for it; null if it fails. */
  private replayPosition(): Promise<bigint | null> {
    this.probing ??= this.probe().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async probe(): Promise<bigint | null> {
    try {
      const row = await withTimeout(this.probeOnce(), REPLICA_CONNECT_TIMEOUT_MS, 'the read replica');
      const refusal = replicaRefusal(row);
      if (refusal) throw new Error(refusal);
      const lsn = parseLsn(row.replayed) as bigint;
      this.replayed = { lsn, at: Date.now(), lagSeconds: Math.round(Number(row.lagSeconds ?? 0) * 10) / 10 };
      this.recovered();
      return lsn;
    } catch (error) {
      // The probe is a trivial query: whatever makes it fail (also a refused password) is the
      // replica's, not a query's.
      this.markDown(error);
      return null;
    }
  }

  private async probeOnce(): Promise<ProbeRow> {
    await this.ensurePool();
    const rows = await onReplica(() => this.dataSource.query<ProbeRow[]>(PROBE_SQL));
    return rows[0];
  }

  /**
   * TypeORM builds the replica's pool at start; a replica unreachable then (app.module.ts) starts
   * without one, and gets it here, from the driver's own createPool, once it answers. A connection
   * that cannot be made in REPLICA_CONNECT_TIMEOUT_MS fails rather than hangs.
   */
  private async ensurePool(): Promise<void> {
    const driver = this.dataSource.driver as unknown as ReplicationDriver;
    if (driver.slaves.length === 0) {
      const pool = await driver.createPool(this.dataSource.options, replicaCredentials(this.url as string));
      if (driver.slaves.length === 0) driver.slaves.push(pool);
    }
    for (const pool of driver.slaves) pool.options.connectionTimeoutMillis = REPLICA_CONNECT_TIMEOUT_MS;
  }

  /**
   * A failed replica read. A server gone, refused or too slow to connect: the replica is down. An
   * error the replica answered (e.g. a query cancelled by a recovery conflict, a table a migration
   * just made and the replica has not replayed yet): this read only, logged once per message.
   */
  private failed(error: unknown): void {
    if (isConnectionFault(error)) {
      this.markDown(error);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (!this.queryErrorsLogged.has(message) && this.queryErrorsLogged.size < 100) {
      this.queryErrorsLogged.add(message);
      this.logger.warn(`A read on the replica failed and was answered from the primary: ${message}`);
    }
  }

  /**
   * Reads go to the primary, and the replica is tried again after REPLICA_RETRY_MS; logged once
   * per outage (with the driver's message: the log is the operator's, the health answer public).
   */
  private markDown(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.retryAt = Date.now() + REPLICA_RETRY_MS;
    this.replayed = null;
    if (this.down) return;
    this.down = { since: new Date(), error: faultSummary(error) };
    this.logger.warn(
      `The read replica does not answer (${message}): every read goes to the primary until it does; ` +
        `it is tried again every ${REPLICA_RETRY_MS / 1000} s`,
    );
  }

  private recovered(): void {
    this.retryAt = 0;
    if (!this.down) return;
    this.logger.log(
      `The read replica answers again (down since ${this.down.since.toISOString()}): lag-tolerant reads go to it`,
    );
    this.down = null;
  }
}
