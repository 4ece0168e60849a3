/**
 * The value workflow's gate on the assessment periods: an entry is written, submitted, approved
 * or returned only while its assessment period is open for the plan (domain.md 6). It reads one
 * row of the periods table inside the caller's transaction.
 */
import type { EntityManager } from 'typeorm';
import { literal } from '../../database/query-batch.js';
import { columnsOf } from '../plans/plan-storage.repository.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, ConflictError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { AssessmentPeriod } from './assessment-period.entity.js';
import { assessmentPeriodOf } from './assessment-periods.js';
import { toAssessmentPeriodResponse } from './periods.mapper.js';

/**
 * Entries can be written, submitted, approved or returned only while their assessment period is
 * open for the plan: 400 PERIOD_NOT_OPEN when it was never opened, 409 PERIOD_CLOSED once closed.
 */
export async function assertPeriodOpen(
  manager: EntityManager,
  plan: { id: string },
  entryPeriod: string,
  lang: Lang,
): Promise<void> {
  const assessment = assessmentPeriodOf(entryPeriod) ?? entryPeriod;
  const row = await manager.findOneBy(AssessmentPeriod, { planId: plan.id, period: assessment });
  assertPeriodRowOpen(row, entryPeriod, lang);
}

/** An assessment period's row, as assessmentPeriodRead reads it. */
export type AssessmentPeriodRow = AssessmentPeriod;

/**
 * The statement that reads the row of the assessment period `entryPeriod` falls in, for a batch
 * (e.g. readThenWrite); judge its row with assertPeriodRowOpen.
 */
export function assessmentPeriodRead(manager: EntityManager, planId: string, entryPeriod: string): string {
  const assessment = assessmentPeriodOf(entryPeriod) ?? entryPeriod;
  return `SELECT ${columnsOf(manager, AssessmentPeriod)} FROM assessment_periods
           WHERE plan_id = ${literal(planId, 'uuid')} AND period = ${literal(assessment)}`;
}

/** The same gate on the assessment period's row read already (null: never opened). */
export function assertPeriodRowOpen(row: AssessmentPeriodRow | null, entryPeriod: string, lang: Lang): void {
  if (row?.status === 'open') return;
  const assessment = assessmentPeriodOf(entryPeriod) ?? entryPeriod;
  if (!row) {
    const message = errorMessage('PERIOD_NOT_OPEN', { period: assessment, entry: entryPeriod }, lang);
    throw new BadRequestError('PERIOD_NOT_OPEN', message, [
      { path: 'period', code: 'PERIOD_NOT_OPEN', message },
    ]);
  }
  const message = errorMessage('PERIOD_CLOSED', { period: assessment, entry: entryPeriod }, lang);
  throw new ConflictError(
    'PERIOD_CLOSED',
    message,
    [{ path: 'period', code: 'PERIOD_CLOSED', message }],
    toAssessmentPeriodResponse(row),
  );
}
