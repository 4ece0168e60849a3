import { importMemberPlans } from './bench-fixtures.js';
import { type BenchContext, median, report, sample, time } from './measure.js';

/**
 * The union-wide view (`GET /api/progress?period=2025`) over the union's 276 member plans of 150
 * indicators (bench-fixtures.ts importMemberPlans), with nothing cached and with the unchanged
 * plans cached, beside one hand-written SQL query returning the same A/B/C rows.
 */
export async function unionWideBench(context: BenchContext): Promise<void> {
  const { seconds } = await importMemberPlans(context);
  if (seconds !== null) console.log(`\n(276 member plans imported in ${seconds.toFixed(1)} s)`);
  await context.dataSource.query('ANALYZE');
  await ratesBeside(context, {
    label: 'union-wide plan rates',
    path: '/api/progress?period=2025',
    floorSql: `SELECT i.plan_id, i.code, i.baseline AS a, y.value AS b, v.period, v.value AS c
                 FROM indicators i JOIN plans p ON p.id = i.plan_id AND 2025 BETWEEN p.start_year AND p.end_year
                 LEFT JOIN indicator_targets y ON y.indicator_id = i.id AND y.year = 2025
                 LEFT JOIN indicator_values v ON v.indicator_id = i.id AND left(v.period, 4)::int <= 2025`,
    plansOf: (body) => (body as unknown[]).length,
    coldLimit: 600,
  });
}

/**
 * A view of many plans' rates over HTTP, nothing cached (every plan's content_version moved first,
 * as after an entry in each) and with the unchanged plans cached, each beside its floor: the
 * hand-written SQL for the same plans' A/B/C rows, measured in the same run. The cold figure is
 * the median of `runs` (default 5), the floor's of as many.
 */
export async function ratesBeside(
  context: BenchContext,
  view: {
    label: string;
    path: string;
    floorSql: string;
    plansOf: (body: unknown) => number;
    coldLimit?: number;
    warmLimit?: number;
    runs?: number;
  },
): Promise<void> {
  const runs = view.runs ?? 5;
  const floor = await sample(runs, () => context.dataSource.query(view.floorSql), 1);
  let plans = 0;
  const request = async (): Promise<void> => {
    const response = await fetch(`${context.base}${view.path}`, {
      headers: { authorization: `Bearer ${context.token}` },
    });
    if (!response.ok) throw new Error(`GET ${view.path}: ${response.status} ${await response.text()}`);
    plans = view.plansOf(await response.json());
  };
  const cold: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    await context.dataSource.query('UPDATE plans SET content_version = content_version + 1');
    cold.push(await time(request));
  }
  report({
    name: `${view.label}, ${plans} plans, nothing cached (HTTP)`,
    value: median(cold),
    unit: 'ms',
    floor: { name: 'hand-written SQL for their A/B/C rows', value: floor, maxRatio: 1.5 },
    ...(view.coldLimit === undefined ? {} : { limit: view.coldLimit }),
  });
  const warm = await sample(runs, request, 1);
  report({
    name: `${view.label}, ${plans} plans, unchanged plans cached (HTTP)`,
    value: warm,
    unit: 'ms',
    floor: { name: 'hand-written SQL for their A/B/C rows', value: floor, maxRatio: 1.5 },
    limit: view.warmLimit ?? 1000,
  });
}
