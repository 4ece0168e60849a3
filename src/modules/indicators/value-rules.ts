import type { ValueType } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { needsDeviationReason } from '../plans/plan-rules.js';
import { isEntryPeriod, parsePeriod, planYears, yearEndEntryPeriod } from '../periods/period-keys.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

/**
 * The rules of a value entry that need no database (domain.md 4.3, 5 and 6), shared by the
 * one-by-one workflow and the values workbook so both judge an entry the same way.
 */

/** Longest note, deviation reason or evidence link, as the PUT body allows. */
export const VALUE_TEXT_MAX = 4000;
export const EVIDENCE_URL_MAX = 2000;
/** An http(s) link to the evidence (kanıt) of an entry. */
export const EVIDENCE_URL_PATTERN = /^https?:\/\/\S+$/i;

/** Null when `period` is an entry period of the indicator inside the plan years; otherwise why not. */
export function entryPeriodProblem(
  plan: { startYear: number; endYear: number },
  indicator: { code: string; monitoringMonths: 6 | 12 | null; sinceYear?: number | null },
  period: string,
  lang: Lang,
): string | null {
  const months = indicator.monitoringMonths ?? 6;
  const parsed = parsePeriod(period);
  if (isEntryPeriod(period, months, plan.startYear, plan.endYear)) {
    // An indicator added by an update (güncelleme) counts only from its first year on.
    const since = indicator.sinceYear ?? null;
    if (parsed && since !== null && parsed.year < since) {
      return detailMessage('VALUE_PERIOD.beforeSince', { code: indicator.code, since, period }, lang);
    }
    return null;
  }
  if (!parsed) {
    return detailMessage('VALUE_PERIOD.notPeriod', { period }, lang);
  }
  if (parsed.year < plan.startYear || parsed.year > plan.endYear) {
    return detailMessage(
      'VALUE_PERIOD.outsidePlan',
      { period, years: `${plan.startYear}–${plan.endYear}` },
      lang,
    );
  }
  return detailMessage('VALUE_PERIOD.frequency', { code: indicator.code, months }, lang);
}

/** What DEVIATION_REASON reads of one indicator: its A, B per year and every entry. */
export interface DeviationInput {
  baseline: number | null;
  valueType: ValueType;
  monitoringMonths: 6 | 12 | null;
  /** B per plan year. */
  targets: Record<string, number>;
  entries: ReadonlyArray<{
    period: string;
    value: number;
    deviationReason: string | null;
    status: ValueStatus;
  }>;
}

/**
 * DEVIATION_REASON: at year end any C ≠ B needs a reason, with no tolerance. Judged when `subject`
 * is submitted or corrected, for it and for the year-end entries already submitted or approved
 * from its year on: a kumulatif entry changes C of every later year too. Drafts are judged at
 * their own submission. Answers the year-end entry periods that lack their reason.
 */
export function missingDeviationReasons(
  plan: { startYear: number; endYear: number },
  indicator: DeviationInput,
  subject: string,
): string[] {
  const values = Object.fromEntries(
    indicator.entries.map((entry) => [
      entry.period,
      { value: entry.value, ...(entry.deviationReason ? { deviationReason: entry.deviationReason } : {}) },
    ]),
  );
  const doc = {
    baseline: indicator.baseline,
    valueType: indicator.valueType,
    monitoringMonths: indicator.monitoringMonths ?? undefined,
    targets: indicator.targets,
    values,
  };
  const checked = new Set(
    indicator.entries
      .filter(
        (entry) => entry.period === subject || entry.status === 'submitted' || entry.status === 'approved',
      )
      .map((entry) => entry.period),
  );
  const fromYear = Number(subject.slice(0, 4));
  return planYears(Math.max(fromYear, plan.startYear), plan.endYear)
    .map((year) => yearEndEntryPeriod(year, indicator.monitoringMonths ?? 6))
    .filter((period) => {
      const entry = values[period];
      return (
        entry !== undefined &&
        checked.has(period) &&
        !entry.deviationReason &&
        needsDeviationReason(doc, Number(period.slice(0, 4)), plan.startYear)
      );
    });
}

export function deviationReasonMessage(missing: string[], lang: Lang): string {
  return detailMessage('DEVIATION_REASON.missing', { periods: missing.join(', ') }, lang);
}

/**
 * Four-eyes (domain.md 6: the unit enters and submits, the strategy unit approves): whoever entered
 * or submitted a value may not approve it. Answers the refusal's message, or null.
 */
export function selfApprovalProblem(
  entry: { period: string; enteredBy: string | null; submittedBy: string | null },
  indicatorCode: string,
  approverId: string | null,
  lang: Lang,
): string | null {
  if (!approverId) return null;
  const entered = entry.enteredBy === approverId;
  const submitted = entry.submittedBy === approverId;
  if (!entered && !submitted) return null;
  const did = entered && submitted ? 'both' : entered ? 'entered' : 'submitted';
  return detailMessage('SELF_APPROVAL.value', { code: indicatorCode, period: entry.period, did }, lang);
}

/** What a correction leaves on an approved value: C, and the texts it replaces or keeps. */
export interface CorrectedFields {
  value: number;
  deviationReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
}

/**
 * The value as a correction would leave it: the new C; the deviation reason replaced when given
 * (blank clears it), kept otherwise; note and evidence link replaced when given, kept otherwise.
 */
export function correctedFields(
  current: { deviationReason: string | null; note: string | null; evidenceUrl: string | null },
  request: { value: number; deviationReason?: string; note?: string; evidenceUrl?: string },
): CorrectedFields {
  return {
    value: request.value,
    deviationReason:
      request.deviationReason !== undefined ? blankToNull(request.deviationReason) : current.deviationReason,
    note: request.note !== undefined ? request.note : current.note,
    evidenceUrl: request.evidenceUrl !== undefined ? request.evidenceUrl : current.evidenceUrl,
  };
}

/**
 * Four eyes after approval (domain.md 6): a correction is put in force by another person than the
 * one who proposed it. Whoever entered the value first may approve a correction someone else
 * proposed: two people still agree on the new figure. Answers the refusal's message, or null.
 */
export function correctionSelfApprovalProblem(
  proposal: { period: string; proposedBy: string | null },
  indicatorCode: string,
  approverId: string | null,
  lang: Lang,
): string | null {
  if (!approverId || proposal.proposedBy !== approverId) return null;
  return detailMessage('SELF_APPROVAL.correction', { code: indicatorCode, period: proposal.period }, lang);
}

/** A correction closed without effect: its proposer withdraws it, anyone else rejects it. */
export function closedCorrectionStatus(
  proposedBy: string | null,
  actorId: string | null,
): 'withdrawn' | 'rejected' {
  return actorId !== null && proposedBy === actorId ? 'withdrawn' : 'rejected';
}

/** Blank text means none. */
export function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text;
}
