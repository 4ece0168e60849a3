import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
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

  describe('entries of one target at once (each indicator its own stamp, issue 17)', () => {
    let entryPlan: string;
    const actuals = async (): Promise<Record<string, number | null>> => {
      const answer = await t.api.get<ProgressResponse>(
        `/api/plans/${entryPlan}/progress?period=2026-H1&basis=all`,
      );
      expect(answer.status).toBe(200);
      return Object.fromEntries(
        answer.body.aims.flatMap((aim) =>
          aim.targets.flatMap((target) =>
            target.indicators.map((indicator) => [indicator.code, indicator.actual]),
          ),
        ),
      );
    };
    const put = (code: string, value: number) =>
      t.api.put(`/api/plans/${entryPlan}/indicators/${code}/values/2026-H1`, {
        value,
        note: 'Eşzamanlı giriş',
      });

    beforeAll(async () => {
      // Its own institution and a period no other test of this file reads (2026-H1).
      entryPlan = (
        await t.api.post<{ id: string }>(
          '/api/plans/import',
          workedExampleDocument({ institutionName: 'Eşzamanlı Giriş Belediyesi' }),
        )
      ).body.id;
      expect((await t.api.post(`/api/plans/${entryPlan}/periods`, { period: '2026-H1' })).status).toBe(201);
    });

    it('shows both of two concurrent entries of one target in the progress cached before them, round after round', async () => {
      expect(await actuals()).toMatchObject({ 'PG1.1.1': null, 'PG1.1.2': null });
      for (let round = 1; round <= 5; round += 1) {
        // Cached now: the next read is served from the cache unless a stamp moved.
        await actuals();
        const answers = await Promise.all([put('PG1.1.1', 120000 + round), put('PG1.1.2', 9 - round / 10)]);
        expect(answers.map((answer) => answer.status)).toEqual(round === 1 ? [201, 201] : [200, 200]);
        expect(await actuals()).toMatchObject({ 'PG1.1.1': 120000 + round, 'PG1.1.2': 9 - round / 10 });
      }
      const stored = await t.ownerQuery<{ code: string; value: string }>(
        `SELECT i.code, v.value::text AS value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
          WHERE v.plan_id = $1 AND v.period = '2026-H1' ORDER BY i.code`,
        [entryPlan],
      );
      expect(stored).toEqual([
        { code: 'PG1.1.1', value: '120005' },
        { code: 'PG1.1.2', value: '8.5' },
      ]);
    });

    it('saves an entry while another indicator of the same target has an entry in an open transaction, and shows both once it commits', async () => {
      await actuals();
      // A unit's entry of PG1.1.3 holding what a PUT holds (the plan shared, the indicator locked,
      // the row written) and not yet committed.
      const held = new pg.Client({ connectionString: t.database.ownerUrl });
      await held.connect();
      try {
        await held.query('BEGIN');
        await held.query('SELECT 1 FROM plans WHERE id = $1 FOR KEY SHARE', [entryPlan]);
        await held.query(
          `INSERT INTO indicator_values (institution_id, plan_id, indicator_id, period, value, status, version)
           SELECT institution_id, plan_id, id, '2026-H1', 66, 'draft', 1 FROM indicators
            WHERE plan_id = $1 AND code = 'PG1.1.3' FOR NO KEY UPDATE`,
          [entryPlan],
        );
        // Before the value stamps, this waited on the plan row until the other entry committed.
        let timer: NodeJS.Timeout | undefined;
        const other = await Promise.race([
          put('PG1.1.1', 130000),
          new Promise<'waited'>((done) => (timer = setTimeout(() => done('waited'), 10_000))),
        ]);
        clearTimeout(timer);
        expect(other === 'waited' ? other : other.status).toBe(200);
        expect(await actuals()).toMatchObject({ 'PG1.1.1': 130000, 'PG1.1.3': null });
        await held.query('COMMIT');
      } finally {
        await held.end();
      }
      expect(await actuals()).toMatchObject({ 'PG1.1.1': 130000, 'PG1.1.2': 8.5, 'PG1.1.3': 66 });
    });
  });
});
