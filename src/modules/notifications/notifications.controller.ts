import { Body, Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  NotificationListResponse,
  NotificationResponse,
  NotificationSettingsResponse,
  ReminderRunResponse,
} from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { AppError } from '../../common/app-error.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { errorMessage } from '../../common/messages/index.js';
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
import { unsubscribePage, unsubscribeRefusedPage } from './unsubscribe-page.js';

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
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestLang() requestLang: Lang,
  ): Promise<string> {
    let page: string;
    try {
      const { kind, lang } = await this.notifications.unsubscribe(query.token ?? '');
      page = unsubscribePage(kind, lang);
    } catch (error) {
      // A browser (the link was clicked in a mail) is shown the refusal as a page; any other
      // client gets the API's JSON error body.
      if (!(error instanceof AppError) || !acceptsHtml(request.headers.accept)) throw error;
      void reply.status(error.statusCode);
      page = unsubscribeRefusedPage(errorMessage(error.code, error.params ?? {}, requestLang), requestLang);
    }
    reply.header('content-type', 'text/html; charset=utf-8');
    return page;
  }
}

/** Whether the Accept header names HTML, as a browser's does when it follows a link. */
function acceptsHtml(accept: string | undefined): boolean {
  return accept?.includes('text/html') ?? false;
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
