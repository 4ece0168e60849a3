import type { EntityManager } from 'typeorm';
import type { ProgressRow } from './activity-progress.js';

/**
 * The progress entries (any status) of a programme-budget programme's activities (issue 14 point
 * 5), for its card: each activity shows them per period as periodProgress reads them, approved
 * beside all, as a classic programme's activities do.
 */
export function loadBudgetProgress(
  manager: EntityManager,
  programmeId: string,
): Promise<Array<ProgressRow & { budgetActivityId: string }>> {
  return manager.query<Array<ProgressRow & { budgetActivityId: string }>>(
    `SELECT e.budget_activity_id AS "budgetActivityId", e.period, e.percent, e.note, e.spending, e.status
       FROM programme_activity_progress_entries e
       JOIN programme_budget_activities a ON a.id = e.budget_activity_id
      WHERE a.programme_id = $1`,
    [programmeId],
  );
}
