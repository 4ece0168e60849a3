import type { IndicatorResponse } from '../../src/contracts/resources.js';
import { sumExact, zeroCounts } from '../../src/contracts/numbers.js';
import type { EntryState, UnitCounts, WorklistEntry } from '../../src/contracts/workflow.js';

/**
 * The data-entry screen's rules that need no DOM: reading a typed number, whether an entry
 * needs a deviation reason, worklist filters and counts. The server judges every write again;
 * these only decide what the form asks for and shows.
 */

export type Lang = 'tr' | 'en';

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** Decimal and grouping separators as a reader of each language types them: 1.234,5 / 1,234.5. */
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  tr: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const escape = (text: string): string => text.replace(/[.]/g, '\\.');

/**
 * A number as typed in the UI language: "1.234,5" or "1234,5" in Turkish, "1,234.5" or "1234.5"
 * in English, a leading minus allowed. A grouping separator counts only between groups of three
 * digits, so "12.5" in Turkish is refused rather than read as 125 or 12,5: the number must be
 * right or not taken at all. Blank is `empty` (no entry, never 0).
 */
export function parseDecimal(text: string, lang: Lang): ParsedNumber {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (compact === '') return { kind: 'empty' };
  const { decimal, group } = SEPARATORS[lang];
  const d = escape(decimal);
  const g = escape(group);
  const plain = new RegExp(`^-?\\d+(?:${d}\\d+)?$`);
  const grouped = new RegExp(`^-?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  if (!plain.test(compact) && !grouped.test(compact)) return { kind: 'invalid' };
  const normal = compact.split(group).join('').replace(decimal, '.');
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/**
 * A stored number for an input field, exactly (no grouping, no rounding): 1234.5 → "1234,5" in
 * Turkish, so saving the form again never changes the figure.
 */
export function formatDecimalInput(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(value);
  if (/e/i.test(text)) return text;
  return lang === 'tr' ? text.replace('.', ',') : text;
}

/** The year-end entry period: "YYYY-H2" for 6-monthly indicators, "YYYY" for 12-monthly ones. */
export function isYearEndEntry(period: string, monitoringMonths: 6 | 12): boolean {
  return monitoringMonths === 12 ? /^\d{4}$/.test(period) : /^\d{4}-H2$/.test(period);
}

export interface DeviationInput {
  /** The entry period being edited. */
  period: string;
  /** The value typed for it; null while it is not a number. */
  value: number | null;
  indicator: Pick<IndicatorResponse, 'baseline' | 'valueType' | 'monitoringMonths' | 'targets'>;
  /** The plan's first year: a kumulatif C adds every entry from it. */
  startYear: number;
  /** The indicator's other entries by entry period. */
  entries: Readonly<Record<string, number>>;
}

export type DeviationCheck =
  | { needed: false }
  /** C and B of the year, to tell the user why the reason is asked for. */
  | { needed: true; actual: number; target: number };

/**
 * DEVIATION_REASON (domain.md 5): at year end any C ≠ B needs a reason, with no tolerance. C is
 * formed as domain.md 4.3 defines it per value type (duzey: the year-end level; donemsel: the
 * year's entries summed; kumulatif: A plus every entry from the plan's start). When an entry C
 * needs is missing there is no C, and no reason is asked for (the server judges the same way).
 */
export function deviationCheck(input: DeviationInput): DeviationCheck {
  const { indicator, period, value } = input;
  const months = indicator.monitoringMonths;
  if (value === null || !isYearEndEntry(period, months)) return { needed: false };
  const year = Number(period.slice(0, 4));
  const target = indicator.targets[String(year)];
  if (typeof target !== 'number') return { needed: false };
  const values: Record<string, number> = { ...input.entries, [period]: value };
  const periodsOf = (y: number): string[] => (months === 12 ? [String(y)] : [`${y}-H1`, `${y}-H2`]);
  let actual: number;
  if (indicator.valueType === 'duzey') {
    actual = value;
  } else {
    const needed =
      indicator.valueType === 'donemsel'
        ? periodsOf(year)
        : Array.from({ length: year - input.startYear + 1 }, (_, index) =>
            periodsOf(input.startYear + index),
          ).flat();
    if (needed.some((key) => values[key] === undefined)) return { needed: false };
    const terms = needed.map((key) => values[key]);
    if (indicator.valueType === 'kumulatif') {
      if (indicator.baseline === null) return { needed: false };
      terms.push(indicator.baseline);
    }
    actual = sumExact(terms);
  }
  return sameNumber(actual, target) ? { needed: false } : { needed: true, actual, target };
}

function sameNumber(a: number, b: number): boolean {
  return Number(a.toFixed(9)) === Number(b.toFixed(9));
}

/** States the unit still owes something for. */
export const OWED_STATES: readonly EntryState[] = ['missing', 'draft', 'returned'];

/** States a unit may still write: a new entry, a draft, or a value the planner returned. */
export function isEditable(state: EntryState): boolean {
  return OWED_STATES.includes(state);
}

export const ENTRY_FILTERS = ['all', 'owed', 'late', 'returned', 'submitted', 'approved'] as const;
export type EntryFilter = (typeof ENTRY_FILTERS)[number];

export function toEntryFilter(text: string | null): EntryFilter {
  return ENTRY_FILTERS.find((filter) => filter === text) ?? 'all';
}

export function matchesFilter(entry: Pick<WorklistEntry, 'state' | 'late'>, filter: EntryFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'owed':
      return isEditable(entry.state);
    case 'late':
      return entry.late;
    default:
      return entry.state === filter;
  }
}

export type Counts = Omit<UnitCounts, 'unit'>;

/** The counts of several units together. */
export function sumCounts(units: readonly UnitCounts[]): Counts {
  const total: Counts = zeroCounts();
  for (const unit of units) {
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += unit[key];
  }
  return total;
}

/**
 * Share of the expected entries the unit has handed in (submitted or approved), in percent;
 * null when nothing is expected (no data, not 0).
 */
export function completionRate(counts: Counts): number | null {
  if (counts.expected === 0) return null;
  return (100 * (counts.submitted + counts.approved)) / counts.expected;
}
