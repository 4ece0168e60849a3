/**
 * The one source of "now" and "today" for the server. Dates in Pusula are Turkish calendar
 * dates, so the day is the day in Europe/Istanbul, not in UTC (between 00:00 and 03:00 in
 * Istanbul the UTC date is still yesterday's). The offset is not hard-coded: Intl computes it
 * from the time zone database, so a change of Turkey's rules needs no change here.
 *
 * Every "today" of the server comes from `istanbulDate()` and every "now" used to judge a date
 * from `clockNow()`. Tests fix the time with `setClock` (the e2e tests run the app in their own
 * process, so a fixed clock reaches the server too) and undo it with `resetClock`.
 */
export const TIME_ZONE = 'Europe/Istanbul';

const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const systemNow = (): Date => new Date();
let source: () => Date = systemNow;

/** The current instant as the server sees it (the system clock unless a test set another). */
export function clockNow(): Date {
  return new Date(source().getTime());
}

/**
 * Fixes the server's clock: an instant (the clock stands still there) or a function giving the
 * instant each time it is asked. For tests; `resetClock` returns to the system clock.
 */
export function setClock(at: Date | string | (() => Date)): void {
  if (typeof at === 'function') {
    source = at;
    return;
  }
  const fixed = new Date(at);
  if (Number.isNaN(fixed.getTime())) throw new RangeError(`not an instant: ${String(at)}`);
  source = () => fixed;
}

/** Back to the system clock. */
export function resetClock(): void {
  source = systemNow;
}

/** The calendar date in Istanbul at `now` (default: the clock's now), as YYYY-MM-DD. */
export function istanbulDate(now: Date = clockNow()): string {
  return DATE_FORMAT.format(now);
}

/** The calendar year in Istanbul at `now` (default: the clock's now). */
export function istanbulYear(now: Date = clockNow()): number {
  return Number(istanbulDate(now).slice(0, 4));
}
