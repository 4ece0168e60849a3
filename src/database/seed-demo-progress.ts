import type { INestApplicationContext } from '@nestjs/common';
import { firstPlanId } from './seed-demo-plan.js';
import { DataSource } from 'typeorm';
import { ActivityProgressService } from '../modules/programmes/activity-progress.service.js';
import { PeriodsService } from '../modules/periods/periods.service.js';
import { UnitReportsService } from '../modules/unit-reports/unit-reports.service.js';
import { MARMARA_PROGRAMME } from './demo/marmara-programme.js';
import { MARMARA_PROGRESS, MARMARA_UNIT_REPORTS } from './demo/marmara-progress.js';

/**
 * The demo monitoring of the Marmara Belediyeler Birliği's accepted 2008 programme (issue 14
 * points 5 and 8), written through the services as the planner and the units would (every step
 * checked by the value workflow's guards and audited): the assessment periods 2008-H1 and 2008
 * opened, each activity's progress entered, submitted and approved for both, then every unit
 * that owes a 2008 activity report writes it, submits it, and it is approved. Outside a request
 * there is no user, so the trail records the steps without an actor (as the other demo seeds).
 */
export async function seedDemoProgress(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const dataSource = app.get(DataSource);
  const planId = await firstPlanId(app, 'Marmara Belediyeler Birliği');
  if (!planId) return;
  const year = String(MARMARA_PROGRAMME.year);
  const activities = await dataSource.query<Array<{ code: string; name: string }>>(
    `SELECT a.code, a.name FROM programme_activities a JOIN programmes p ON p.id = a.programme_id
      WHERE p.plan_id = $1 AND p.year = $2`,
    [planId, MARMARA_PROGRAMME.year],
  );
  const codeOf = new Map(activities.map((activity) => [activity.name, activity.code]));

  const periods = app.get(PeriodsService);
  for (const period of [`${year}-H1`, year]) await periods.openPeriod(planId, period, null, 'tr');

  const progress = app.get(ActivityProgressService);
  for (const entry of MARMARA_PROGRESS) {
    const activity = codeOf.get(entry.name);
    if (!activity) throw new Error(`demo progress: no activity named ${entry.name.slice(0, 40)}`);
    const call = { planId, year, activity, period: entry.period, user: null, lang: 'tr' as const };
    await progress.put(call, { percent: entry.percent, note: entry.note, spending: entry.spending });
    await progress.submit(call, {});
    await progress.approve(call, {});
  }

  const reports = app.get(UnitReportsService);
  const owing = await reports.list(planId, year, 'tr');
  for (const { unit } of owing.units) {
    const text = MARMARA_UNIT_REPORTS[unit];
    if (!text) throw new Error(`demo unit reports: no report written for ${unit}`);
    const call = { planId, year, unit, user: null, lang: 'tr' as const };
    await reports.put(call, text);
    await reports.submit(call, {});
    await reports.approve(call, {});
  }
  log(
    `Demo activity monitoring loaded: Marmara Belediyeler Birliği ${year} (${MARMARA_PROGRESS.length} progress entries approved for ${codeOf.size} activities, ${owing.units.length} unit activity reports approved)`,
  );
}
