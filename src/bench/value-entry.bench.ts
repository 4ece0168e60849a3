import {
  type BenchContext,
  type LoadResult,
  median,
  reportRatio,
  reportThroughput,
  runLoad,
} from './measure.js';

const UNIT_MANAGER = {
  email: 'birim-yuk@bench.local',
  name: 'Yük Testi Birim Sorumlusu',
  password: 'birim yük testi parolası 7',
};
const ROUNDS = 3;
/** Each window's length: under a loaded machine's p99 of seconds, 3 s windows measured mostly the ramp. */
const WINDOW_MS = 8000;

/**
 * Value entry under load (issue 17 point 1): 50 concurrent clients of one unit manager (a role in
 * every unit of the institution, so the unit check runs on each request) PUT the drafts of a plan
 * of 400 indicators, beside the constant endpoint of the same server; windows alternate, so a
 * change in the machine's load touches both alike. Every PUT changes its entry (the note carries
 * the request's number), so each acknowledged (2xx) write must leave exactly one audit row: the
 * count after the run is checked against the acknowledged writes.
 */
export async function valueEntryBench(context: BenchContext): Promise<void> {
  const { base, token, dataSource } = context;
  const call = async (method: string, path: string, body: unknown, bearer = token): Promise<unknown> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    return answer;
  };
  const document = structuredClone(context.metropolitan);
  document.institution.name = 'Değer Girişi Yük Testi Belediyesi';
  for (const aim of document.plan.aims)
    for (const target of aim.targets) for (const indicator of target.indicators) delete indicator.values;
  const { id: planId } = (await call('POST', '/api/plans/import', document)) as { id: string };
  for (const period of ['2025-H1', '2025']) await call('POST', `/api/plans/${planId}/periods`, { period });
  // The unit manager: an account, its role in the plan's institution and every one of its units.
  await call('POST', '/api/users', UNIT_MANAGER);
  await dataSource.query(
    `INSERT INTO memberships (user_id, institution_id, role)
     SELECT u.id, p.institution_id, 'unit_manager' FROM users u, plans p WHERE u.email = $1 AND p.id = $2`,
    [UNIT_MANAGER.email, planId],
  );
  await dataSource.query(
    `INSERT INTO membership_units (user_id, institution_id, unit_id)
     SELECT u.id, un.institution_id, un.id FROM users u, plans p JOIN units un ON un.institution_id = p.institution_id
      WHERE u.email = $1 AND p.id = $2`,
    [UNIT_MANAGER.email, planId],
  );
  const { accessToken } = (await call('POST', '/api/auth/login', {
    email: UNIT_MANAGER.email,
    password: UNIT_MANAGER.password,
  })) as { accessToken: string };
  const entries = (round: number) =>
    document.plan.aims.flatMap((aim) =>
      aim.targets.flatMap((target) =>
        target.indicators.map((indicator, index) => ({
          method: 'PUT',
          path: `/api/plans/${planId}/indicators/${indicator.code}/values/${indicator.monitoringMonths === 12 ? '2025' : '2025-H1'}`,
          // Arbitrary figures, many outside the plausible range: the note lets each one save (issue 11),
          // and the window's and the request's number make every write a change the audit trail records.
          body: { value: index % 1000, note: `Yük testi ${round}.{n}` },
          numbered: true,
        })),
      ),
    );
  const auditRows = async (): Promise<number> =>
    (
      await dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM audit_log WHERE plan_id = $1 AND entity = 'indicator_value'`,
        [planId],
      )
    )[0].count;
  const constantLoads: LoadResult[] = [];
  const putLoads: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    constantLoads.push(
      await runLoad(base, accessToken, [{ method: 'GET', path: '/api/health/live' }], 50, WINDOW_MS),
    );
    const before = await auditRows();
    const putLoad = await runLoad(base, accessToken, entries(round), 50, WINDOW_MS);
    const recorded = (await auditRows()) - before;
    if (putLoad.failures > 0) throw new Error(`value entry under load: ${putLoad.failures} PUTs failed`);
    if (recorded !== putLoad.acknowledged)
      throw new Error(
        `value entry under load: ${putLoad.acknowledged} PUTs acknowledged but ${recorded} audit rows written`,
      );
    putLoads.push(putLoad);
  }
  const acknowledged = putLoads.reduce((sum, load) => sum + load.acknowledged, 0);
  const constant = {
    rps: median(constantLoads.map((load) => load.rps)),
    p99: median(constantLoads.map((load) => load.p99)),
  };
  console.log(
    `\n(value entry: ${ROUNDS} windows of ${WINDOW_MS / 1000} s alternating with the constant endpoint, each by medians; ${acknowledged} PUTs acknowledged, as many audit rows; constant endpoint ${constant.rps.toFixed(0)} req/s, p99 ${constant.p99.toFixed(1)} ms)`,
  );
  for (const [index, load] of putLoads.entries())
    console.log(
      `  window ${index + 1}: PUT ${load.rps.toFixed(0)} req/s, p99 ${load.p99.toFixed(1)} ms; constant ${constantLoads[index].rps.toFixed(0)} req/s, p99 ${constantLoads[index].p99.toFixed(1)} ms`,
    );
  reportThroughput(
    'value entry PUT by a unit manager, 50 concurrent clients',
    median(putLoads.map((load) => load.rps)),
    constant.rps,
  );
  reportRatio(
    'value entry PUT by a unit manager, 50 concurrent clients: p99 latency',
    median(putLoads.map((load) => load.p99)),
    constant.p99,
  );
}
