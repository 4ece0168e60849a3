import { beforeAll, describe, expect, it } from '@jest/globals';
import { cardSaveRequest, type TargetCardResponse } from '../../src/contracts/drafting.js';
import { contentStampSql } from '../../src/database/content-stamp.js';
import { PlanEditorService } from '../../src/modules/plans/plan-editor.service.js';
import {
  contentOf,
  loadPlanRows,
  type PlanContent,
} from '../../src/modules/plans/plan-storage.repository.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import { importPlan, ok, type ImportedPlan } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

// The plan editor keeps a plan's content rows (aims, targets, indicators, yearly targets, entries)
// between card saves, at the plan's content stamp (content_version and the indicators' value
// stamps, src/database/content-stamp.ts), and reads them again only when the stamp has moved. These tests hold the kept rows against a fresh read after every kind of card change,
// and show that a change made outside the editor (here: psql as the owner) is never answered
// from the kept rows.

const t = useTestApp();
let plan: ImportedPlan;

beforeAll(async () => {
  plan = await importPlan(
    t.api,
    workedExampleDocument({ institutionName: 'Önbellek Belediyesi', planStatus: 'taslak' }),
  );
});

function editor(): PlanEditorService {
  return t.app.get(PlanEditorService);
}

/** Content rows in an order of their keys, so two reads compare whatever order the rows came in. */
function normalised(content: PlanContent): Record<string, unknown[]> {
  const by = <T>(rows: readonly T[], key: (row: T) => string): T[] =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    aims: by(content.aims, (row) => row.id),
    targets: by(content.targets, (row) => row.id),
    indicators: by(content.indicators, (row) => row.id),
    yearlyTargets: by(content.yearlyTargets, (row) => `${row.indicatorId} ${row.year}`),
    values: by(content.values, (row) => row.id),
  };
}

async function contentVersion(): Promise<string> {
  const [row] = await t.ownerQuery<{ version: string }>(`SELECT ${contentStampSql('$1::uuid')} AS version`, [
    plan.planId,
  ]);
  return row.version;
}

/** The kept content equals what a fresh read of the database answers, at the database's version. */
async function expectKeptAsStored(): Promise<void> {
  const kept = editor().contentCache.get(plan.planId);
  expect(kept).toBeDefined();
  const fresh = contentOf(await loadPlanRows(t.dataSource.manager, plan.planId));
  expect(kept?.version).toBe(await contentVersion());
  expect(normalised(kept?.content ?? fresh)).toEqual(normalised(fresh));
}

async function card(code: string): Promise<TargetCardResponse> {
  return ok(t.api.get<TargetCardResponse>(`${plan.plan}/targets/${code}/card`));
}

async function save(code: string, edit: (request: ReturnType<typeof cardSaveRequest>) => void) {
  const request = cardSaveRequest(await card(code));
  edit(request);
  return ok(t.api.put<TargetCardResponse>(`${plan.plan}/targets/${code}/card`, request));
}

