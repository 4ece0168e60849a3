import { ProgressService } from '../modules/progress/progress.service.js';
import { assessedPeriodsOf } from '../modules/public/open-data.js';
import { PublicRepository } from '../modules/public/public.repository.js';
import { PublicService } from '../modules/public/public.service.js';
import { importPlan } from './bench-fixtures.js';
import { type BenchContext, median, report, sample, time } from './measure.js';

/**
 * Issue 11: the open data of the metropolitan plan (GET /api/public/plans/:id/data.csv, no
 * sign-in: every approved value of 400 indicators over five years with B, C and the rate of its
 * period) against the limit of 300 ms, warm (the progress of each period cached) and cold
 * (the plan's content changed, so every period is computed again). Printed beside it, not judged:
 * one SQL query reading the same rows, and JSON of the same data.
 */
export async function openDataBench(context: BenchContext): Promise<void> {
  const { base, dataSource } = context;
  // A copy of the metropolitan plan whose values are all approved (the historical data of an
  // administrator's import keeps its status), so that every value is open data.
  const document = structuredClone(context.metropolitan);
  document.institution.name = 'Açık Veri Büyükşehir Belediyesi';
  for (const aim of document.plan.aims)
    for (const target of aim.targets)
      for (const indicator of target.indicators)
        for (const value of Object.values(indicator.values ?? {})) value.status = 'approved';
  const planId = await importPlan(context, document);
  const publish = await fetch(`${base}/api/plans/${planId}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.token}` },
  });
  if (!publish.ok) throw new Error(`publish: ${publish.status} ${(await publish.text()).slice(0, 300)}`);

  let bytes = 0;
  const csvOnce = async (): Promise<void> => {
    const response = await fetch(`${base}/api/public/plans/${planId}/data.csv`);
    if (!response.ok)
      throw new Error(`data.csv: ${response.status} ${(await response.text()).slice(0, 300)}`);
    bytes = (await response.arrayBuffer()).byteLength;
  };
  const jsonOnce = async (): Promise<void> => {
    const response = await fetch(`${base}/api/public/plans/${planId}/data.json`);
    if (!response.ok) throw new Error(`data.json: ${response.status}`);
    await response.arrayBuffer();
  };
  const sqlFloor = (): Promise<unknown> =>
    dataSource.query(
      `SELECT a.code, a.title, t.code, t.title, i.code, i.name, i.unit, i.value_type, i.direction, i.weight,
              i.baseline, y.value AS b, v.period, v.value, v.revised, v.approved_at
         FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id
         JOIN targets t ON t.id = i.target_id
         JOIN aims a ON a.id = t.aim_id
         LEFT JOIN indicator_targets y ON y.indicator_id = i.id AND y.year = left(v.period, 4)::int
        WHERE v.plan_id = $1 AND v.status = 'approved'
        ORDER BY a.position, t.position, i.position, v.period`,
      [planId],
    );

  const floor = await sample(10, sqlFloor, 2);
  const warm = await sample(10, csvOnce, 2);
  const [{ count: rows }] = await dataSource.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM indicator_values WHERE plan_id = $1 AND status = 'approved'`,
    [planId],
  );
  console.log(
    `\nOpen data of the metropolitan plan: ${rows} approved values, data.csv ${(bytes / 1024).toFixed(0)} KiB ` +
      `(SQL reading the same rows: ${floor.toFixed(1)} ms)`,
  );
  report({
    name: 'open-data CSV of the metropolitan plan, progress cached (HTTP)',
    value: warm,
    unit: 'ms',
    limit: 300,
  });

  // Cold: the plan's content_version moves, as after an approval, so no period's progress is cached.
  const coldSamples: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    await dataSource.query('UPDATE plans SET content_version = content_version + 1 WHERE id = $1', [planId]);
    coldSamples.push(await time(csvOnce));
  }
  report({
    name: 'open-data CSV of the metropolitan plan, nothing cached (HTTP)',
    value: median(coldSamples),
    unit: 'ms',
    limit: 300,
  });
  // Where the time goes, server side: the entries' query, the periods' progress (cached), the whole CSV.
  const repository = context.app.get(PublicRepository);
  const progress = context.app.get(ProgressService);
  const service = context.app.get(PublicService);
  const entries = await repository.approvedEntries(planId);
  const periods = assessedPeriodsOf(entries);
  const queryTime = await sample(10, () => repository.approvedEntries(planId), 2);
  const progressTime = await sample(
    10,
    () => Promise.all(periods.map((period) => progress.getProgress(planId, period, 'en'))),
    2,
  );
  const serverTime = await sample(10, () => service.getOpenDataCsv(planId), 2);
  const coldProgress: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    await dataSource.query('UPDATE plans SET content_version = content_version + 1 WHERE id = $1', [planId]);
    coldProgress.push(
      await time(() => Promise.all(periods.map((period) => progress.getProgress(planId, period, 'en')))),
    );
  }
  console.log(
    `open-data CSV server time ${serverTime.toFixed(1)} ms: entries query ${queryTime.toFixed(1)} ms, ` +
      `progress of ${periods.length} periods ${progressTime.toFixed(1)} ms cached, ${median(coldProgress).toFixed(1)} ms uncached`,
  );
  const jsonTime = await sample(10, jsonOnce, 2);
  console.log(`open-data JSON of the metropolitan plan, progress cached (HTTP): ${jsonTime.toFixed(1)} ms`);
}
