import type { CalendarEvent } from '../../../src/contracts/calendar.js';
import type { ProgrammeStatus } from '../../../src/contracts/programme.js';

/**
 * What the calendar's computed programme events (calendar-rules.ts: `programme-start` on 31 May
 * and `programme-budget`, 1 September – 31 October of the year before) mean for one programme
 * year, judged on `today` and the programme's status (null while the year has none): work that
 * should have started, the council deadline coming or missed, or done.
 */
export interface ProgrammeDeadline {
  kind: 'programme-start' | 'programme-budget';
  /** done: nothing to do; info: ahead; warning: due now; late: the day has passed undone. */
  tone: 'done' | 'info' | 'warning' | 'late';
  year: number;
  /** The day that counts: the start, or the last day to reach the council. */
  date: string;
  /** Days from today to `date` (ahead) or since it (late); null when done. */
  days: number | null;
  /** The calendar's title, in the UI language. */
  title: string;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** How many days before its start the start of the work is worth a note. */
const START_NOTICE_DAYS = 60;

/** The programme's deadlines of `year`, in date order; those not worth a note are left out. */
export function programmeDeadlines(
  events: readonly CalendarEvent[],
  planId: string,
  year: number,
  status: ProgrammeStatus | null,
  today: string,
): ProgrammeDeadline[] {
  const mine = events.filter((event) => event.planId === planId && event.programmeYear === year);
  const result: ProgrammeDeadline[] = [];
  const start = mine.find((event) => event.kind === 'programme-start');
  if (start && status === null) {
    const ahead = daysBetween(today, start.date);
    if (ahead < 0)
      result.push({
        kind: 'programme-start',
        tone: 'warning',
        year,
        date: start.date,
        days: -ahead,
        title: start.title,
      });
    else if (ahead <= START_NOTICE_DAYS)
      result.push({
        kind: 'programme-start',
        tone: 'info',
        year,
        date: start.date,
        days: ahead,
        title: start.title,
      });
  }
  const council = mine.find((event) => event.kind === 'programme-budget');
  if (council) {
    const last = council.endDate ?? council.date;
    const sent = status === 'submitted' || status === 'accepted' || status === 'published';
    const left = daysBetween(today, last);
    if (sent)
      result.push({
        kind: 'programme-budget',
        tone: 'done',
        year,
        date: last,
        days: null,
        title: council.title,
      });
    else if (left < 0)
      result.push({
        kind: 'programme-budget',
        tone: 'late',
        year,
        date: last,
        days: -left,
        title: council.title,
      });
    else
      result.push({
        kind: 'programme-budget',
        // From the window's first day (1 September) the council is due now.
        tone: daysBetween(today, council.date) <= 0 ? 'warning' : 'info',
        year,
        date: last,
        days: left,
        title: council.title,
      });
  }
  return result;
}
