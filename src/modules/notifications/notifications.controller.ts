import { Body, Controller, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  NotificationListResponse,
  NotificationResponse,
  NotificationSettingsResponse,
  ReminderRunResponse,
} from '../../contracts/notifications.js';
import { ApiLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PostAction, Read, Replace } from '../../common/routes.js';
import { Public, SuperadminOnly } from '../auth/access.decorators.js';
import {
  NotificationListQueryDto,
  NotificationSettingsDto,
  UnsubscribeQueryDto,
} from './dto/notifications.dto.js';
import { JOB_QUEUES } from './job-queue.service.js';
import { NotificationJobsService } from './notification-jobs.service.js';
import { DEFAULT_PAGE_SIZE, NotificationsService } from './notifications.service.js';
import { ReminderScanService } from './reminder-scan.service.js';
import { unsubscribePage } from './unsubscribe-page.js';

/** The signed-in user's inbox and notification settings. */
@ApiTags('notifications')
@ApiLang()
@Controller('account')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Read('notifications', 'The caller’s notifications, newest first, with the unread count')
  list(
    @CurrentUser() caller: RequestUser,
    @Query() query: NotificationListQueryDto,
  ): Promise<NotificationListResponse> {
    return this.notifications.list(caller.id, query.page ?? 1, query.pageSize ?? DEFAULT_PAGE_SIZE);
  }

  @PostAction('notifications/read-all', 'Mark all of the caller’s notifications read')
  readAll(@CurrentUser() caller: RequestUser): Promise<{ unread: number }> {
    return this.notifications.markAllRead(caller.id);
  }

  @PostAction('notifications/:notificationId/read', 'Mark one notification read. 404 NOTIFICATION_NOT_FOUND')
  read(
    @CurrentUser() caller: RequestUser,
    @Param('notificationId') notificationId: string,
  ): Promise<NotificationResponse> {
    return this.notifications.markRead(caller.id, notificationId);
  }

  @Read('notification-settings', 'The mail language and the channel of each kind (in-app, email, digest)')
  getSettings(@CurrentUser() caller: RequestUser): Promise<NotificationSettingsResponse> {
    return this.notifications.getSettings(caller.id);
  }

  @Replace(
    'notification-settings',
    'Change the mail language and channels; 400 NOTIFICATION_KIND_UNKNOWN or NOTIFICATION_CHANNEL_UNKNOWN, nothing saved',
  )
  putSettings(
    @CurrentUser() caller: RequestUser,
    @Body() dto: NotificationSettingsDto,
  ): Promise<NotificationSettingsResponse> {
    return this.notifications.putSettings(caller.id, dto);
  }
}

/** The unsubscribe link of a mail: works without signing in, the signed token is the proof. */
@ApiTags('notifications')
@Controller('notifications')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Read(
    'unsubscribe',
    'Switch the token’s kind to in-app and show a confirmation page. 400 UNSUBSCRIBE_TOKEN_INVALID',
  )
  @Public()
  async unsubscribe(
    @Query() query: UnsubscribeQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { kind, lang } = await this.notifications.unsubscribe(query.token ?? '');
    // HTML only on success: a refusal is the API's JSON error body.
    reply.header('content-type', 'text/html; charset=utf-8');
    return unsubscribePage(kind, lang);
  }
}

/** Operators' handles on the jobs. */
@ApiTags('notifications')
@Controller('admin/jobs')
export class JobsController {
  constructor(
    private readonly scan: ReminderScanService,
    private readonly jobs: NotificationJobsService,
  ) {}

  @Post('reminders/run')
  @SuperadminOnly()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Run the reminder scan now (superadmin): answers the notifications it made; their mails follow as a job',
  })
  async runReminders(): Promise<ReminderRunResponse> {
    const result = await this.scan.scan();
    await this.jobs.enqueue(JOB_QUEUES.mail);
    return result;
  }
}
