import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { TIME_ZONE } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JOB_QUEUES, JOB_SCHEMA, JobQueue } from './job-queue.service.js';
import { NotificationDeliveryService } from './notification-delivery.service.js';
import { ReminderScanService } from './reminder-scan.service.js';

/**
 * Retries of a failed job: after 2 s, then twice as long each time (pg-boss's backoff), ten
 * times; the every-minute mail run picks up what is still unmailed after that.
 */
const RETRY = { retryLimit: 10, retryDelay: 2, retryBackoff: true } as const;

/** When each job runs (cron, Istanbul time); the mail run also starts right after a notification is made. */
const SCHEDULES: ReadonlyArray<{ queue: string; cron: string }> = [
  { queue: JOB_QUEUES.reminders, cron: '0 6 * * *' },
  { queue: JOB_QUEUES.digest, cron: '0 8 * * *' },
  { queue: JOB_QUEUES.mail, cron: '* * * * *' },
];

/**
 * The scheduled jobs of the notifications on PostgreSQL with pg-boss (issue 16 point 5): the
 * reminder scan, the mails and the digests, run by the app process itself (the embedded
 * default). pg-boss keeps the jobs and schedules in its schema, so a job runs once whatever the
 * number of instances, outlives a restart and is retried with backoff when it fails. With
 * PUSULA_JOBS=false this process runs none (another instance, or the tests that need none).
 *
 * pg-boss creates its schema and each queue's table: DDL, which the runtime role may not do. So
 * the owner (DATABASE_MIGRATION_URL) installs them and grants the runtime role their rows; the
 * runtime role then runs pg-boss without migrating.
 */
@Injectable()
export class NotificationJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly scan: ReminderScanService,
    private readonly delivery: NotificationDeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) {
      this.logger.log('Scheduled jobs: off in this process (PUSULA_JOBS=false)');
      return;
    }
    const url = (this.dataSource.options as { url?: string }).url;
    if (url === undefined) throw new Error('The jobs need the database URL');
    const ownerUrl = this.config.databaseMigrationUrl;
    if (ownerUrl) await installAsOwner(ownerUrl, await sessionRole(this.dataSource));
    const boss = new PgBoss({
      connectionString: url,
      schema: JOB_SCHEMA,
      migrate: ownerUrl === null,
      max: 4,
      ...RETRY,
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    if (!ownerUrl) await createQueues(boss);
    for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: TIME_ZONE });
    const options = { pollingIntervalSeconds: 1 };
    await boss.work(JOB_QUEUES.reminders, options, async () => {
      const result = await this.scan.scan();
      this.logger.log(`Reminder scan of ${result.day}: ${result.created} notifications`);
    });
    await boss.work(JOB_QUEUES.mail, options, async () => {
      await this.delivery.deliverPending();
    });
    await boss.work(JOB_QUEUES.digest, options, async () => {
      await this.delivery.sendDigests();
    });
    this.queue.boss = boss;
    this.logger.log('Scheduled jobs: reminder scan 06:00, digests 08:00, mails every minute (pg-boss)');
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.queue.boss;
    this.queue.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Queues a run of `queue` now (the superadmin's run, the tests). */
  async enqueue(queue: string): Promise<string | null> {
    return this.queue.boss ? this.queue.boss.send(queue, {}) : null;
  }
}

async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(JOB_QUEUES)) await boss.createQueue(name, { name, ...RETRY });
}

async function sessionRole(dataSource: DataSource): Promise<string> {
  const [{ role }] = await dataSource.query<Array<{ role: string }>>('SELECT session_user AS role');
  return role;
}

/** Installs (or migrates) pg-boss's schema and queues as the owner, and grants `role` their rows. */
async function installAsOwner(ownerUrl: string, role: string): Promise<void> {
  const owner = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    supervise: false,
    schedule: false,
    max: 1,
  });
  await owner.start();
  try {
    await createQueues(owner);
  } finally {
    await owner.stop({ graceful: false, wait: true });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const who = client.escapeIdentifier(role);
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${who}`);
    await client.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${who}`,
    );
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${who}`);
  } finally {
    await client.end();
  }
}
