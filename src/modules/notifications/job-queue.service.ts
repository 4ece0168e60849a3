import { Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

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
