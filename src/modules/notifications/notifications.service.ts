import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '../../contracts/auth.js';
import type { ErrorCode } from '../../contracts/error-codes.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationListResponse,
  type NotificationResponse,
  type NotificationSettingsRequest,
  type NotificationSettingsResponse,
} from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, NotFoundError } from '../../common/app-error.js';
import { clockNow } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage } from '../../common/messages/index.js';
import { notificationText } from '../../common/messages/notification-texts.js';
import { currentLang } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JobQueue } from './job-queue.service.js';
import { Mailer } from './mailer.service.js';
import { Notification, NotificationKey, NotificationSetting } from './notification.entity.js';
import { NotificationsRepository, type InsertedCount } from './notifications.repository.js';
import type { NotificationDraft, PeriodReminder } from './reminder-rules.js';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token.js';

/** A notification to make for several users: everything but the user. */
export type NotificationEvent = Omit<NotificationDraft, 'userId'>;

export const DEFAULT_PAGE_SIZE = 20;

/**
 * The inbox and its settings, and the one way notifications are made: `notify` inside the
 * transaction of the event (a value returned, a question, a plan update) or of the reminder scan,
 * so a notification exists exactly when its event does, and its mail job with it.
 */
@Injectable()
export class NotificationsService {
  private secret: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Makes the drafts that are new (one per user, event and day); answers how many of each kind,
   * counting with them the notifications `made` earlier in the same transaction (the periods'
   * reminders of a scan, makePeriodReminders), and wakes the mailer once for all.
   */
  async notify(
    manager: EntityManager,
    drafts: readonly NotificationDraft[],
    made: readonly InsertedCount[] = [],
  ): Promise<Partial<Record<NotificationKind, number>>> {
    const all = [...made, ...(await this.repository.insertDrafts(manager, drafts, this.mailer.enabled))];
    if (all.some((row) => row.channel === 'email')) await this.queue.wakeMailer(manager);
    const byKind: Partial<Record<NotificationKind, number>> = {};
    for (const row of all) byKind[row.kind] = (byKind[row.kind] ?? 0) + row.count;
    return byKind;
  }

  /**
   * Makes the periods' reminders that are new, addressed in the database (one statement, each
   * user's channel as notify gives it); the caller passes the counts to notify in the same
   * transaction, which wakes the mailer.
   */
  makePeriodReminders(
    manager: EntityManager,
    reminders: readonly PeriodReminder[],
  ): Promise<InsertedCount[]> {
    return this.repository.insertPeriodReminders(manager, reminders, this.mailer.enabled);
  }

  /** `event` for each of `userIds` but `except` (who caused it). */
  async notifyUsers(
    manager: EntityManager,
    userIds: ReadonlyArray<string | null>,
    event: NotificationEvent,
    except: string | null = null,
  ): Promise<void> {
    const users = [...new Set(userIds)].filter((id): id is string => id !== null && id !== except);
    await this.notify(
      manager,
      users.map((userId) => ({ ...event, userId })),
    );
  }

  /** `event` for the unit managers of `unitIds`. */
  async notifyUnitManagers(
    manager: EntityManager,
    unitIds: readonly string[],
    event: NotificationEvent,
    except: string | null = null,
  ): Promise<void> {
    await this.notifyUsers(manager, await this.repository.findUnitManagers(manager, unitIds), event, except);
  }

  /** `event` for the members of its institution with one of `roles`. */
  async notifyRoles(
    manager: EntityManager,
    roles: readonly Role[],
    event: NotificationEvent & { institutionId: string },
    except: string | null = null,
  ): Promise<void> {
    const users = await this.repository.findMembersWithRole(manager, event.institutionId, roles);
    await this.notifyUsers(manager, users, event, except);
  }

