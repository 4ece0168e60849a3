import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanRateResponse, ProgressResponse } from '../../src/contracts/progress.js';
import { secondPlanner } from '../support/corrections.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { ProgressService } from '../../src/modules/progress/progress.service.js';

/** Progress is cached; these prove no figure outlives the data it was computed from. */
describe('progress cache and the union-wide view', () => {
  let t: TestApp;
  let planId: string;
  const h11Rate = async (): Promise<number | null> =>
    (await t.api.get<ProgressResponse>(`/api/plans/${planId}/progress?period=2025`)).body.aims[0].targets[0]
      .rate;

  beforeAll(async () => {
    t = await createTestApp();
    planId = (await t.api.post<{ id: string }>('/api/plans/import', workedExampleDocument())).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('tags the answer, answers a repeated read by tag with 304, and a changed figure with 200 and a new tag', async () => {
    const route = `/api/plans/${planId}/progress?period=2025`;
    const first = await t.api.get<ProgressResponse>(route);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    // Signed in: never stored by a browser (http-hardening); a client holding the answer asks by tag.
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    // The kept text is the answer as the engine computes it.
    const service = t.app.get(ProgressService);
    expect(first.body).toEqual(
      JSON.parse(JSON.stringify(await service.getProgress(planId, '2025', 'tr'))) as ProgressResponse,
    );
    const again = await t.api.get<string>(route, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // Another basis, another period, the default period: other answers, other tags.
    const all = await t.api.get(`/api/plans/${planId}/progress?period=2025&basis=all`, {
      'if-none-match': etag,
    });
    expect(all.status).toBe(200);
    expect(all.headers.get('etag')).not.toBe(etag);
    const h1 = await t.api.get(`/api/plans/${planId}/progress?period=2025-H1`, { 'if-none-match': etag });
    expect(h1.status).toBe(200);
    // The tag proves nothing without access: an anonymous request holding it is refused.
    expect((await t.anonymous.get(route, { 'if-none-match': etag })).status).toBe(401);
    // A change behind the application moves the stamp: the old tag gets the new figures.
    await t.dataSource.query(
      `UPDATE indicator_values SET value = 112000 FROM indicators i
        WHERE i.id = indicator_values.indicator_id AND i.code = 'PG1.1.1' AND indicator_values.period = '2025-H2'`,
    );
    const changed = await t.api.get<ProgressResponse>(route, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    // (112000 − 100000) / (120000 − 100000) = 60 for PG1.1.1: 0.40·60 + 0.35·100 + 0.25·0 = 59.
    expect(changed.body.aims[0].targets[0].rate).toBeCloseTo(59, 6);
    await t.dataSource.query(
      `UPDATE indicator_values SET value = 115000 FROM indicators i
        WHERE i.id = indicator_values.indicator_id AND i.code = 'PG1.1.1' AND indicator_values.period = '2025-H2'`,
    );
    expect(await h11Rate()).toBeCloseTo(65, 6);
  });

  it('recomputes after a value corrected through the API', async () => {
    expect(await h11Rate()).toBeCloseTo(65, 6);
    // Imported values are approved: a change goes through a correction with a reason, proposed
    // (which changes no figure) and approved by a second planner.
    const route = `/api/plans/${planId}/indicators/PG1.1.1/values/2025-H2/correct`;
    const proposed = await t.api.post(route, { value: 120000, reason: 'Kesin ölçüm' });
    expect(proposed.status).toBe(202);
    expect(await h11Rate()).toBeCloseTo(65, 6);
    const approved = await (await secondPlanner(t, planId)).post(`${route}/approve`, {});
    expect(approved.status).toBe(200);
    // PG1.1.1 now 100: 0.40·100 + 0.35·100 + 0.25·0 = 75.
    expect(await h11Rate()).toBeCloseTo(75, 6);
  });

  it('recomputes after a change made behind the application, straight in SQL', async () => {
    await t.dataSource.query(
      `UPDATE indicator_values SET value = 115000 FROM indicators i
        WHERE i.id = indicator_values.indicator_id AND i.code = 'PG1.1.1' AND indicator_values.period = '2025-H2'`,
    );
    expect(await h11Rate()).toBeCloseTo(65, 6);
    await t.dataSource.query(
      `UPDATE indicator_targets SET value = 110000 FROM indicators i WHERE i.id = indicator_targets.indicator_id AND i.code = 'PG1.1.1' AND year = 2025`,
    );
    // B = 110000: (115000 − 100000) / (110000 − 100000) = 150 → clamped 100; 40 + 35 + 0 = 75.
    expect(await h11Rate()).toBeCloseTo(75, 6);
  });

  it('recomputes after the plan settings change', async () => {
    await t.dataSource.query(
      `UPDATE plans SET settings = '{"clampTargetRates": false}'::jsonb WHERE id = $1`,
      [planId],
    );
    // Raw rates 150, 150, −50: 0.40·150 + 0.35·150 + 0.25·(−50) = 100.
    expect(await h11Rate()).toBeCloseTo(100, 6);
  });

  it('lists the plan rates of every plan covering the period, equal to each plan’s own progress', async () => {
    const second = (
      await t.api.post<{ id: string }>(
        '/api/plans/import',
        workedExampleDocument({ institutionName: 'İkinci Belediye' }),
      )
    ).body.id;
    const rates = await t.api.get<PlanRateResponse[]>('/api/progress?period=2025');
    expect(rates.status).toBe(200);
    expect(rates.body.map((row) => row.planId).sort()).toEqual([planId, second].sort());
    for (const row of rates.body) {
      const own = await t.api.get<ProgressResponse>(`/api/plans/${row.planId}/progress?period=2025`);
      expect(row).toMatchObject({
        basis: 'approved',
        rate: own.body.rate,
        coverage: own.body.coverage,
        band: own.body.band,
      });
      expect(row.aims).toEqual(
        own.body.aims.map((aim) => ({
          code: aim.code,
          rate: aim.rate,
          coverage: aim.coverage,
          band: aim.band,
        })),
      );
    }
    const second2025 = rates.body.find((row) => row.planId === second);
    expect(second2025?.rate).toBeCloseTo(77.5, 6);
    expect(second2025?.institution).toBe('İkinci Belediye');
  });

  it('leaves out plans that do not cover the period and rejects a bad period', async () => {
    expect((await t.api.get<PlanRateResponse[]>('/api/progress?period=2031')).body).toEqual([]);
    const bad = await t.api.get<{ code: string }>('/api/progress?period=2025-H2');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('PERIOD_INVALID');
  });
});
