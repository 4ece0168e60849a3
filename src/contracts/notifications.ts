/**
 * Notifications (issue 16 points 3–5): what the inbox shows a user, and how each kind reaches
 * them (in the app only, an e-mail at once, or a daily digest).
 */
import type { Lang } from './validation.js';

/** Every kind of notification; a settings request naming another kind is refused (400). */
export const NOTIFICATION_KINDS = [
  'period-opened',
  'entry-deadline-7',
  'entry-deadline-1',
  'value-returned',
  'question-asked',
  'question-answered',
  'update-to-approve',
  'approval-waiting',
  'calendar-deadline',
  'entry-escalation',
  'consultation-comment',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** in-app: the inbox only; email: an e-mail at once; digest: one e-mail a day with the day's notifications. */
export const NOTIFICATION_CHANNELS = ['in-app', 'email', 'digest'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  /** In the request's language. */
  title: string;
  body: string;
  /** A client route (#/…) the notification is about. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListResponse {
  items: NotificationResponse[];
  /** All of the user's notifications, read or not. */
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationSettingsResponse {
  /** The language of the e-mails. */
  lang: Lang;
  /** False when the server has no SMTP: every kind is then in-app only. */
  emailAvailable: boolean;
  channels: Record<NotificationKind, NotificationChannel>;
}

export interface NotificationSettingsRequest {
  lang?: Lang;
  channels?: Partial<Record<NotificationKind, NotificationChannel>>;
}

/** What POST /api/admin/jobs/reminders/run created. */
export interface ReminderRunResponse {
  /** The Istanbul date the scan judged. */
  day: string;
  created: number;
  byKind: Partial<Record<NotificationKind, number>>;
}
