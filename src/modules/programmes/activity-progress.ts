/**
 * The monitoring of a programme's activities (issue 14 point 5), pure: which periods an activity
 * reports in, what a progress entry may hold, and how the entries read per period. The workflow
 * of an entry is the value workflow's (indicators/value-guards.ts, periods' open/closed gate).
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import type {
  ActivityPeriodProgress,
  ActivityProgressFigures,
  EconomicCode,
  ProgrammeStatus,
} from '../../contracts/programme.js';
import { spendingTotal } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { PROGRAMME_TEXTS } from '../../common/messages/programme-texts.js';
import { amountProblems, refusalCode } from './programme-rules.js';

/** A programme is monitored once the council accepted it (and after it is published). */
export const MONITORED_PROGRAMME: ReadonlySet<ProgrammeStatus> = new Set(['accepted', 'published']);

/** The assessment periods of a programme year an activity reports in: 30 June, then the year end. */
export function progressPeriods(year: number): string[] {
  return [`${year}-H1`, String(year)];
}

/** Null when `period` is one of progressPeriods(year); otherwise why not. */
export function progressPeriodProblem(code: string, year: number, period: string, lang: Lang): string | null {
  if (progressPeriods(year).includes(period)) return null;
  return PROGRAMME_TEXTS.ACTIVITY_PERIOD[lang]({ code, period: period.slice(0, 16), year });
}

/**
 * What a progress entry may not hold: a percent outside 0–100 (ACTIVITY_PERCENT), spending by a
 * code outside 01–09 (PP_ECONOMIC_CODE), a negative amount (PP_NEGATIVE_COST) or one that is not
 * an amount (INVALID_VALUE), each at its field.
 */
export function progressInputProblems(
  input: { percent: number; spending?: unknown },
  lang: Lang,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!(input.percent >= 0 && input.percent <= 100)) {
    problems.push({
      path: 'percent',
      code: 'ACTIVITY_PERCENT',
      message: PROGRAMME_TEXTS.ACTIVITY_PERCENT[lang]({ percent: input.percent }),
    });
  }
  return [...problems, ...amountProblems(input.spending, 'spending', 'economic', lang)];
}

/** The code a refused entry answers with: the first rule its details break. */
export function progressRefusalCode(details: readonly ErrorDetail[]): string {
  if (details.some((detail) => detail.code === 'ACTIVITY_PERCENT')) return 'ACTIVITY_PERCENT';
  return refusalCode(details);
}

/** A stored entry's figures. */
export interface ProgressRow {
  period: string;
  percent: number;
  note: string | null;
  spending: Partial<Record<EconomicCode, number>>;
  status: ValueStatus;
}

export function progressFigures(row: ProgressRow): ActivityProgressFigures {
  return {
    percent: row.percent,
    note: row.note,
    spending: { ...row.spending },
    spendingTotal: spendingTotal(row.spending),
    status: row.status,
  };
}

/**
 * An activity's monitoring per period of its year that holds an entry, in time order: the
 * approved figures (null until approved: a draft is never shown as the approved figure, and a
 * period without an entry is left out, never read as 0 %) beside the entry whatever its status.
 */
export function periodProgress(year: number, rows: readonly ProgressRow[]): ActivityPeriodProgress[] {
  return progressPeriods(year).flatMap((period) => {
    const row = rows.find((item) => item.period === period);
    if (!row) return [];
    const all = progressFigures(row);
    return [{ period, approved: row.status === 'approved' ? all : null, all }];
  });
}
