import type { INestApplicationContext } from '@nestjs/common';
import type { ProgrammeFormat } from '../contracts/programme.js';
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
  await writeAcceptedProgramme(programmes, planId, demo, async (year) => {
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
  });
}

/** What a demo programme says of its year as a whole, in either format. */
export type DemoProgrammeYear = Pick<
  DemoProgramme,
  'year' | 'generalAdministration' | 'transfers' | 'proposal' | 'submittedOn' | 'decision'
> & { format?: ProgrammeFormat };

/**
 * Writes a demo programme year through the programmes service as a planner would: its heading
 * (format, budget proposal, general administration costs, transfers), then its content
 * (`writeContent`, given the year), then submitted to the council and accepted. Answers what
 * writeContent answered.
 */
export async function writeAcceptedProgramme<T>(
  programmes: ProgrammesService,
  planId: string,
  demo: DemoProgrammeYear,
  writeContent: (year: string) => Promise<T>,
): Promise<T> {
  const year = String(demo.year);
  const { format, generalAdministration, transfers, proposal } = demo;
  await programmes.put(
    planId,
    year,
    { ...(format ? { format } : {}), generalAdministration, transfers, proposal },
    'tr',
  );
  const written = await writeContent(year);
  await programmes.submit(planId, year, { date: demo.submittedOn }, 'tr');
  await programmes.accept(planId, year, { date: demo.decision.date, number: demo.decision.number }, 'tr');
  return written;
}
