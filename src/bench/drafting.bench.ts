import {
  cardSaveRequest,
  type TargetCardResponse,
  type TargetCardSaveRequest,
} from '../contracts/drafting.js';
import { DraftingService } from '../modules/plans/drafting.service.js';
import { PlanEditorService } from '../modules/plans/plan-editor.service.js';
import { importPlan } from './bench-fixtures.js';
import { type BenchContext, median, report, time } from './measure.js';

const ROUNDS = 15;

/** The card as read, sent back with its title and its first indicator's name changed (`round` alternates them). */
function saveRequest(card: TargetCardResponse, round: number): TargetCardSaveRequest {
  const request = cardSaveRequest(card);
  const renamed = (text: string): string => `${text.replace(/ \(\d+\)$/, '')} (${round % 2})`;
  return {
    ...request,
    title: renamed(request.title),
    indicators: request.indicators.map((indicator, index) =>
      index === 0 ? { ...indicator, name: renamed(indicator.name) } : indicator,
    ),
  };
}

/**
 * Issue 12: saving one target card of the metropolitan plan (12 aims, 60 targets, 400 indicators)
 * through the drafting service, which answers the card with the whole plan's validation: server
 * time against the 100 ms, beside the floor of one SQL round trip reading the plan's
 * targets and indicators by hand. The plan is imported again as a draft without its entries (a plan
 * in force changes its cards only through updates).
 */
export async function draftingBench(context: BenchContext): Promise<void> {
  const draft = structuredClone(context.metropolitan);
  draft.plan.title = `${draft.plan.title} (taslak)`;
  draft.plan.status = 'taslak';
  // A draft holds no entries: units enter values once the plan is in force (a copy of the previous
  // plan starts without them too), so the draft is the metropolitan plan's structure alone.
  for (const aim of draft.plan.aims)
    for (const target of aim.targets) for (const indicator of target.indicators) indicator.values = {};
  const planId = await importPlan(context, draft);
  const drafting = context.app.get(DraftingService);
  const aim = draft.plan.aims[Math.floor(draft.plan.aims.length / 2)];
  const code = aim.targets[0].code;
  let card = await drafting.getCard(planId, code, 'tr');
  console.log(
    `\ntarget card ${code} of the metropolitan plan (draft): ${card.indicators.length} indicators, ${card.validation.issues.length} validation issues`,
  );
  const floorQuery = (): Promise<unknown> =>
    context.dataSource.query(
      `SELECT (SELECT json_agg(t) FROM targets t WHERE t.plan_id = $1) AS targets,
              (SELECT json_agg(i) FROM indicators i WHERE i.plan_id = $1) AS indicators`,
      [planId],
    );
  let round = 0;
  const saveOnce = async (): Promise<void> => {
    round += 1;
    card = await drafting.saveCard(planId, code, saveRequest(card, round), 'tr');
  };
  for (let index = 0; index < 3; index += 1) {
    await floorQuery();
    await saveOnce();
  }
  const floorSamples: number[] = [];
  const saveSamples: number[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    floorSamples.push(await time(floorQuery));
    saveSamples.push(await time(saveOnce));
  }
  const { hits, misses } = context.app.get(PlanEditorService).contentCache.counts;
  console.log(`plan content cache: ${hits} saves found the plan's content current, ${misses} read it`);
  report({
    name: 'save of one target card with the plan validation, server time (metropolitan plan)',
    value: median(saveSamples),
    unit: 'ms',
    floor: {
      name: "one SQL round trip reading the plan's targets and indicators",
      value: median(floorSamples),
      maxRatio: 3,
    },
    limit: 100,
  });
}
