import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { JobQueue } from '../notifications/job-queue.service.js';
import { ProgressService } from '../progress/progress.service.js';
import { routeLabel, statusLabel } from './metrics-access.js';

/** What node-postgres's Pool shows of itself. */
interface PoolState {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/** Seconds: from a cached read (a few ms) to the slowest imports and reports (tens of seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The Prometheus metrics of this process (GET /api/metrics, docs/deployment.md "Metrics"), in a
 * registry of its own (several apps share a test process): requests and their latency per route
 * pattern, the database pool, the progress caches, the job queues, and Node's own (event loop
 * lag, memory, CPU, file descriptors). Requests are counted as they end; the rest is read when
 * scraped.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'pusula_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'pusula_http_request_duration_seconds',
    help: 'Time from the request received to the answer sent, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly jobs: JobQueue,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'pusula_' });
    this.poolMetrics();
    this.cacheMetrics();
    this.jobMetrics();
  }

  /** Counts an answered request (the app's onResponse hook). */
  observeRequest(
    method: string,
    routePattern: string | undefined,
    statusCode: number,
    seconds: number,
  ): void {
    const route = routeLabel(routePattern);
    this.requests.inc({ method, route, status: statusLabel(statusCode) });
    this.durations.observe({ method, route }, seconds);
  }

  /** The text a Prometheus server scrapes. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  /** The primary's pool (and a replica's, where TypeORM's replication gives one). */
  private pools(): Array<{ pool: string; state: PoolState }> {
    const driver = this.dataSource.driver as unknown as { master?: PoolState; slaves?: PoolState[] };
    return [
      ...(driver.master ? [{ pool: 'primary', state: driver.master }] : []),
      ...(driver.slaves ?? []).map((state, index) => ({ pool: `replica${index + 1}`, state })),
    ];
  }

  private poolMetrics(): void {
    const pools = () => this.pools();
    const gauge = (name: string, help: string, read: (state: PoolState) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['pool'] as const,
        registers: [this.registry],
        collect() {
          this.reset();
          for (const { pool, state } of pools()) this.set({ pool }, read(state));
        },
      });
    };
    gauge('pusula_db_pool_connections', 'Open connections of the database pool', (s) => s.totalCount);
    gauge('pusula_db_pool_idle', 'Open connections of the pool not in use', (s) => s.idleCount);
    gauge(
      'pusula_db_pool_in_use',
      'Connections of the pool checked out by a query or transaction',
      (s) => s.totalCount - s.idleCount,
    );
    gauge(
      'pusula_db_pool_waiting',
      'Queries waiting for a connection because the pool is at its maximum',
      (s) => s.waitingCount,
    );
    gauge('pusula_db_pool_max', 'The most connections the pool opens', (s) => s.options.max ?? 10);
  }

  private cacheMetrics(): void {
    const stats = () => this.progress.cacheStats();
    new Counter({
      name: 'pusula_progress_cache_reads_total',
      help: 'Reads of the progress caches, by cache and result (hit: served from memory; miss: computed)',
      labelNames: ['cache', 'result'] as const,
      registers: [this.registry],
      collect() {
        // The caches count since start; the counter shows their count.
        this.reset();
        for (const { cache, hits, misses } of stats()) {
          this.inc({ cache, result: 'hit' }, hits);
          this.inc({ cache, result: 'miss' }, misses);
        }
      },
    });
    new Gauge({
      name: 'pusula_progress_cache_entries',
      help: 'Entries kept in each progress cache',
      labelNames: ['cache'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { cache, entries } of stats()) this.set({ cache }, entries);
      },
    });
  }

  private jobMetrics(): void {
    const depths = () => this.jobs.depths();
    new Gauge({
      name: 'pusula_job_queue_jobs',
      help: 'Jobs of each pg-boss queue not yet done: waiting (due, no worker yet), deferred (due later), active',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const rows = await depths();
        this.reset();
        for (const { queue, waiting, deferred, active } of rows) {
          this.set({ queue, state: 'waiting' }, waiting);
          this.set({ queue, state: 'deferred' }, deferred);
          this.set({ queue, state: 'active' }, active);
        }
      },
    });
  }
}
