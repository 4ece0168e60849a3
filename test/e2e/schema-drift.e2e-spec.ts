import { describe, expect, it } from '@jest/globals';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The entities and the migrations describe one schema: after the real migrations ran, TypeORM's
 * schema builder must find nothing to change. A migration without its entity change (or an entity
 * change without its migration) fails here instead of surfacing in `npm run migration:generate`.
 */
describe('schema drift', () => {
  const t = useTestApp();

  it('the entities match the schema the migrations built', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('an activity progress entry names exactly one activity, classic or programme-budget (issue 14 point 5)', async () => {
    // The CHECK is judged before the foreign keys (checked at the statement's end): neither and
    // both break it (23514); one alone passes it and fails only on the made-up ids (23503).
    const insert = (activity: string | null, budgetActivity: string | null): Promise<unknown> =>
      t.dataSource.query(
        `INSERT INTO programme_activity_progress_entries
           (institution_id, plan_id, activity_id, budget_activity_id, period, percent, spending, status, version)
         VALUES (gen_random_uuid(), gen_random_uuid(), $1, $2, '2024-H1', 10, '{}', 'draft', 1)`,
        [activity, budgetActivity],
      );
    const id = '00000000-0000-4000-8000-000000000001';
    const codeOf = async (work: Promise<unknown>): Promise<unknown> =>
      work.then(
        () => 'inserted',
        (error: { code?: string; constraint?: string }) => [error.code, error.constraint],
      );
    const check = ['23514', 'programme_activity_progress_entries_one_activity_check'];
    expect(await codeOf(insert(null, null))).toEqual(check);
    expect(await codeOf(insert(id, id))).toEqual(check);
    expect(await codeOf(insert(id, null))).toEqual(['23503', expect.any(String)]);
    expect(await codeOf(insert(null, id))).toEqual(['23503', expect.any(String)]);
  });
});
