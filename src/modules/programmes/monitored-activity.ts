import type { ProgrammeFormat } from '../../contracts/programme.js';

/**
 * An activity whose progress is monitored (issue 14 point 5), in its programme's own format: a
 * classic programme's activity (F01 under a PH) or a programme-budget programme's (F01 under a
 * sub-programme goal). Both are addressed by their code, unique in their programme, and reported
 * by their responsible unit in the one workflow of activity-progress.service.ts; the repository
 * finds them (monitored-activity.repository.ts).
 */
export interface MonitoredActivity {
  format: ProgrammeFormat;
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
