import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type {
  AimResponse,
  IndicatorResponse,
  InstitutionResponse,
  PlanResponse,
  TargetResponse,
} from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

type Stale = ErrorBody & { current: { version: number } & Record<string, unknown> };

/** Every editable record carries a version; a write based on an old one gets 409 with the record as it is. */
describe('optimistic concurrency on plan content', () => {
  const t = useTestApp();
  let plan: string;

  beforeAll(async () => {
    // A draft: its content is patched one by one.
    ({ plan } = await importExample(t.api, { planStatus: 'taslak' }));
  });

  const cases: Array<[string, string, Record<string, unknown>, Record<string, unknown>]> = [
    ['plan', '', { title: 'İlk başlık' }, { title: 'Eski sürüme dayanan başlık' }],
    ['aim', '/aims/A1', { title: 'İlk amaç' }, { title: 'Eski sürüme dayanan amaç' }],
    ['target', '/targets/H1.1', { title: 'İlk hedef' }, { title: 'Eski sürüme dayanan hedef' }],
    ['indicator', '/indicators/PG1.1.1', { name: 'İlk ad' }, { name: 'Eski sürüme dayanan ad' }],
  ];

  it.each(cases)(
    '%s: a write with the version read succeeds and answers the new version; a stale one gets 409 with the current record',
    async (_kind, path, first, stale) => {
      const read = await t.api.get<{ version: number }>(`${plan}${path}`);
      const accepted = await t.api.patch<{ version: number }>(`${plan}${path}`, {
        ...first,
        version: read.body.version,
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body.version).toBe(read.body.version + 1);
      expect(accepted.body).toMatchObject(first);
      const before = await t.countRows();
      const refused = await t.api.patch<Stale>(`${plan}${path}`, { ...stale, version: read.body.version });
      expect([refused.status, refused.body.code]).toEqual([409, 'STALE_VERSION']);
      expect(refused.body.current).toMatchObject({ ...first, version: read.body.version + 1 });
      expect(await t.countRows()).toEqual(before);
      expect((await t.api.get(`${plan}${path}`)).body).toMatchObject(first);
    },
  );

  it('moves an indicator’s version when only its yearly targets change (in a draft: a plan in force changes them by an update)', async () => {
    const document = workedExampleDocument({ institutionName: 'Taslak Sürüm Belediyesi' });
    document.plan.status = 'taslak';
    const draft = `/api/plans/${(await t.api.post<{ id: string }>('/api/plans/import', document)).body.id}`;
    const read = await t.api.get<IndicatorResponse>(`${draft}/indicators/PG1.1.2`);
    const changed = await t.api.patch<IndicatorResponse>(`${draft}/indicators/PG1.1.2`, {
      targets: { ...read.body.targets, '2029': 4 },
      version: read.body.version,
    });
    expect(changed.body.version).toBe(read.body.version + 1);
    const stale = await t.api.patch<Stale>(`${draft}/indicators/PG1.1.2`, {
      unit: 'iş günü',
      version: read.body.version,
    });
    expect(stale.status).toBe(409);
  });

  it('guards institutions the same way', async () => {
    const planBody = (await t.api.get<PlanResponse>(plan)).body;
    const path = `/api/institutions/${planBody.institution.id}`;
    const read = await t.api.get<InstitutionResponse>(path);
    expect((await t.api.patch(path, { population: 191000, version: read.body.version })).status).toBe(200);
    const stale = await t.api.patch<Stale>(path, { population: 5, version: read.body.version });
    expect([stale.status, stale.body.code, stale.body.current.population]).toEqual([
      409,
      'STALE_VERSION',
      191000,
    ]);
  });

  it('answers each write with the record it wrote, inside its own transaction', async () => {
    const titles = Array.from({ length: 8 }, (_, index) => `Eşzamanlı hedef ${index}`);
    const answers = await Promise.all(
      titles.map((title) => t.api.patch<TargetResponse>(`${plan}/targets/H1.2`, { title })),
    );
    answers.forEach((answer, index) => expect(answer.body.title).toBe(titles[index]));
    const versions = answers.map((answer) => answer.body.version).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(titles.length);
    const aim = await t.api.patch<AimResponse>(`${plan}/aims/A1`, { title: 'Son amaç' });
    expect(aim.body.title).toBe('Son amaç');
  });
});
