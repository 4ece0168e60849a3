import type {
  CalendarEvent,
  CalendarResponse,
  CalendarTokenResponse,
  CalendarTokenStatus,
  OwnEventRequest,
} from '../../src/contracts/calendar.js';
import type { TasksResponse } from '../../src/contracts/tasks.js';
import { http } from './http.js';

const calendarPath = (institutionId: string): string =>
  `/institutions/${encodeURIComponent(institutionId)}/calendar`;
const eventPath = (institutionId: string, eventId: string): string =>
  `${calendarPath(institutionId)}/events/${encodeURIComponent(eventId)}`;

/**
 * The institution's events from `from` to `to` (Istanbul dates, inclusive), titles in the UI
 * language; with `unit` (a unit id) only the events that concern that unit.
 */
export function getCalendar(
  institutionId: string,
  range: { from: string; to: string },
  signal?: AbortSignal,
  unit = '',
): Promise<CalendarResponse> {
  return http.get<CalendarResponse>(calendarPath(institutionId), {
    query: unit === '' ? range : { ...range, unit },
    signal,
  });
}

export function addOwnEvent(institutionId: string, body: OwnEventRequest): Promise<CalendarEvent> {
  return http.post<CalendarEvent>(`${calendarPath(institutionId)}/events`, body);
}

export function changeOwnEvent(
  institutionId: string,
  eventId: string,
  body: Partial<OwnEventRequest> & { version?: number },
): Promise<CalendarEvent> {
  return http.patch<CalendarEvent>(eventPath(institutionId, eventId), body);
}

export function deleteOwnEvent(institutionId: string, eventId: string): Promise<void> {
  return http.delete(eventPath(institutionId, eventId));
}

/** Whether the user has a calendar feed token. */
export function getCalendarToken(signal?: AbortSignal): Promise<CalendarTokenStatus> {
  return http.get<CalendarTokenStatus>('/account/calendar-token', { signal });
}

/** A new feed token (the old one stops working): the feed URL of each institution, shown once. */
export function newCalendarToken(): Promise<CalendarTokenResponse> {
  return http.post<CalendarTokenResponse>('/account/calendar-token', {});
}

export function revokeCalendarToken(): Promise<void> {
  return http.delete('/account/calendar-token');
}

/** The signed-in unit manager's tasks across plans. */
export function getTasks(signal?: AbortSignal): Promise<TasksResponse> {
  return http.get<TasksResponse>('/account/tasks', { signal });
}