  async list(userId: string, page: number, pageSize: number): Promise<NotificationListResponse> {
    const manager = this.dataSource.manager;
    const [rows, total, unread] = await Promise.all([
      manager.find(Notification, {
        where: { userId },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      manager.countBy(Notification, { userId }),
      this.unreadCount(userId),
    ]);
    const lang = currentLang();
    return { items: rows.map((row) => toNotificationResponse(row, lang)), total, unread, page, pageSize };
  }

  private async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return count;
  }

  /** Marks one of the user's notifications read (404 for another user's: nothing leaks). */
  async markRead(userId: string, id: string): Promise<NotificationResponse> {
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(Notification, { id, userId }) : null;
    if (!row) throw new NotFoundError('NOTIFICATION_NOT_FOUND', { id });
    if (row.readAt === null) {
      row.readAt = clockNow();
      await this.dataSource.manager.update(Notification, { id: row.id }, { readAt: row.readAt });
    }
    return toNotificationResponse(row, currentLang());
  }

  async markAllRead(userId: string): Promise<{ unread: number }> {
    await this.dataSource.query(
      'UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL',
      [userId, clockNow()],
    );
    return { unread: 0 };
  }

  async getSettings(userId: string): Promise<NotificationSettingsResponse> {
    const row = await this.dataSource.manager.findOneBy(NotificationSetting, { userId });
    return this.toSettingsResponse(row);
  }

  /** Changes the language and the channels named; an unknown kind or channel is refused, nothing saved. */
  async putSettings(
    userId: string,
    request: NotificationSettingsRequest,
  ): Promise<NotificationSettingsResponse> {
    const channels = request.channels ?? {};
    const problems = Object.entries(channels as Record<string, unknown>).flatMap(([kind, channel]) => {
      const code: ErrorCode | null = !(NOTIFICATION_KINDS as readonly string[]).includes(kind)
        ? 'NOTIFICATION_KIND_UNKNOWN'
        : (NOTIFICATION_CHANNELS as readonly unknown[]).includes(channel)
          ? null
          : 'NOTIFICATION_CHANNEL_UNKNOWN';
      return code === null ? [] : [{ path: `channels.${kind}`, code, params: { kind } }];
    });
    const [first] = problems;
    if (first !== undefined) {
      throw new BadRequestError(
        first.code,
        first.params,
        problems.map(({ path, code, params }) => ({ path, code, message: errorMessage(code, params) })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(NotificationSetting, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      const next = {
        userId,
        lang: request.lang ?? row?.lang ?? 'tr',
        channels: { ...(row?.channels ?? {}), ...channels },
        updatedAt: clockNow(),
      };
      await manager.upsert(NotificationSetting, next, ['userId']);
      return this.toSettingsResponse(next);
    });
  }

  /** The channel of every kind: the user's choice, else e-mail when SMTP is configured, else in-app. */
  private toSettingsResponse(
    row: Pick<NotificationSetting, 'lang' | 'channels'> | null,
  ): NotificationSettingsResponse {
    const fallback: NotificationChannel = this.mailer.enabled ? 'email' : 'in-app';
    const channels = Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [
        kind,
        this.mailer.enabled ? (row?.channels[kind] ?? fallback) : 'in-app',
      ]),
    ) as Record<NotificationKind, NotificationChannel>;
    return { lang: row?.lang ?? 'tr', emailAvailable: this.mailer.enabled, channels };
  }

  /** The key that signs unsubscribe links (read once). */
  async unsubscribeSecret(): Promise<string> {
    this.secret ??= (await this.dataSource.manager.findOneByOrFail(NotificationKey, { id: 1 })).secret;
    return this.secret;
  }

  /** The unsubscribe address of a user's kind, for their mails. */
  async unsubscribeUrl(userId: string, kind: NotificationKind): Promise<string> {
    const token = signUnsubscribe(await this.unsubscribeSecret(), userId, kind);
    return `${this.publicUrl()}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The client's address the links of a mail start with. */
  publicUrl(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port}`;
  }

  /**
   * Switches the token's kind to in-app for its user (no sign-in: the token is the proof);
   * answers the kind and the user's language for the confirmation page. 400 for a bad token.
   */
  async unsubscribe(token: string): Promise<{ kind: NotificationKind; lang: Lang }> {
    const found = verifyUnsubscribe(await this.unsubscribeSecret(), token);
    if (!found) throw new BadRequestError('UNSUBSCRIBE_TOKEN_INVALID');
    const user = await this.dataSource.query<unknown[]>('SELECT 1 FROM users WHERE id = $1', [found.userId]);
    if (user.length === 0) throw new BadRequestError('UNSUBSCRIBE_TOKEN_INVALID');
    const settings = await this.putSettings(found.userId, { channels: { [found.kind]: 'in-app' } });
    return { kind: found.kind, lang: settings.lang };
  }
}

/** A notification as the inbox answers it, written in `lang`. */
export function toNotificationResponse(row: Notification, lang: Lang): NotificationResponse {
  return {
    id: row.id,
    kind: row.kind,
    ...notificationText(row.kind, row.params, lang),
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt === null ? null : row.readAt.toISOString(),
  };
}
