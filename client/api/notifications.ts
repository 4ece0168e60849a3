import type {
  NotificationListResponse,
  NotificationResponse,
  NotificationSettingsRequest,
  NotificationSettingsResponse,
} from '../../src/contracts/notifications.js';
import { http } from './http.js';

/** The signed-in user's inbox and notification settings (docs/api.md "Notifications"). */

export function listNotifications(
  query: { page?: number; pageSize?: number } = {},
  signal?: AbortSignal,
): Promise<NotificationListResponse> {
  return http.get<NotificationListResponse>('/account/notifications', { query, signal });
}

export function markNotificationRead(id: string): Promise<NotificationResponse> {
  return http.post<NotificationResponse>(`/account/notifications/${encodeURIComponent(id)}/read`, {});
}

export function markAllNotificationsRead(): Promise<{ unread: number }> {
  return http.post<{ unread: number }>('/account/notifications/read-all', {});
}

export function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettingsResponse> {
  return http.get<NotificationSettingsResponse>('/account/notification-settings', { signal });
}

/** 400 NOTIFICATION_KIND_UNKNOWN or NOTIFICATION_CHANNEL_UNKNOWN with details at channels.<kind>. */
export function putNotificationSettings(
  body: NotificationSettingsRequest,
): Promise<NotificationSettingsResponse> {
  return http.put<NotificationSettingsResponse>('/account/notification-settings', body);
}
