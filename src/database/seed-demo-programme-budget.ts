import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammeBudgetResponse } from '../contracts/programme.js';
import { ProgrammeBudgetService, type CardAt } from '../modules/programmes/programme-budget.service.js';
import { ProgrammesService } from '../modules/programmes/programmes.service.js';
import { writeAcceptedProgramme } from './seed-demo-programme.js';
import { BILECIK_PROGRAMME_2024, type DemoBudgetProgramme } from './demo/bilecik-programme-2024.js';

/**
 * The demo programme-budget programme (issue 14 point 2): Bilecik Belediyesi's 2024 programme,
 * written through the services as a planner would (every write checked and audited), submitted to
 * the council and accepted.
 */
export async function seedDemoProgrammeBudget(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const [plan] = await app.get(DataSource).query<Array<{ id: string }>>(
    `SELECT p.id FROM plans p JOIN institutions i ON i.id = p.institution_id
      WHERE i.name = 'Bilecik Belediyesi' AND p.start_year = 2020 LIMIT 1`,
  );
  if (!plan) return;
  const demo = BILECIK_PROGRAMME_2024;
  const card = await writeBudget(app.get(ProgrammesService), app.get(ProgrammeBudgetService), plan.id, demo);
  const goals = card.programmes.flatMap((programme) => programme.subProgrammes.flatMap((sub) => sub.goals));
  log(
    `Demo programme-budget programme loaded: Bilecik Belediyesi ${demo.year} (${card.programmes.length} programmes, ${goals.length} sub-programme goals, ${goals.flatMap((goal) => goal.activities).length} activities, accepted)`,
  );
}

async function writeBudget(
  programmes: ProgrammesService,
  budget: ProgrammeBudgetService,
  planId: string,
  demo: DemoBudgetProgramme,
): Promise<ProgrammeBudgetResponse> {
  const written = await writeAcceptedProgramme(
    programmes,
    planId,
    { ...demo, format: 'programme-budget' },
    async (year) => {
      const at: CardAt = { planId, year, lang: 'tr' };
      let card: ProgrammeBudgetResponse | undefined;
      for (const programme of demo.programmes) {
        card = await budget.add('programme', at, { code: programme.code, name: programme.name });
        const programmeId = card.programmes.find((item) => item.code === programme.code)?.id ?? '';
        for (const sub of programme.subProgrammes) {
          card = await budget.add('sub-programme', at, {
            programme: programmeId,
            code: sub.code,
            name: sub.name,
          });
          const subId =
            card.programmes
              .find((item) => item.id === programmeId)
              ?.subProgrammes.find((item) => item.code === sub.code)?.id ?? '';
          for (const goal of sub.goals) {
            card = await budget.add('goal', at, {
              subProgramme: subId,
              code: goal.code,
              title: goal.title,
              targets: goal.targets,
            });
            const goalId =
              card.programmes
                .flatMap((item) => item.subProgrammes)
                .find((item) => item.id === subId)
                ?.goals.find((item) => item.code === goal.code)?.id ?? '';
            for (const indicator of goal.indicators)
              card = await budget.add('indicator', at, { goal: goalId, ...indicator });
            for (const activity of goal.activities)
              card = await budget.add('activity', at, { goal: goalId, ...activity });
          }
        }
      }
      return card;
    },
  );
  return written ?? (await budget.get(planId, String(demo.year), 'tr'));
}
