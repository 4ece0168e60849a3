import type { INestApplicationContext } from '@nestjs/common';
import { firstPlanId } from './seed-demo-plan.js';
import { ProgrammesService } from '../modules/programmes/programmes.service.js';
import { MARMARA_PROGRAMME, type DemoProgramme } from './demo/marmara-programme.js';

/**
 * The demo performance programme (issue 14): the Marmara Belediyeler Birliği's 2008 programme,
 * written through the programmes service as a planner would (so every write is checked and
 * audited), submitted to the Birlik Meclisi and accepted.
 */
export async function seedDemoProgramme(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const planId = await firstPlanId(app, 'Marmara Belediyeler Birliği');
  if (!planId) return;
  await writeProgramme(app.get(ProgrammesService), planId, MARMARA_PROGRAMME);
  log(
    `Demo performance programme loaded: Marmara Belediyeler Birliği ${MARMARA_PROGRAMME.year} (${MARMARA_PROGRAMME.targets.length} performance targets, ${MARMARA_PROGRAMME.activities.length} activities, accepted)`,
  );
}

async function writeProgramme(
  programmes: ProgrammesService,
  planId: string,
  demo: DemoProgramme,
): Promise<void> {
  const year = String(demo.year);
  await programmes.put(
    planId,
    year,
    { generalAdministration: demo.generalAdministration, transfers: demo.transfers, proposal: demo.proposal },
    'tr',
  );
  for (const target of demo.targets) await programmes.addTarget(planId, year, target, 'tr');
  for (const indicator of demo.indicators)
    await programmes.putIndicator(
      planId,
      year,
      indicator.ph,
      indicator.code,
      { figures: indicator.figures, explanation: indicator.explanation },
      'tr',
    );
  for (const activity of demo.activities) await programmes.addActivity(planId, year, activity, 'tr');
  await programmes.submit(planId, year, { date: demo.submittedOn }, 'tr');
  await programmes.accept(planId, year, { date: demo.decision.date, number: demo.decision.number }, 'tr');
}
