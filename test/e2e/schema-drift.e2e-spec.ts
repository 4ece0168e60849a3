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
});
