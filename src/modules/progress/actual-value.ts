import { sumExact } from '../../contracts/numbers.js';
import type { ValueType } from '../../contracts/plan-document.js';
import { dueEntryPeriods, type MonitoringMonths, type Period } from '../periods/period-keys.js';

/** What computeActual needs of an indicator: structurally a subset of IndicatorDoc. */
export interface ActualInput {
  baseline: number | null;
  valueType: ValueType;
  monitoringMonths?: MonitoringMonths;
  values?: Record<string, { value: number }>;
}

export type ActualResult =
  | { status: 'ok'; actual: number; periods: string[] }
  /** An entry that C needs is missing: never counted as 0 (domain.md 4.1). */
  | { status: 'NO_DATA'; missingPeriods: string[] }
  /** No entry period of the assessed year has ended yet (a yearly indicator at 30 June). */
  | { status: 'NOT_DUE' }
  /** kumulatif needs the baseline A to add entries to. */
  | { status: 'NO_BASELINE' };

/**
 * C at the end of an assessed period, as domain.md 4.3 defines it per value type:
 * - duzey: the level entered for the last entry period that has ended by then;
 * - kumulatif: A + Σ entries from the plan's start up to then;
 * - donemsel: Σ entries of the assessed year up to then.
 * Every entry the sum or level needs must be present; a missing one makes C missing and is
 * named, so a gap is never read as zero.
 */
export function computeActual(indicator: ActualInput, assessed: Period, startYear: number): ActualResult {
  const months = indicator.monitoringMonths ?? 6;
  const values = indicator.values ?? {};
  const dueFromStart = duePeriods(assessed, months, startYear);
  const dueThisYear = dueFromStart.filter((period) => period.startsWith(String(assessed.year)));
  if (dueThisYear.length === 0) return { status: 'NOT_DUE' };

  const needed =
    indicator.valueType === 'duzey'
      ? dueThisYear.slice(-1)
      : indicator.valueType === 'donemsel'
        ? dueThisYear
        : dueFromStart.slice();
  const missingPeriods = needed.filter((period) => values[period] === undefined);
  if (missingPeriods.length > 0) return { status: 'NO_DATA', missingPeriods };

  const sum = sumExact(needed.map((period) => values[period].value));
  switch (indicator.valueType) {
    case 'duzey':
      return { status: 'ok', actual: values[needed[0]].value, periods: needed };
    case 'donemsel':
      return { status: 'ok', actual: sum, periods: needed };
    case 'kumulatif':
      if (indicator.baseline === null) return { status: 'NO_BASELINE' };
      return { status: 'ok', actual: sumExact([indicator.baseline, sum]), periods: needed };
  }
}

/**
 * dueEntryPeriods, kept per assessed period, frequency and first year: the same few lists serve
 * every indicator of a union's plans (41,400 of them) instead of being parsed out again for each.
 * Shared and frozen, so a caller copies before handing one out.
 */
const dueCache = new Map<number, readonly string[]>();

function duePeriods(assessed: Period, months: MonitoringMonths, startYear: number): readonly string[] {
  const key = ((assessed.year * 10 + (assessed.half ?? 0)) * 100 + months) * 10_000 + startYear;
  let due = dueCache.get(key);
  if (due === undefined) {
    if (dueCache.size >= 1000) dueCache.clear();
    due = Object.freeze(dueEntryPeriods(assessed, months, startYear));
    dueCache.set(key, due);
  }
  return due;
}

export { sumExact };
