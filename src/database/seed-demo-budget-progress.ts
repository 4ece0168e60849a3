import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodsService } from '../modules/periods/periods.service.js';
import { ActivityProgressService } from '../modules/programmes/activity-progress.service.js';
import { BILECIK_PROGRESS_2024 } from './demo/bilecik-progress-2024.js';
import { BILECIK_PROGRAMME_YEAR } from './demo/bilecik-programme-2024.js';

/**
 * The demo monitoring of Bilecik Belediyesi's accepted 2024 programme-budget programme (issue 14
 * point 5), written through the services as the units and the planner would (every step checked
 * by the value workflow's guards and audited): the assessment period 2024-H1 opened, then each
 * entry of bilecik-progress-2024.ts entered and submitted, and approved where the demo says so.
 */
export async function seedDemoBudgetProgress(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const year = String(BILECIK_PROGRAMME_YEAR);
  // The plan that holds the demo's programme-budget programme of the year.
  const [plan] = await app.get(DataSource).query<Array<{ id: string }>>(
    `SELECT p.plan_id AS id FROM programmes p JOIN plans pl ON pl.id = p.plan_id
       JOIN institutions i ON i.id = pl.institution_id
      WHERE i.name = 'Bilecik Belediyesi' AND p.year = $1 AND p.format = 'programme-budget' LIMIT 1`,
    [BILECIK_PROGRAMME_YEAR],
  );
  if (!plan) return;
  const planId = plan.id;
  await app.get(PeriodsService).openPeriod(planId, `${year}-H1`, null, 'tr');
  const progress = app.get(ActivityProgressService);
  for (const entry of BILECIK_PROGRESS_2024) {
    const call = {
      planId,
      year,
      activity: entry.activity,
      period: entry.period,
      user: null,
      lang: 'tr' as const,
    };
    await progress.put(call, { percent: entry.percent, note: entry.note, spending: entry.spending });
    await progress.submit(call, {});
    if (entry.status === 'approved') await progress.approve(call, {});
  }
  const approved = BILECIK_PROGRESS_2024.filter((entry) => entry.status === 'approved').length;
  log(
    `Demo programme-budget monitoring loaded: Bilecik Belediyesi ${year}-H1 (${approved} activity progress entries approved, ${BILECIK_PROGRESS_2024.length - approved} submitted)`,
  );
}
