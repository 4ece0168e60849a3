/**
 * Every activity whose progress is monitored (issue 14 point 5), of both programme formats, as one
 * relation for the worklist, the approval queue and the period close: a classic programme's
 * activities under their PH, and a programme-budget programme's under their sub-programme goal.
 * Columns: id, plan_id, programme_id, code, name, unit_id, `group_code` (the PH's or the goal's
 * code) and `sort` (the programme's order: PH, activity; or programme, sub-programme, goal,
 * activity). An entry of programme_activity_progress_entries `e` names one of them by
 * `ENTRY_ACTIVITY_ID` (exactly one of its two columns is set). Filters on plan_id or programme_id
 * reach into both branches.
 */
export const MONITORED_ACTIVITIES = `(
  SELECT a.id, a.plan_id, a.programme_id, a.code, a.name, a.unit_id, pt.code AS group_code,
         ARRAY[pt.position, a.position] AS sort
    FROM programme_activities a JOIN programme_targets pt ON pt.id = a.programme_target_id
  UNION ALL
  SELECT a.id, a.plan_id, a.programme_id, a.code, a.name, a.unit_id, g.code AS group_code,
         ARRAY[bp.position, sp.position, g.position, a.position] AS sort
    FROM programme_budget_activities a
    JOIN programme_goals g ON g.id = a.goal_id
    JOIN programme_sub_programmes sp ON sp.id = g.sub_programme_id
    JOIN programme_budget_programmes bp ON bp.id = sp.budget_programme_id
)`;

/** The activity id of a progress entry `e`, whichever format its activity is of. */
export const ENTRY_ACTIVITY_ID = 'COALESCE(e.activity_id, e.budget_activity_id)';
