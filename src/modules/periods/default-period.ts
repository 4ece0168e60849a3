import { clockNow, istanbulDate } from '../../common/clock.js';
import { assessmentPeriodOf, compareAssessmentPeriods } from './assessment-periods.js';
import type { Period } from './period-keys.js';

/** What the default period is chosen from: the plan's assessment periods and its approved entries. */
export interface DefaultPeriodInput {
  /** The plan's assessment periods ("YYYY-H1" or "YYYY") and whether each is closed. */
  periods: ReadonlyArray<{ period: string; closed: boolean }>;
  /** Entry periods (YYYY-H1, YYYY-H2, YYYY) holding at least one approved value. */
  approvedEntryPeriods: readonly string[];
}

/**
 * The period every screen opens on, the same everywhere: the latest closed assessment period
 * that has approved values; else the latest period with approved values; else the latest
 * closed period; null when there is none of these (the screen then offers the plan's years).
 * A period without data is never chosen while one with data exists.
 */
export function defaultPeriod(input: DefaultPeriodInput): string | null {
  const withData = new Set(
    input.approvedEntryPeriods.flatMap((entry) => {
      const assessed = assessmentPeriodOf(entry);
      return assessed === null ? [] : [assessed];
    }),
  );
  const latest = (candidates: string[]): string | null =>
    candidates.length === 0 ? null : ([...candidates].sort(compareAssessmentPeriods).at(-1) ?? null);
  const closed = input.periods.filter((item) => item.closed).map((item) => item.period);
  return latest(closed.filter((period) => withData.has(period))) ?? latest([...withData]) ?? latest(closed);
}

/**
 * Without ?period: the latest assessed period that has ended by today (the clock's, unless
 * `today` is given), within the plan; for a plan that has not started yet, its first izleme
 * (YYYY-H1).
 */
export function latestEndedPeriod(
  plan: { startYear: number; endYear: number },
  today: Date = clockNow(),
): Period {
  // The calendar day in Istanbul: a period ends at Istanbul midnight, not UTC's.
  const [year, month] = istanbulDate(today).split('-').map(Number);
  const candidate: Period = month >= 7 ? { year, half: 1 } : { year: year - 1, half: null };
  if (candidate.year > plan.endYear) return { year: plan.endYear, half: null };
  if (candidate.year < plan.startYear) return { year: plan.startYear, half: 1 };
  return candidate;
}
