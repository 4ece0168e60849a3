/**
 * Periods of domain.md 4.3. Entry periods: "YYYY-H1" (January–June) and "YYYY-H2"
 * (July–December) for indicators monitored every 6 months, "YYYY" for those monitored every
 * 12 months. Assessed periods: "YYYY-H1" (30 June izleme) and "YYYY" (year-end değerlendirme).
 */

export type MonitoringMonths = 6 | 12;

export interface Period {
  year: number;
  /** 1 or 2 for a half year, null for a whole year. */
  half: 1 | 2 | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;

export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), half: match[2] ? (Number(match[2]) as 1 | 2) : null };
}

export function formatPeriod(period: Period): string {
  return period.half ? `${period.year}-H${period.half}` : String(period.year);
}

/** Month (6 or 12) at whose end the period closes. */
export function periodEndMonth(period: Period): 6 | 12 {
  return period.half === 1 ? 6 : 12;
}

/** A sortable key: the period's closing month counted from year 0. */
export function periodEndKey(period: Period): number {
  return period.year * 12 + periodEndMonth(period);
}

/** Entry periods of one year for an indicator's monitoring frequency, in time order. */
export function entryPeriodsOfYear(year: number, monitoringMonths: MonitoringMonths): string[] {
  return monitoringMonths === 12 ? [String(year)] : [`${year}-H1`, `${year}-H2`];
}

/** Does `text` name an entry period of an indicator with this frequency inside the plan years? */
export function isEntryPeriod(
  text: string,
  monitoringMonths: MonitoringMonths,
  startYear: number,
  endYear: number,
): boolean {
  const period = parsePeriod(text);
  if (!period || period.year < startYear || period.year > endYear) return false;
  return monitoringMonths === 12 ? period.half === null : period.half !== null;
}

/** Assessed periods are "YYYY-H1" (izleme) and "YYYY" (değerlendirme) inside the plan years. */
export function parseAssessedPeriod(text: string, startYear: number, endYear: number): Period | null {
  const period = parsePeriod(text);
  if (!period || period.half === 2) return null;
  if (period.year < startYear || period.year > endYear) return null;
  return period;
}

/**
 * Entry periods from the plan's first year whose end falls on or before the end of the
 * assessed period, in time order.
 */
export function dueEntryPeriods(
  assessed: Period,
  monitoringMonths: MonitoringMonths,
  startYear: number,
): string[] {
  const limit = periodEndKey(assessed);
  const due: string[] = [];
  for (let year = startYear; year <= assessed.year; year += 1) {
    for (const text of entryPeriodsOfYear(year, monitoringMonths)) {
      const period = parsePeriod(text) as Period;
      if (periodEndKey(period) <= limit) due.push(text);
    }
  }
  return due;
}

/** The year-end entry period of a year: "YYYY-H2" (6-monthly) or "YYYY" (12-monthly). */
export function yearEndEntryPeriod(year: number, monitoringMonths: MonitoringMonths): string {
  return monitoringMonths === 12 ? String(year) : `${year}-H2`;
}

export function planYears(startYear: number, endYear: number): number[] {
  const years: number[] = [];
  for (let year = startYear; year <= endYear; year += 1) years.push(year);
  return years;
}
