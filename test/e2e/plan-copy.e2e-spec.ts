import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type {
  ImportResponse,
  PlanResponse,
  PreviousRealisationResponse,
} from '../../src/contracts/resources.js';
import { addMember, ok, refusedUnchanged, type ImportedPlan, importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const PASSWORD = 'a-long-password';

let source: ImportedPlan;
let sourceDocument: PlanDocument;

beforeAll(async () => {
  source = await importExample(t.api, { institutionName: 'Kopya Belediyesi' });
  sourceDocument = await ok(t.api.get<PlanDocument>(`${source.plan}/document`));
});

describe('POST /api/plans/:planId/copy', () => {
  let copyId: string;

  it('starts a new draft for the next five years with the strategy carried over and no number of the old plan', async () => {
    const copied = await ok(t.api.post<ImportResponse>(`${source.plan}/copy`, {}), 201);
    copyId = copied.id;
    const plan = await ok(t.api.get<PlanResponse>(`/api/plans/${copyId}`));
    expect(plan).toMatchObject({
      title: '2030-2034 Stratejik Planı',
      startYear: 2030,
      endYear: 2034,
      status: 'taslak',
      previousPlanId: source.planId,
      institution: { id: source.institutionId },
      submittedToCouncil: null,
      councilDecision: null,
      electionDate: null,
      mission: sourceDocument.plan.mission ?? null,
      vision: sourceDocument.plan.vision ?? null,
      values: sourceDocument.plan.values ?? [],
    });
    const document = await ok(t.api.get<PlanDocument>(`/api/plans/${copyId}/document`));
    expect(document.plan.costing).toBeUndefined();
    expect(document.plan.aims.map((aim) => [aim.code, aim.title])).toEqual(
      sourceDocument.plan.aims.map((aim) => [aim.code, aim.title]),
    );
    const before = sourceDocument.plan.aims.flatMap((aim) => aim.targets);
    const after = document.plan.aims.flatMap((aim) => aim.targets);
    expect(after.map((target) => [target.code, target.title, target.responsibleUnit, target.risks])).toEqual(
      before.map((target) => [target.code, target.title, target.responsibleUnit, target.risks]),
    );
    for (const target of after) expect(target.costEstimate).toBeUndefined();
    const indicators = after.flatMap((target) => target.indicators);
    expect(indicators.map((indicator) => [indicator.code, indicator.weight, indicator.direction])).toEqual(
      before.flatMap((target) =>
        target.indicators.map((indicator) => [indicator.code, indicator.weight, indicator.direction]),
      ),
    );
    for (const indicator of indicators) {
      expect({ baseline: indicator.baseline, targets: indicator.targets, values: indicator.values }).toEqual({
        baseline: null,
        targets: {},
        values: undefined,
      });
    }
    // The old plan is as it was.
    expect(await ok(t.api.get<PlanDocument>(`${source.plan}/document`))).toEqual(sourceDocument);
  });

  it('shows what the old plan reached beside each carried indicator: its latest approved year-end', async () => {
    const realisation = await ok(
      t.api.get<PreviousRealisationResponse>(`/api/plans/${copyId}/previous-realisation`),
    );
    expect(realisation.previousPlan).toEqual({
      id: source.planId,
      title: sourceDocument.plan.title,
      startYear: 2025,
      endYear: 2029,
    });
    expect(realisation.basis).toBe('approved');
    // Today (2026-12-05 or later) the latest ended year of 2025–2029 with values is 2025.
    const progress = await ok(t.api.get<ProgressResponse>(`${source.plan}/progress?period=2025`));
    const expected = progress.aims.flatMap((aim) =>
      aim.targets.flatMap((target) =>
        target.indicators.map((indicator) => ({
          code: indicator.code,
          actual: indicator.actual,
          rate: indicator.rate,
        })),
      ),
    );
    expect(realisation.indicators.map(({ code, actual, rate }) => ({ code, actual, rate }))).toEqual(
      expect.arrayContaining(expected.filter((item) => item.actual !== null)),
    );
    const withValue = realisation.indicators.find((indicator) => indicator.actual !== null);
    expect(withValue?.period).toBe('2025');
    const original = await ok(t.api.get<PreviousRealisationResponse>(`${source.plan}/previous-realisation`));
    expect(original).toEqual({ previousPlan: null, basis: 'approved', indicators: [] });
  });

  it('takes a first year and a title', async () => {
    const copied = await ok(
      t.api.post<ImportResponse>(`${source.plan}/copy`, { startYear: 2031, title: 'Yeni dönem planı' }),
      201,
    );
    expect(await ok(t.api.get<PlanResponse>(`/api/plans/${copied.id}`))).toMatchObject({
      title: 'Yeni dönem planı',
      startYear: 2031,
      endYear: 2035,
    });
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    for (const body of [
      { startYear: 'next' },
      { startYear: 1800 },
      { title: '' },
      { title: 5 },
      { extra: 1 },
    ]) {
      const error = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
        t.api.post(`${source.plan}/copy`, body),
      );
      expect(error.details?.length).toBeGreaterThan(0);
    }
  });

  it('lets planners and administrators copy; unit managers and reviewers 403, other institutions 404', async () => {
    const member = async (email: string, role: string, institutionId = source.institutionId) =>
      (
        await addMember(t, {
          email,
          name: email,
          password: PASSWORD,
          institutionId,
          role,
          ...(role === 'unit_manager' ? { units: ['PARK'] } : {}),
        })
      ).client;
    const planner = await member('planner@copy.test', 'planner');
    expect((await planner.post(`${source.plan}/copy`, {})).status).toBe(201);
    for (const role of ['unit_manager', 'reviewer']) {
      const client = await member(`${role}@copy.test`, role);
      await refusedUnchanged(t, 403, 'FORBIDDEN', () => client.post(`${source.plan}/copy`, {}));
      expect((await client.get(`${source.plan}/previous-realisation`)).status).toBe(200);
    }
    const other = await importExample(t.api, { institutionName: 'Başka Kopya Belediyesi' });
    const stranger = await member('stranger@copy.test', 'planner', other.institutionId);
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () => stranger.post(`${source.plan}/copy`, {}));
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      stranger.get(`${source.plan}/previous-realisation`),
    );
    await refusedUnchanged(t, 401, 'UNAUTHORIZED', () => t.anonymous.post(`${source.plan}/copy`, {}));
  });
});
