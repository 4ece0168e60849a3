import pg from 'pg';
import type { InstitutionKind } from '../contracts/plan-document.js';
import { PlanDocumentService } from '../modules/plans/plan-document.service.js';
import type { BenchContext } from './measure.js';
import { buildMemberPlan } from './plan-generator.js';
import { ratesBeside } from './union-wide.bench.js';

/**
 * `npm run bench -- --national`: 1,400 institutions, each with a plan of 150 indicators (docs/scale.md),
 * then the union-wide view of a union of 276 municipalities and the national comparison of every
 * municipality, nothing cached and cached, each beside its floor measured in the same run.
 *
 * Loading: `TEMPLATES` generated plans go through the import path (PlanDocumentService, two at a
 * time); the other institutions are copies of them made by SQL, one INSERT … SELECT a table for
 * all copies at once, each copy's ids derived from the template's ids and its number. The copies
 * are written with session_replication_role = replica (as pg_restore --disable-triggers does): no
 * audit rows and no foreign-key checks for generated rows whose references are copied whole.
 */
const INSTITUTIONS = 1400;
const TEMPLATES = 28;
const UNION_MEMBERS = 276;

/** The tables a member plan's import writes, in the order they are copied, and what a copy is found by. */
const COPIED: Array<{ table: string; by: 'institution' | 'plan' }> = [
  { table: 'institutions', by: 'institution' },
  { table: 'units', by: 'institution' },
  { table: 'plans', by: 'plan' },
  { table: 'core_values', by: 'plan' },
  { table: 'aims', by: 'plan' },
  { table: 'targets', by: 'plan' },
  { table: 'target_collaborators', by: 'institution' },
  { table: 'indicators', by: 'plan' },
  { table: 'indicator_targets', by: 'plan' },
  { table: 'indicator_values', by: 'plan' },
];

/** Copy n's kind: about 1,390 municipalities (30 metropolitan among them), 40 unions, 30 city councils. */
function kindOf(n: number): InstitutionKind {
  if (n % 47 === 1) return 'birlik';
  if (n % 47 === 2) return 'buyuksehir';
  if (n % 47 === 3) return 'kent-konseyi';
  return 'belediye';
}

