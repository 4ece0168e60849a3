/**
 * The refusals of the value workflow that need no database (domain.md 6), shared by the
 * one-by-one workflow and the values workbook so both answer an entry with the same code. A
 * 409 carries the value as it is now (`current`, the API shape), so a client can show it.
 */
import type { IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { BadRequestError, ConflictError } from '../../common/app-error.js';
import { effectiveStatus, type PlanStatusFacts } from '../plans/plan-lifecycle.js';
import { deviationReasonMessage, entryPeriodProblem } from './value-rules.js';

/** A closed plan (kapandı) takes no more values, approvals or corrections. */
export function assertPlanNotClosed(plan: PlanStatusFacts & { title: string }): void {
  if (effectiveStatus(plan) === 'kapandi') {
    throw new ConflictError('PLAN_CLOSED', { title: plan.title, what: 'values' });
  }
}

/**
 * Optimistic concurrency: a write based on another version answers 409 with the entry as it is
 * now (`current`, null when nothing was entered). An entry of the workflow is an indicator's
 * value, an activity's progress or a unit's activity report.
 */
export function assertVersion(
  code: string,
  period: string,
  current: { version: number } | null,
  version: number | undefined,
): void {
  if (version === undefined || current?.version === version) return;
  throw new ConflictError(
    'STALE_VERSION',
    { what: 'value', name: code, period, given: version, now: current ? current.version : '-' },
    undefined,
    current,
  );
}

/**
 * Submitted and approved entries change only through the workflow (approve, return, correct): an
 * entry without corrections (`pendingCorrection` absent: activity progress, unit reports) stays
 * as approved.
 */
export function assertUnlocked(current: {
  status: ValueStatus;
  period: string;
  pendingCorrection?: IndicatorValueResponse['pendingCorrection'];
}): void {
  if (current.status !== 'submitted' && current.status !== 'approved') return;
  const way =
    current.status === 'submitted'
      ? 'approve'
      : current.pendingCorrection === undefined
        ? 'approved'
        : current.pendingCorrection
          ? 'pending'
          : 'correct';
  throw new ConflictError(
    'VALUE_LOCKED',
    { period: current.period, status: current.status, way },
    undefined,
    current,
  );
}

/**
 * 409 VALUE_STATUS unless the entry's status is one `action` may leave (the workflow's steps:
 * submit from draft or returned; withdraw, approve and return from submitted; correct from
 * approved); `current` is the entry as the API shows it.
 */
export function assertStatus(
  entry: { period: string; status: ValueStatus },
  allowed: readonly ValueStatus[],
  action: string,
  current: unknown,
): void {
  if (allowed.includes(entry.status)) return;
  throw new ConflictError(
    'VALUE_STATUS',
    { action, period: entry.period, status: entry.status, allowed: allowed.join(' or ') },
    undefined,
    current,
  );
}

/** The statuses each step of the workflow starts from (domain.md 6). */
export const STEP_FROM = {
  submit: ['draft', 'returned'],
  withdraw: ['submitted'],
  approve: ['submitted'],
  return: ['submitted'],
  correct: ['approved'],
} as const satisfies Record<string, readonly ValueStatus[]>;

/** 400 VALUE_PERIOD unless `period` is an entry period of the indicator inside the plan years. */
export function assertEntryPeriod(
  plan: Parameters<typeof entryPeriodProblem>[0],
  indicator: Parameters<typeof entryPeriodProblem>[1],
  period: string,
  lang: Lang,
): void {
  const message = entryPeriodProblem(plan, indicator, period, lang);
  if (message === null) return;
  throw new BadRequestError('VALUE_PERIOD', message, [{ path: 'period', code: 'VALUE_PERIOD', message }]);
}

/** 400 DEVIATION_REASON with a detail per year-end entry that lacks its reason. */
export function deviationReasonError(missing: string[], lang: Lang): BadRequestError {
  const message = deviationReasonMessage(missing, lang);
  return new BadRequestError(
    'DEVIATION_REASON',
    message,
    missing.map((period) => ({
      path: `values["${period}"].deviationReason`,
      code: 'DEVIATION_REASON',
      message,
    })),
  );
}
