import type { INestApplicationContext } from '@nestjs/common';
import { firstPlanId } from './seed-demo-plan.js';
import { ActivityReportsService } from '../modules/programmes/activity-reports.service.js';
import { MARMARA_ACTIVITY_REPORT, type DemoActivityReport } from './demo/marmara-activity-report.js';

/**
 * The demo activity report (issue 14): the Marmara Belediyeler Birliği's 2008 report, written
 * through the activity reports service (so every write is checked and audited): each target's
 * measures written, submitted and approved, and the evaluation of the year. Its figures are the
 * plan's approved 2008 values, as the progress engine computes them.
 */
export async function seedDemoActivityReport(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const planId = await firstPlanId(app, 'Marmara Belediyeler Birliği');
  if (!planId) return;
  const written = await writeReport(app.get(ActivityReportsService), planId, MARMARA_ACTIVITY_REPORT);
  log(
    `Demo activity report loaded: Marmara Belediyeler Birliği ${MARMARA_ACTIVITY_REPORT.year} (${written.measures} targets' measures approved, ${written.indicators} indicators evaluated)`,
  );
}

async function writeReport(
  reports: ActivityReportsService,
  planId: string,
  demo: DemoActivityReport,
): Promise<{ measures: number; indicators: number }> {
  const year = String(demo.year);
  // Outside a request: no user, so the trail records the writes without an actor.
  const caller = { user: null, actor: null, lang: 'tr' as const };
  for (const [target, measures] of Object.entries(demo.measures)) {
    await reports.putMeasure(planId, year, target, caller, { measures });
    await reports.submitMeasure(planId, year, target, caller, {});
    await reports.approveMeasure(planId, year, target, caller, {});
  }
  const { evaluation } = await reports.report(planId, year, 'tr');
  const indicators = evaluation.indicators
    .filter((item) => item.target in demo.evaluation)
    .map((item) => {
      const part = demo.evaluation[item.target];
      return { indicator: item.indicator, ...part.shared, ...(part.indicators[item.indicator] ?? {}) };
    });
  await reports.putEvaluation(planId, year, { informationSystem: demo.informationSystem, indicators }, 'tr');
  return { measures: Object.keys(demo.measures).length, indicators: indicators.length };
}
