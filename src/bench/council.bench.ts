import { type BenchContext, report, sample } from './measure.js';

/**
 * Issue 15: the council dashboard (the groups list and the validation) of a city council with 300
 * members, 40 active groups of 7 members with an elected board, and 5 years of monthly meetings
 * (2,400), against the 300 ms each; printed beside them, not judged, one SQL query reading
 * the same rows (the floor). The rows are written in bulk by SQL, as the routes would write them.
 */
export async function councilBench(context: BenchContext): Promise<void> {
  const { base, dataSource } = context;
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO institutions (name, kind, version) VALUES ('Bench Kent Konseyi', 'kent-konseyi', 1) RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO council_members (institution_id, name, represents, contact, active_from, version)
     SELECT $1, 'Üye ' || n, 'Kurum ' || n, 'iletisim-' || n || '@ornek.local', '2020-01-01', 1
       FROM generate_series(1, 300) AS n`,
    [id],
  );
  await dataSource.query(
    `INSERT INTO working_groups (institution_id, name, aim, scope, duration, work_plan, state, proposed_on,
                                 decision_date, decision_number, version)
     SELECT $1, 'Grup ' || lpad(g::text, 2, '0'), 'Amaç', 'Kapsam', '60 ay', 'Ayda bir toplantı', 'active',
            '2020-12-01', '2020-12-20', 'YK-' || g, 1
       FROM generate_series(1, 40) AS g`,
    [id],
  );
  const ids = async (table: string): Promise<string[]> =>
    (
      await dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM ${table} WHERE institution_id = $1 ORDER BY created_at, id`,
        [id],
      )
    ).map((row) => row.id);
  const members = await ids('council_members');
  const groups = await ids('working_groups');
  // Group g takes 7 members (280 of the 300); the first is its chair, the next four its managers, the first five its founders.
  const groupMembers = groups.map((_, index) => members.slice(7 * index, 7 * index + 7));
  await dataSource.query(
    `INSERT INTO working_group_members (institution_id, group_id, member_id, founder)
     SELECT $1, g, m, f FROM unnest($2::uuid[], $3::uuid[], $4::boolean[]) AS r(g, m, f)`,
    [
      id,
      groups.flatMap((group) => Array<string>(7).fill(group)),
      groupMembers.flat(),
      groups.flatMap(() => [true, true, true, true, true, false, false]),
    ],
  );
  await dataSource.query(
    `INSERT INTO working_group_elections (institution_id, group_id, date, present_ids, votes, chair_id, manager_ids, version)
     SELECT $1, g, '2021-01-05', p::jsonb, '[]'::jsonb, c, m::jsonb, 1
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS r(g, p, c, m)`,
    [
      id,
      groups,
      groupMembers.map((list) => JSON.stringify(list)),
      groupMembers.map((list) => list[0]),
      groupMembers.map((list) => JSON.stringify(list.slice(1, 5))),
    ],
  );
  await dataSource.query(
    `INSERT INTO working_group_meetings (institution_id, group_id, date, place, agenda, attendance_ids, decisions, version)
     SELECT $1, g, (date '2021-01-10' + make_interval(months => n))::date, 'Salon', 'Gündem', a::jsonb, '["Karar"]'::jsonb, 1
       FROM unnest($2::uuid[], $3::text[]) AS r(g, a) CROSS JOIN generate_series(0, 59) AS n`,
    [id, groups, groupMembers.map((list) => JSON.stringify(list))],
  );
  const get = (path: string) => async (): Promise<void> => {
    const response = await fetch(`${base}/api/institutions/${id}${path}`, {
      headers: { authorization: `Bearer ${context.token}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    await response.arrayBuffer();
  };
  const floor = await sample(10, () =>
    dataSource.query(
      `SELECT g.id, g.name, g.state, e.chair_id, e.manager_ids,
              (SELECT count(*) FROM working_group_members m WHERE m.group_id = g.id) AS members,
              (SELECT count(*) FROM working_group_meetings t WHERE t.group_id = g.id) AS meetings,
              (SELECT array_agg(DISTINCT to_char(t.date, 'YYYY-MM')) FROM working_group_meetings t WHERE t.group_id = g.id) AS months
         FROM working_groups g LEFT JOIN working_group_elections e ON e.group_id = g.id AND e.term_end IS NULL
        WHERE g.institution_id = $1 ORDER BY g.proposed_on, g.name`,
      [id],
    ),
  );
  console.log(
    `\nCouncil dashboard: 300 members, 40 groups, 2,400 meetings (SQL reading the same rows: ${floor.toFixed(1)} ms)`,
  );
  report({
    name: 'council dashboard: the working groups (HTTP)',
    value: await sample(10, get('/working-groups')),
    unit: 'ms',
    limit: 300,
  });
  report({
    name: 'council dashboard: the validation (HTTP)',
    value: await sample(10, get('/validation')),
    unit: 'ms',
    limit: 300,
  });
}
