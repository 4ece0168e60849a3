import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';
import { Mailer } from './mailer.service.js';
import { NotificationDeliveryService } from './notification-delivery.service.js';
import { NotificationJobsService } from './notification-jobs.service.js';
import {
  JobsController,
  NotificationsController,
  UnsubscribeController,
} from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { ReminderScanService } from './reminder-scan.service.js';

/**
 * Notifications (issue 16 points 3–5): the inbox and its settings, the e-mails, and the
 * scheduled jobs that scan for reminders and send mails and digests. Global: the modules where
 * events happen (values, questions, plan updates) make notifications through NotificationsService.
 */
@Global()
@Module({
  controllers: [NotificationsController, UnsubscribeController, JobsController],
  providers: [
    JobQueue,
    Mailer,
    NotificationsRepository,
    NotificationsService,
    NotificationDeliveryService,
    ReminderScanService,
    NotificationJobsService,
  ],
  exports: [NotificationsService, JobQueue],
})
export class NotificationsModule {}
