import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationChannel, NotificationKind } from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { composeMail, type MailItem } from './mail-composer.js';
import { Mailer } from './mailer.service.js';
import { NotificationsService } from './notifications.service.js';
import type { NotificationParams } from './reminder-rules.js';

/** A notification waiting for its mail, with its user's address and language. */
interface PendingRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  email: string;
  lang: Lang;
}

/** What a mail run did. */
export interface DeliveryResult {
  sent: number;
  failed: number;
}

/** After so many failed attempts a notification's mail is given up (it stays in the inbox). */
export const MAX_MAIL_ATTEMPTS = 25;

const PENDING = `SELECT n.id, n.user_id, n.kind, n.params, n.link, u.email, COALESCE(s.lang, 'tr') AS lang
   FROM notifications n
   JOIN users u ON u.id = n.user_id
   LEFT JOIN notification_settings s ON s.user_id = n.user_id
  WHERE n.channel = $1 AND n.mailed_at IS NULL AND n.mail_attempts < ${MAX_MAIL_ATTEMPTS}`;

/**
 * Mails notifications (issue 16 point 4–5). Each mail is sent inside the transaction that holds
 * its notifications locked (FOR UPDATE SKIP LOCKED) and marks them mailed before it commits: two
 * instances never send the same one, and a crash or an SMTP refusal leaves them unmailed for the
 * next run (the job fails, and pg-boss retries it with backoff). The inbox keeps them whatever
 * happens to the mail.
 */
@Injectable()
export class NotificationDeliveryService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
  ) {}

  /** Mails every notification whose channel is `email`, one by one; throws if any was refused. */
  async deliverPending(): Promise<DeliveryResult> {
    return this.run('email', async (manager, skip) => {
      const [row] = await manager.query<PendingRow[]>(
        `${PENDING} AND n.id <> ALL($2::uuid[]) ORDER BY n.created_at, n.id LIMIT 1 FOR UPDATE OF n SKIP LOCKED`,
        ['email', skip],
      );
      return row === undefined ? [] : [row];
    });
  }

  /** Mails each user's digest of the notifications whose channel is `digest`; throws if any was refused. */
  async sendDigests(): Promise<DeliveryResult> {
    const users = await this.dataSource.query<Array<{ user_id: string }>>(
      `SELECT DISTINCT n.user_id FROM notifications n
        WHERE n.channel = 'digest' AND n.mailed_at IS NULL AND n.mail_attempts < ${MAX_MAIL_ATTEMPTS}`,
    );
    let next = 0;
    return this.run('digest', async (manager) => {
      const user = users[next];
      next += 1;
      if (user === undefined) return [];
      const rows = await manager.query<PendingRow[]>(
        `${PENDING} AND n.user_id = $2 ORDER BY n.created_at, n.id FOR UPDATE OF n SKIP LOCKED`,
        ['digest', user.user_id],
      );
      // Another instance holds them (or sent them already): nothing to do for this user.
      return rows.length === 0 ? [{ skip: true }] : rows;
    });
  }

  /**
   * Sends batch after batch, each in its own transaction: `take` locks the next batch (one mail)
   * and answers none when all is done, or a skip marker for a batch with nothing to send.
   */
  private async run(
    channel: NotificationChannel,
    take: (manager: EntityManager, failedIds: string[]) => Promise<Array<PendingRow | { skip: true }>>,
  ): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, failed: 0 };
    const failedIds: string[] = [];
    let lastError: unknown = null;
    if (!this.mailer.enabled) return result;
    for (;;) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const batch = await take(manager, failedIds);
        if (batch.length === 0) return 'done';
        const rows = batch.filter((row): row is PendingRow => !('skip' in row));
        if (rows.length === 0) return 'skipped';
        const ids = rows.map((row) => row.id);
        try {
          await this.mailer.send(rows[0].email, await this.compose(rows, channel === 'digest'));
        } catch (error) {
          lastError = error;
          failedIds.push(...ids);
          await manager.query(
            'UPDATE notifications SET mail_attempts = mail_attempts + 1 WHERE id = ANY($1::uuid[])',
            [ids],
          );
          return 'failed';
        }
        await manager.query(
          'UPDATE notifications SET mailed_at = now(), mail_attempts = mail_attempts + 1 WHERE id = ANY($1::uuid[])',
          [ids],
        );
        return 'sent';
      });
      if (outcome === 'done') break;
      if (outcome === 'sent') result.sent += 1;
      if (outcome === 'failed') result.failed += 1;
    }
    if (lastError !== null) {
      this.logger.warn(`${result.failed} notification mails were refused; the job retries them`);
      throw lastError instanceof Error ? lastError : new Error('SMTP refused the mail');
    }
    return result;
  }

  private async compose(
    rows: readonly PendingRow[],
    digest: boolean,
  ): Promise<ReturnType<typeof composeMail>> {
    const [first] = rows;
    const kinds = [...new Set(rows.map((row) => row.kind))];
    const urls = new Map(
      await Promise.all(
        kinds.map(
          async (kind) => [kind, await this.notifications.unsubscribeUrl(first.user_id, kind)] as const,
        ),
      ),
    );
    const items: MailItem[] = rows.map((row) => ({ kind: row.kind, params: row.params, link: row.link }));
    return composeMail(
      items,
      first.lang,
      { base: this.notifications.publicUrl(), unsubscribe: (kind) => urls.get(kind) ?? '' },
      digest,
    );
  }
}
