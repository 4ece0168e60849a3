/** The calendar screen's pure parts: the weeks of a month, the day arithmetic, an event's shown state. */
import type { CalendarEvent } from '../../../src/contracts/calendar.js';

/** How an event is coloured: the server's state, with "due" for one not done whose last day is within DUE_DAYS. */
export type ShownState = 'done' | 'due' | 'late' | 'upcoming' | 'past';

/** An upcoming event is "due" from this many days before its last day (the reminders' horizon). */
export const DUE_DAYS = 7;

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** "YYYY-MM" moved by `months`. */
export function addMonths(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The weeks (Monday first) of a month: each a row of 7 dates, null outside the month. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const { from, to } = monthRange(month);
  // getUTCDay: 0 Sunday … 6 Saturday; Monday-first offset of the first day.
  const lead = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

/** Whether an event covers `day` (its first to its last day). */
export function onDay(event: Pick<CalendarEvent, 'date' | 'endDate'>, day: string): boolean {
  return event.date <= day && (event.endDate ?? event.date) >= day;
}

/** The state an event is coloured by on `asOf` (the server's today). */
export function shownState(
  event: Pick<CalendarEvent, 'state' | 'date' | 'endDate'>,
  asOf: string,
): ShownState {
  if (event.state === 'upcoming' && (event.endDate ?? event.date) <= addDays(asOf, DUE_DAYS)) return 'due';
  return event.state;
}