export async function nationalBench(context: BenchContext): Promise<void> {
  const { dataSource } = context;
  const started = performance.now();
  const documents = context.app.get(PlanDocumentService);
  const templates: string[] = [];
  let nextTemplate = 0;
  const importer = async (): Promise<void> => {
    while (nextTemplate < TEMPLATES) {
      const index = nextTemplate++;
      const document = buildMemberPlan(1000 + index);
      document.institution.name = `Ulusal Şablon Belediyesi ${index + 1}`;
      templates[index] = (await documents.importDocument(document, 'tr', 'historical-load')).id;
    }
  };
  await Promise.all([importer(), importer()]);
  const imported = performance.now();

  const owner = new pg.Client({ connectionString: context.ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query("SET LOCAL session_replication_role = 'replica'");
    await owner.query(
      `CREATE TEMP TABLE national_copies ON COMMIT DROP AS
       SELECT n, p.id AS template_plan, p.institution_id AS template_institution,
              gen_random_uuid() AS new_plan, gen_random_uuid() AS new_institution, k.kind
         FROM generate_series(1, $1::int) AS n
         JOIN unnest($2::uuid[]) WITH ORDINALITY AS t (plan_id, position) ON t.position = 1 + n % $3::int
         JOIN plans p ON p.id = t.plan_id
         JOIN unnest($4::text[]) WITH ORDINALITY AS k (kind, position) ON k.position = n`,
      [
        INSTITUTIONS - TEMPLATES,
        templates,
        TEMPLATES,
        Array.from({ length: INSTITUTIONS - TEMPLATES }, (_, index) => kindOf(index + 1)),
      ],
    );
    for (const { table, by } of COPIED) {
      const columns = (
        await owner.query<{ column_name: string; data_type: string }>(
          `SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1`,
          [table],
        )
      ).rows;
      const overrides: string[] = [];
      for (const { column_name: column, data_type: type } of columns) {
        if (table === 'institutions' && column === 'id') overrides.push(`'id', c.new_institution`);
        else if (table === 'plans' && column === 'id') overrides.push(`'id', c.new_plan`);
        else if (column === 'institution_id') overrides.push(`'institution_id', c.new_institution`);
        else if (column === 'plan_id') overrides.push(`'plan_id', c.new_plan`);
        // Ids of the copied rows (id, aim_id, target_id, indicator_id, unit ids): the template's id made the copy's.
        else if (type === 'uuid' && !column.endsWith('_by'))
          overrides.push(`'${column}', md5(s.${column}::text || '|' || c.n)::uuid`);
      }
      if (table === 'institutions')
        overrides.push(
          `'name', 'Ulusal ' || CASE c.kind WHEN 'belediye' THEN 'Belediyesi' WHEN 'buyuksehir' THEN 'Büyükşehir Belediyesi'
             WHEN 'birlik' THEN 'Belediyeler Birliği' ELSE 'Kent Konseyi' END || ' ' || c.n`,
          `'kind', c.kind`,
        );
      const key =
        by === 'institution'
          ? table === 'institutions'
            ? 'id'
            : 'institution_id'
          : table === 'plans'
            ? 'id'
            : 'plan_id';
      await owner.query(
        `INSERT INTO ${table}
         SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(s) || jsonb_build_object(${overrides.join(', ')}))).*
           FROM ${table} s JOIN national_copies c ON s.${key} = c.template_${by}`,
      );
    }
    await owner.query('COMMIT');
    await owner.query('ANALYZE');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  } finally {
    await owner.end();
  }
  const copied = performance.now();
  const [counts] = await dataSource.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM institutions) AS institutions, (SELECT count(*)::int FROM plans) AS plans,
            (SELECT count(*)::int FROM indicators) AS indicators, (SELECT count(*)::int FROM indicator_targets) AS yearly,
            (SELECT count(*)::int FROM indicator_values) AS "values",
            (SELECT count(*)::int FROM institutions WHERE kind = 'belediye') AS municipalities`,
  );
  console.log(
    `\nNational data: ${counts.institutions} institutions (${counts.municipalities} municipalities), ${counts.plans} plans, ` +
      `${counts.indicators} indicators, ${counts.yearly} yearly targets, ${counts.values} values; ` +
      `${TEMPLATES} plans imported in ${((imported - started) / 1000).toFixed(1)} s, ` +
      `${INSTITUTIONS - TEMPLATES} copied by SQL in ${((copied - imported) / 1000).toFixed(1)} s\n`,
  );

  // A union's secretariat: a member (reviewer) of 276 municipalities, signed in as a user is.
  const members = (
    await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM institutions WHERE kind = 'belediye' ORDER BY name LIMIT $1`,
      [UNION_MEMBERS],
    )
  ).map((row) => row.id);
  const account = { email: 'birlik-sekreterlik@bench.local', password: 'ulusal-bench-parolasi' };
  const created = await fetch(`${context.base}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, name: 'Birlik Sekreterliği' }),
  });
  if (!created.ok) throw new Error(`user: ${created.status} ${await created.text()}`);
  const userId = ((await created.json()) as { id: string }).id;
  await dataSource.query(
    `INSERT INTO memberships (user_id, institution_id, role) SELECT $1, id, 'reviewer' FROM unnest($2::uuid[]) AS id`,
    [userId, members],
  );
  const signedIn = await fetch(`${context.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: context.base },
    body: JSON.stringify(account),
  });
  if (!signedIn.ok) throw new Error(`sign-in: ${signedIn.status} ${await signedIn.text()}`);
  const unionToken = ((await signedIn.json()) as { accessToken: string }).accessToken;

  const abc = (where: string): string =>
    `SELECT i.plan_id, i.code, i.baseline AS a, y.value AS b, v.period, v.value AS c
       FROM indicators i JOIN plans p ON p.id = i.plan_id AND 2025 BETWEEN p.start_year AND p.end_year
       JOIN institutions inst ON inst.id = p.institution_id
       LEFT JOIN indicator_targets y ON y.indicator_id = i.id AND y.year = 2025
       LEFT JOIN indicator_values v ON v.indicator_id = i.id AND left(v.period, 4)::int <= 2025
      WHERE ${where}`;
  await ratesBeside(
    { ...context, token: unionToken },
    {
      label: `national data: union-wide plan rates of a union of ${UNION_MEMBERS} municipalities`,
      path: '/api/progress?period=2025',
      floorSql: abc(`inst.id IN (${members.map((id) => `'${id}'`).join(', ')})`),
      plansOf: (body) => (body as unknown[]).length,
      coldLimit: 600,
    },
  );
  await ratesBeside(context, {
    label: 'national comparison of every municipality',
    path: '/api/progress/national?kind=belediye&period=2025',
    floorSql: abc(`inst.kind = 'belediye'`),
    plansOf: (body) => (body as { plans: unknown[] }).plans.length,
  });
}