describe('the plan content kept between card saves', () => {
  it('is after every kind of card change what a fresh read answers, and serves the next save', async () => {
    const { hits } = editor().contentCache.counts;
    await save('H1.1', (request) => {
      request.title = 'Yeşil alanları artırmak (önbellek)';
    });
    await expectKeptAsStored();
    await save('H1.1', (request) => {
      request.indicators[0].targets = { ...request.indicators[0].targets, '2027': 165000.5 };
      request.indicators[1].name = 'Şikâyet çözüm süresi (gün)';
    });
    await expectKeptAsStored();
    await save('H1.1', (request) => {
      request.indicators[2].weight = 15;
      request.indicators.push({
        ...request.indicators[2],
        code: undefined,
        name: 'Yeni gösterge',
        weight: 10,
      });
    });
    await expectKeptAsStored();
    const added = await card('H1.1');
    expect(added.indicators.map((indicator) => indicator.name)).toContain('Yeni gösterge');
    await save('H1.1', (request) => {
      request.indicators = request.indicators.filter((indicator) => indicator.name !== 'Yeni gösterge');
      request.indicators[2].weight = 25;
      request.collaboratingUnits = [];
    });
    await expectKeptAsStored();
    // The second save on read the content kept by the first: three saves found it current.
    expect(editor().contentCache.counts.hits).toBeGreaterThanOrEqual(hits + 3);
  });

  it('reads the tables again when the content changed outside the editor, and answers by them', async () => {
    const before = await save('H1.1', (request) => {
      request.title = 'Yeşil alanları artırmak';
    });
    expect(before.validation.issues.map((issue) => issue.code)).not.toContain('WEIGHTS_SUM');
    const { misses } = editor().contentCache.counts;
    // Another card's weight changed by hand in the database: H1.2's only indicator now weighs 60.
    await t.ownerQuery(`UPDATE indicators SET weight = 60 WHERE plan_id = $1 AND code = 'PG1.2.1'`, [
      plan.planId,
    ]);
    const saved = await save('H1.1', (request) => {
      request.risks = ['Kamulaştırma gecikmeleri', 'Bütçe kısıtı'];
    });
    expect(editor().contentCache.counts.misses).toBe(misses + 1);
    // The whole plan's validation in the answer sees the weight psql wrote.
    expect(saved.validation.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'WEIGHTS_SUM' })]),
    );
    await expectKeptAsStored();
    await t.ownerQuery(`UPDATE indicators SET weight = 100 WHERE plan_id = $1 AND code = 'PG1.2.1'`, [
      plan.planId,
    ]);
  });

  it('reads the entries again after a value entered through the API, which no longer moves content_version', async () => {
    await save('H1.1', (request) => {
      request.title = 'Yeşil alanları artırmak (değer girişi)';
    });
    const [{ version: before }] = await t.ownerQuery<{ version: string }>(
      'SELECT content_version::text AS version FROM plans WHERE id = $1',
      [plan.planId],
    );
    const stampBefore = await contentVersion();
    await ok(t.api.post(`${plan.plan}/periods`, { period: '2026-H1' }), 201);
    await ok(t.api.put(`${plan.plan}/indicators/PG1.2.1/values/2026-H1`, { value: 65 }), 201);
    const [{ version: after }] = await t.ownerQuery<{ version: string }>(
      'SELECT content_version::text AS version FROM plans WHERE id = $1',
      [plan.planId],
    );
    // Opening the period moved nothing of the content; the entry moved its indicator's stamp only.
    expect(after).toBe(before);
    expect(await contentVersion()).not.toBe(stampBefore);
    const { misses } = editor().contentCache.counts;
    await save('H1.1', (request) => {
      request.title = 'Yeşil alanları artırmak';
    });
    expect(editor().contentCache.counts.misses).toBe(misses + 1);
    const kept = editor().contentCache.get(plan.planId);
    expect(kept?.content.values.map((row) => [row.period, row.value])).toContainEqual(['2026-H1', 65]);
    await expectKeptAsStored();
  });

  it('keeps what was stored when a save is refused', async () => {
    const current = await card('H1.1');
    const stale = {
      ...cardSaveRequest(current),
      version: current.target.version - 1,
      title: 'Eski sürümden',
    };
    expectError(await t.api.put(`${plan.plan}/targets/H1.1/card`, stale), 409, 'STALE_VERSION');
    const again = await save('H1.1', (request) => {
      request.title = 'Yeşil alanları artırmak';
    });
    expect(again.target.title).toBe('Yeşil alanları artırmak');
    await expectKeptAsStored();
  });

  it('refuses a change to a kept row in place', () => {
    const kept = editor().contentCache.get(plan.planId);
    const indicator = kept?.content.indicators[0];
    expect(indicator).toBeDefined();
    expect(() => {
      if (indicator) (indicator as { name: string }).name = 'değiştirildi';
    }).toThrow(TypeError);
  });
});
