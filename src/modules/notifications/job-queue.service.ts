import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

/** pg-boss's own schema, beside the app's tables (docs/database.md#jobs). */
export const JOB_SCHEMA = 'pgboss';

/** The jobs of one queue not yet done: due and waiting for a worker, deferred to later, running. */
export interface QueueDepth {
  queue: string;
  waiting: number;
  deferred: number;
  active: number;
}

/** The queues of the notification jobs (pg-boss, schema pgboss). */
export const JOB_QUEUES = {
  /** The daily reminder scan: deadlines, waiting approvals, escalations, calendar deadlines. */
  reminders: 'notification-reminders',
  /** Mails the e-mails of notifications whose channel is `email` and which are not mailed yet. */
  mail: 'notification-mail',
  /** Mails each user's daily digest. */
  digest: 'notification-digest',
} as const;

/**
 * The started pg-boss, when this process runs the jobs (PUSULA_JOBS), so that a service can ask
 * for the mails of the notifications it just made inside its own transaction: the job is
 * inserted in that transaction, so it exists exactly when the notifications do.
 */
@Injectable()
export class JobQueue {
  boss: PgBoss | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The depth of every queue, read from pg-boss's job table, so any instance reports it whether
   * or not it runs the jobs itself; empty while pg-boss has not been installed on the database.
   * (pg-boss's states are ordered: created, retry < active < completed, cancelled, failed.)
   */
  async depths(): Promise<QueueDepth[]> {
    const [{ installed }] = await this.dataSource.query<Array<{ installed: boolean }>>(
      `SELECT to_regclass('${JOB_SCHEMA}.job') IS NOT NULL AS installed`,
    );
    if (!installed) return [];
    return this.dataSource.query<QueueDepth[]>(
      `SELECT q.name AS queue,
              count(j.id) FILTER (WHERE j.state < 'active' AND j.start_after <= now())::int AS waiting,
              count(j.id) FILTER (WHERE j.state < 'active' AND j.start_after > now())::int AS deferred,
              count(j.id) FILTER (WHERE j.state = 'active')::int AS active
         FROM ${JOB_SCHEMA}.queue q
         LEFT JOIN ${JOB_SCHEMA}.job j ON j.name = q.name AND j.state <= 'active'
        GROUP BY q.name ORDER BY q.name`,
    );
  }

  /** Queues a mail run in `manager`'s transaction; nothing when this process runs no jobs. */
  async wakeMailer(manager: EntityManager): Promise<void> {
    if (!this.boss) return;
    await this.boss.send(
      JOB_QUEUES.mail,
      {},
      {
        db: {
          executeSql: async (text: string, values: unknown[]) => {
            const rows: unknown = await manager.query(text, values);
            return { rows: Array.isArray(rows) ? rows : [] };
          },
        },
      },
    );
  }
}
