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

/** The names of the kinds, as the settings screen, the mails and the unsubscribe page show them. */
export const NOTIFICATION_KIND_LABELS: Record<Lang, Record<NotificationKind, string>> = {
  tr: {
    'period-opened': 'Birimlerim için dönem açıldı',
    'entry-deadline-7': 'Değer girişine 7 gün kaldı',
    'entry-deadline-1': 'Değer girişine 1 gün kaldı',
    'value-returned': 'Değerim geri gönderildi',
    'question-asked': 'Birimime soru soruldu',
    'question-answered': 'Sorum yanıtlandı',
    'update-to-approve': 'Onaylanacak plan güncellemesi',
    'approval-waiting': 'Uzun süredir onay bekleyen değerler',
    'calendar-deadline': 'Meclis veya performans programı son günü yaklaşıyor',
    'entry-escalation': 'Gecikmiş değer girişi',
    'consultation-comment': 'Denetlenecek görüş',
  },
  en: {
    'period-opened': 'A period opened for my units',
    'entry-deadline-7': 'Values due in 7 days',
    'entry-deadline-1': 'Values due in 1 day',
    'value-returned': 'My value was returned',
    'question-asked': 'A question to my unit',
    'question-answered': 'My question was answered',
    'update-to-approve': 'A plan update to approve',
    'approval-waiting': 'Values waiting long for approval',
    'calendar-deadline': 'A council or performance programme deadline approaches',
    'entry-escalation': 'Late value entries',
    'consultation-comment': 'A comment to moderate',
  },
};

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
