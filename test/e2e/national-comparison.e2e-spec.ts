import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  NationalComparisonResponse,
  PlanRateResponse,
  ProgressResponse,
} from '../../src/contracts/progress.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import { buildMemberPlan } from '../../src/bench/plan-generator.js';
import { secondPlanner } from '../support/corrections.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { refusedUnchanged } from '../support/requests.js';
import { workedExampleDocument } from '../factories/plan-documents.js';

/**
 * The union-wide view and the national comparison read many plans at once (in batches, each plan
 * as one JSON text from PostgreSQL); every row must equal that plan's own GET progress.
 */
describe('union-wide view and national comparison', () => {
  let t: TestApp;
  const municipalities: string[] = [];
  let unionPlan: string;

  const ownRate = async (
    planId: string,
    basis: string,
  ): Promise<Pick<PlanRateResponse, 'rate' | 'coverage' | 'band' | 'aims'>> => {
    const own = await t.api.get<ProgressResponse>(`/api/plans/${planId}/progress?period=2025&basis=${basis}`);
    expect(own.status).toBe(200);
    return {
      rate: own.body.rate,
      coverage: own.body.coverage,
      band: own.body.band,
      aims: own.body.aims.map((aim) => ({
        code: aim.code,
        rate: aim.rate,
        coverage: aim.coverage,
        band: aim.band,
      })),
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const importPlan = async (document: unknown): Promise<string> => {
      const imported = await t.api.post<{ id: string }>('/api/plans/import', document);
      expect(imported.status).toBe(201);
      return imported.body.id;
    };
    // 30 generated municipalities of 150 indicators (more than one batch of the read), and the worked example.
    // Their values approved, as a historical load stores them.
    const approved = (index: number): PlanDocument => {
      const document = buildMemberPlan(index);
      for (const aim of document.plan.aims)
        for (const target of aim.targets)
          for (const indicator of target.indicators)
            for (const entry of Object.values(indicator.values ?? {})) entry.status = 'approved';
      return document;
    };
    for (let index = 0; index < 30; index += 1) municipalities.push(await importPlan(approved(index)));
    // Its values await approval: no rate on the approved basis (ranked last, not as 0), one on all.
    municipalities.push(
      await importPlan(
        workedExampleDocument({ institutionName: 'Örnek Belediyesi', valueStatus: 'submitted' }),
      ),
    );
    const union = approved(30);
    union.institution = { ...union.institution, name: 'Örnek Belediyeler Birliği', kind: 'birlik' };
    unionPlan = await importPlan(union);
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it('gives every plan the figures of its own GET progress, on both bases', async () => {
    for (const basis of ['approved', 'all']) {
      // Nothing cached: every plan's content version moved, as after an entry in each.
      await t.dataSource.query('UPDATE plans SET content_version = content_version + 1');
      const union = await t.api.get<PlanRateResponse[]>(`/api/progress?period=2025&basis=${basis}`);
      expect(union.status).toBe(200);
      expect(union.body.map((row) => row.planId).sort()).toEqual([...municipalities, unionPlan].sort());
      await t.dataSource.query('UPDATE plans SET content_version = content_version + 1');
      const national = await t.api.get<NationalComparisonResponse>(
        `/api/progress/national?kind=belediye&period=2025&basis=${basis}`,
      );
      expect(national.status).toBe(200);
      const example = union.body.find((row) => row.planId === municipalities[30]);
      expect(example?.rate === null).toBe(basis === 'approved');
      for (const row of union.body) {
        const own = await ownRate(row.planId, basis);
        expect(row).toMatchObject({ period: '2025', basis, ...own });
        if (row.planId !== unionPlan)
          expect(national.body.plans.find((item) => item.planId === row.planId)).toEqual(row);
      }
      // Cached: the same answer again.
      expect((await t.api.get(`/api/progress?period=2025&basis=${basis}`)).body).toEqual(union.body);
    }
  }, 240_000);

  it('compares the plans of one kind, ranked by rate, with the plans per band', async () => {
    const national = await t.api.get<NationalComparisonResponse>(
      '/api/progress/national?kind=belediye&period=2025',
    );
    expect(national.status).toBe(200);
    const body = national.body;
    expect(body).toMatchObject({ kind: 'belediye', period: '2025', basis: 'approved' });
    // Only municipalities: the union is of another kind.
    expect(body.plans.map((row) => row.planId).sort()).toEqual([...municipalities].sort());
    const rates = body.plans.map((row) => row.rate);
    const rated = rates.filter((rate): rate is number => rate !== null);
    expect(rated.length).toBeGreaterThan(0);
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    // Plans without a rate come last, never ranked as 0.
    expect(rates.slice(rated.length).every((rate) => rate === null)).toBe(true);
    expect(Object.values(body.bands).reduce((sum, count) => sum + count, 0)).toBe(body.plans.length);
    for (const [band, count] of Object.entries(body.bands))
      expect(body.plans.filter((row) => row.band === band)).toHaveLength(count);
    const unions = await t.api.get<NationalComparisonResponse>(
      '/api/progress/national?kind=birlik&period=2025',
    );
    expect(unions.body.plans.map((row) => row.planId)).toEqual([unionPlan]);
    expect(
      (await t.api.get<NationalComparisonResponse>('/api/progress/national?kind=belediye&period=2031')).body,
    ).toMatchObject({ plans: [], bands: { none: 0, good: 0 } });
  });

  it('refuses a bad kind, period or basis with 400 and its code, and anyone but a superadmin with 403', async () => {
    for (const [query, code, path] of [
      ['kind=ilce&period=2025', 'INSTITUTION_KIND_INVALID', 'kind'],
      ['period=2025', 'INSTITUTION_KIND_INVALID', 'kind'],
      ['kind=belediye&period=2025-H3', 'PERIOD_INVALID', 'period'],
      ['kind=belediye', 'PERIOD_INVALID', 'period'],
      ['kind=belediye&period=2025&basis=hepsi', 'BASIS_INVALID', 'basis'],
    ]) {
      const body = await refusedUnchanged(t, 400, code, () => t.api.get(`/api/progress/national?${query}`));
      expect(body.details).toEqual([expect.objectContaining({ path, code })]);
      expect(body.message).not.toContain(code);
    }
    const turkish = await t.api.get<{ message: string }>(
      '/api/progress/national?kind=ilce&period=2025&lang=tr',
    );
    expect(turkish.body.message).toContain('Kurum türü');
    const planner = await secondPlanner(t, municipalities[0]);
    expect((await planner.get('/api/progress/national?kind=belediye&period=2025')).status).toBe(403);
    // The planner's own union-wide view: only their institution.
    const own = await planner.get<PlanRateResponse[]>('/api/progress?period=2025');
    expect(own.body.map((row) => row.planId)).toEqual([municipalities[0]]);
    expect((await t.anonymous.get('/api/progress/national?kind=belediye&period=2025')).status).toBe(401);
  });
});
