/**
 * The plausibility rule of a value entry: a value far outside everything the indicator has
 * known — its baseline, its yearly targets and its earlier values — asks the unit for a
 * confirmation and a note, and reaches the approver marked "olağan dışı". Pure.
 */
import {
  DEFAULT_PLAUSIBILITY,
  type PlausibilityFactors,
  type ValueType,
} from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import type { ImplausibleValueDetail } from '../../contracts/workflow.js';
import { parsePeriod, periodEndKey } from '../periods/period-keys.js';
import { errorMessage } from '../../common/messages/index.js';

export { DEFAULT_PLAUSIBILITY, type PlausibilityFactors };

export interface PlausibilityInput {
  valueType: ValueType;
  baseline: number | null;
  /** B per plan year. */
  targets: Record<string, number>;
  /** The indicator's other entries by entry period (YYYY-H1, YYYY-H2 or YYYY). */
  entries: Record<string, number>;
}

export interface PlausibilityResult {
  implausible: boolean;
  /**
   * The figure compared with the references, on their scale: the entry for a level, the C it
   * makes (A + entries so far) for a cumulative indicator, the entry per year for a flow.
   * null when the rule cannot judge (no reference, or an earlier cumulative entry missing).
   */
  compared: number | null;
  /** The range a plausible figure falls in; a bound is null where the rule sets none. */
  range: { low: number | null; high: number | null } | null;
}

const NOT_JUDGED: PlausibilityResult = { implausible: false, compared: null, range: null };

/**
 * Judges `value` entered for `period`. The references are the baseline, every yearly target and
 * the values entered for earlier periods, each on the scale of the indicator's targets:
 * - duzey: levels, compared with the entry itself;
 * - kumulatif: levels, compared with the C the entry makes (A + every entry up to it); when an
 *   earlier entry is missing the rule does not judge;
 * - donemsel: flows per year; a half-year entry counts twice to compare with a year's flow.
 * The low bound applies when the lowest reference is 0 or more (a negative entry where all was
 * positive is caught), the high bound when the highest reference is above 0.
 */
export function judgePlausibility(
  input: PlausibilityInput,
  period: string,
  value: number,
  factors: PlausibilityFactors = DEFAULT_PLAUSIBILITY,
): PlausibilityResult {
  const subject = order(period);
  if (subject === null) return NOT_JUDGED;
  const earlier = Object.entries(input.entries)
    .flatMap(([key, entered]) => {
      const at = order(key);
      return at !== null && at < subject ? [{ period: key, at, value: entered }] : [];
    })
    .sort((a, b) => a.at - b.at);

  let compared: number;
  let earlierOnScale: number[];
  switch (input.valueType) {
    case 'duzey':
      compared = value;
      earlierOnScale = earlier.map((entry) => entry.value);
      break;
    case 'donemsel':
      compared = perYear(period, value);
      earlierOnScale = earlier.map((entry) => perYear(entry.period, entry.value));
      break;
    case 'kumulatif': {
      if (
        input.baseline === null ||
        !cumulativeComplete(
          earlier.map((entry) => entry.period),
          period,
        )
      )
        return NOT_JUDGED;
      let level = input.baseline;
      earlierOnScale = earlier.map((entry) => (level += entry.value));
      compared = level + value;
      break;
    }
  }

  const references = [
    ...(input.baseline === null ? [] : [input.baseline]),
    ...Object.values(input.targets),
    ...earlierOnScale,
  ].filter(Number.isFinite);
  if (references.length === 0) return NOT_JUDGED;
  const lowest = Math.min(...references);
  const highest = Math.max(...references);
  const low = lowest >= 0 ? lowest * factors.low : null;
  const high = highest > 0 ? highest * factors.high : null;
  const implausible = (low !== null && compared < low) || (high !== null && compared > high);
  return { implausible, compared, range: { low, high } };
}

/** A sortable position of an entry period: its closing month counted from year 0. */
function order(period: string): number | null {
  const parsed = parsePeriod(period);
  return parsed ? periodEndKey(parsed) : null;
}

/** A flow entry as a flow per year: a half-year entry counts twice. */
function perYear(period: string, value: number): number {
  return parsePeriod(period)?.half === null ? value : value * 2;
}

/**
 * A cumulative C needs every entry before the subject: the earlier entries must run without a
 * gap from the first one entered (an indicator's first entries may start after the plan's start).
 */
function cumulativeComplete(earlierPeriods: string[], subject: string): boolean {
  const step = parsePeriod(subject)?.half === null ? 12 : 6;
  const sequence = [...earlierPeriods, subject].map((key) => order(key) ?? 0);
  return sequence.every((at, index) => index === 0 || at - sequence[index - 1] === step);
}

/** The figure compared and the plausible range, as the 400 VALUE_IMPLAUSIBLE_NOTE details give them. */
export type ImplausibleDetail = ImplausibleValueDetail;

/** Does a note say something (not empty, not only spaces)? */
export function hasNote(note: string | null | undefined): boolean {
  return typeof note === 'string' && note.trim() !== '';
}

/**
 * Why an implausible entry needs a note, naming the range expected: "PG1.1.1 2025 ara dönem: 3
 * olağan dışı görünüyor (beklenen aralık 3,1 – 15,8); yine de kaydetmek için bir açıklama yazın".
 */
export function implausibleNoteMessage(
  code: string,
  period: string,
  value: number,
  result: PlausibilityResult,
  lang: Lang,
): string {
  return errorMessage(
    'VALUE_IMPLAUSIBLE_NOTE',
    {
      code,
      period,
      value,
      compared: result.compared !== null && result.compared !== value ? result.compared : undefined,
      low: result.range?.low ?? undefined,
      high: result.range?.high ?? undefined,
    },
    lang,
  );
}

/** The detail of one implausible entry without a note, at `path` (note, or a workbook row). */
export function implausibleDetail(
  path: string,
  code: string,
  period: string,
  value: number,
  result: PlausibilityResult,
  lang: Lang,
): ImplausibleDetail {
  return {
    path,
    code: 'VALUE_IMPLAUSIBLE_NOTE',
    message: implausibleNoteMessage(code, period, value, result, lang),
    period,
    value,
    compared: result.compared ?? value,
    range: result.range ?? { low: null, high: null },
  };
}
