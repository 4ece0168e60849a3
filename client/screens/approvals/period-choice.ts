import { isMidYear } from '../../lib/band.js';

/**
 * Which assessment periods a planner is offered to open, and which one first. Periods are in
 * order (2025-H1, 2025, 2026-H1, …); one ends on 30 June (-H1) or 31 December (the year).
 * Offered: the periods after the latest opened one (earlier gaps were skipped on purpose), up to
 * the one running today; with none opened yet, from the one that ended last before today. The
 * first choice is the period running today, or else the latest offered.
 */
export function periodChoices(
  all: readonly string[],
  opened: readonly string[],
  today: Date,
): { offered: string[]; chosen: string | null } {
  const running = all.findIndex((period) => endOf(period) >= isoDay(today));
  const last = running === -1 ? all.length - 1 : running;
  const latestOpened = Math.max(-1, ...opened.map((period) => all.indexOf(period)));
  const first = latestOpened >= 0 ? latestOpened + 1 : Math.max(0, last - 1);
  const offered = all.slice(first, last + 1).filter((period) => !opened.includes(period));
  const chosen = offered.includes(all[last]) ? all[last] : (offered.at(-1) ?? null);
  return { offered, chosen };
}

function endOf(period: string): string {
  return isMidYear(period) ? `${period.slice(0, 4)}-06-30` : `${period}-12-31`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
