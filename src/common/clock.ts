/**
 * "Today" for the institution's calendar: dates in Pusula are Turkish calendar dates, so the day
 * is the day in Europe/Istanbul, not in UTC (between 00:00 and 03:00 in Istanbul the UTC date is
 * still yesterday's). Every "today" of the server comes from here.
 */
export const TIME_ZONE = 'Europe/Istanbul';

const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Istanbul at `now`, as YYYY-MM-DD. */
export function istanbulDate(now: Date = new Date()): string {
  return DATE_FORMAT.format(now);
}

/** The calendar year in Istanbul at `now`. */
export function istanbulYear(now: Date = new Date()): number {
  return Number(istanbulDate(now).slice(0, 4));
}
