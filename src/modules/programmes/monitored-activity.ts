import type { EntityManager } from 'typeorm';
import { ProgrammeActivity } from './programme-activity.entity.js';
import { ProgrammeBudgetActivity } from './programme-budget-activity.entity.js';
import type { Programme } from './programme.entity.js';

/**
 * An activity whose progress is monitored (issue 14 point 5), in its programme's own format: a
 * classic programme's activity (F01 under a PH) or a programme-budget programme's (F01 under a
 * sub-programme goal). Both are addressed by their code, unique in their programme, and reported
 * by their responsible unit in the one workflow of activity-progress.service.ts.
 */
export interface MonitoredActivity {
  format: Programme['format'];
  id: string;
  code: string;
  unitId: string | null;
}

/** The column of programme_activity_progress_entries that names an activity of this format. */
export type ActivityKey = { activityId: string } | { budgetActivityId: string };

export function activityKey(activity: MonitoredActivity): ActivityKey {
  return activity.format === 'programme-budget'
    ? { budgetActivityId: activity.id }
    : { activityId: activity.id };
}

/**
 * The activity `code` of `programme` in the programme's format, locked FOR NO KEY UPDATE when
 * `lock` (so the steps on one activity run one after another); null when it has none.
 */
export async function findMonitoredActivity(
  manager: EntityManager,
  programme: Programme,
  code: string,
  lock: boolean,
): Promise<MonitoredActivity | null> {
  const options = {
    where: { programmeId: programme.id, code },
    ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  };
  const row =
    programme.format === 'programme-budget'
      ? await manager.findOne(ProgrammeBudgetActivity, options)
      : await manager.findOne(ProgrammeActivity, options);
  return row ? { format: programme.format, id: row.id, code: row.code, unitId: row.unitId } : null;
}
