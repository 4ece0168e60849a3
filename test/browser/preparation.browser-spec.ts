import { describe, expect, it } from '@jest/globals';
import type { PreparationResponse } from '../../src/contracts/preparation.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import { STEP_COLOURS } from '../../client/charts/preparation-timeline-chart.js';
import { ok } from '../support/requests.js';
import {
  canvasPixels,
  createUser,
  overflowing,
  pixelsNear,
  waitForScreen,
  type BrowserApp,
} from './support/browser-app.js';
import { DEMO_PLANNER as PLANNER, openPlanScreen, PHONE, useDemoPlan } from './support/fixtures.js';

/**
 * The preparation programme of the Kızıltepe demo draft (election 31 March 2019): its team of
 * three with a coordinator, its eight default steps drawn on the timeline chart, the steps past
 * their end date marked late, and a step the planner adds, still there after a reload.
 */

const READER = { email: 'meclis@kiziltepe.test', password: 'browser-test-password' };

let t: BrowserApp;
let planId = '';

useDemoPlan('Kızıltepe Belediyesi', async (demo) => {
  t = demo.app;
  const draft = demo.plan;
  planId = draft.id;
  await createUser(t, {
    email: READER.email,
    name: 'Derya Meclis',
    role: 'reviewer',
    institutionId: draft.institution.id,
    password: READER.password,
  });
});

describe('the preparation programme', () => {
  it('shows the team, the steps on a timeline with the late ones marked, and keeps a step the planner adds', async () => {
    const { page, errors } = await openPlanScreen(t, PLANNER, planId, 'preparation', '', PHONE);
    // The team: three people, one coordinator.
    const rows = page.locator('.prep-team-table tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(page.locator('.prep-team-table tr[data-role="coordinator"] th').textContent()).resolves.toBe(
      'Zeynep Aslan',
    );
    // Eight default steps, drawn as eight bars; the deadline of 2019 is long past, so the steps
    // not done are late, red on the chart and "N gün gecikti" in the list.
    const steps = page.locator('.prep-step-list > li');
    await expect(steps.count()).resolves.toBe(8);
    await expect(
      page.$eval('.prep-chart canvas', (canvas) => {
        const chart = (
          canvas as HTMLCanvasElement & { chart: { getDatasetMeta(i: number): { data: unknown[] } } }
        ).chart;
        return chart.getDatasetMeta(0).data.length;
      }),
    ).resolves.toBe(8);
    const pixels = await canvasPixels(page, '.prep-chart canvas');
    expect(pixelsNear(pixels, STEP_COLOURS.late)).toBeGreaterThan(100);
    expect(pixelsNear(pixels, STEP_COLOURS.done)).toBeGreaterThan(30);
    const late = page.locator('.prep-step-list > li[data-state="late"]');
    await expect(late.count()).resolves.toBe(6);
    await expect(late.first().locator('.prep-late').textContent()).resolves.toMatch(/^[\d.]+ gün gecikti$/);
    await expect(page.locator('.prep-step-list > li[data-state="done"] .prep-late').count()).resolves.toBe(0);
    // The screen reader's table says it too.
    await expect(page.locator('.prep-chart table tbody tr').nth(2).textContent()).resolves.toContain(
      'gün gecikti',
    );
    expect(await overflowing(page)).toEqual([]);

    // An end date before the start is refused beside the end date, and the text stays.
    const form = page.locator('form.prep-step-form');
    await form.getByLabel('Adım', { exact: true }).fill('Paydaş anketi');
    await form.getByLabel('Sorumlu').selectOption({ label: 'Hüseyin Güler' });
    await form.getByLabel('Başlangıç tarihi').fill('2019-06-10');
    await form.getByLabel('Bitiş tarihi').fill('2019-06-01');
    await form.getByRole('button', { name: 'Adımı ekle' }).click();
    await form.locator('.field-error').waitFor();
    await expect(form.locator('[aria-invalid="true"]').getAttribute('name')).resolves.toBe('dueDate');
    await expect(form.getByLabel('Adım', { exact: true }).inputValue()).resolves.toBe('Paydaş anketi');
    await form.getByLabel('Bitiş tarihi').fill('2019-06-30');
    await form.getByRole('button', { name: 'Adımı ekle' }).click();
    await page.locator('.prep-step-list > li:nth-child(9)').waitFor();

    await page.reload();
    await waitForScreen(page, '/plans/:planId/preparation');
    const added = page.locator('.prep-step-list > li').nth(8);
    await expect(added.locator('.prep-step-title').textContent()).resolves.toBe('Paydaş anketi');
    await expect(added.textContent()).resolves.toContain('Sorumlu: Hüseyin Güler');
    await expect(added.getAttribute('data-state')).resolves.toBe('late');
    await expect(
      page.$eval(
        '.prep-chart canvas',
        (canvas) =>
          (
            canvas as HTMLCanvasElement & { chart: { getDatasetMeta(i: number): { data: unknown[] } } }
          ).chart.getDatasetMeta(0).data.length,
      ),
    ).resolves.toBe(9);
    const stored = await ok(t.api.get<PreparationResponse>(`/api/plans/${planId}/preparation`));
    expect(stored.steps.at(-1)).toMatchObject({
      title: 'Paydaş anketi',
      startDate: '2019-06-10',
      dueDate: '2019-06-30',
      status: 'planned',
      position: 9,
      late: true,
    });
    // The browser logs the refused request (400 DATE_ORDER); nothing else went wrong.
    expect(
      errors.filter((error) => !(error.includes('400') && error.includes('/preparation/steps'))),
    ).toEqual([]);
  }, 120_000);

  it('marks a late step done and moves a step up', async () => {
    const { page, errors } = await openPlanScreen(t, PLANNER, planId, 'preparation');
    const third = page.locator('.prep-step-list > li').nth(2);
    await expect(third.getAttribute('data-state')).resolves.toBe('late');
    await third.getByRole('button', { name: /^Düzenle: / }).click();
    const form = page.locator('form.prep-step-edit');
    await form.getByLabel('Durum').selectOption({ label: 'Tamamlandı' });
    await form.getByLabel('Tamamlanma tarihi').fill('2019-06-20');
    await form.getByRole('button', { name: 'Kaydet' }).click();
    await form.waitFor({ state: 'detached' });
    await waitForScreen(page, '/plans/:planId/preparation');
    const done = page.locator('.prep-step-list > li').nth(2);
    await expect(done.getAttribute('data-state')).resolves.toBe('done');
    await expect(done.locator('.prep-late').count()).resolves.toBe(0);
    await expect(done.textContent()).resolves.toContain('20.06.2019 tarihinde tamamlandı');

    // The step added last moves above "Yayım".
    await page
      .locator('.prep-step-list > li')
      .nth(8)
      .getByRole('button', { name: 'Yukarı taşı: Paydaş anketi' })
      .click();
    await page
      .locator('.prep-step-list > li:nth-child(8)[data-step-id] .prep-step-title')
      .filter({ hasText: 'Paydaş anketi' })
      .waitFor();
    const stored = await ok(t.api.get<PreparationResponse>(`/api/plans/${planId}/preparation`));
    expect(stored.steps.map((step) => step.title).slice(6)).toEqual([
      'Meclise sunuş',
      'Paydaş anketi',
      'Yayım',
    ]);
    expect(stored.steps[2]).toMatchObject({ status: 'done', doneDate: '2019-06-20', late: false });
    expect(errors).toEqual([]);
  }, 90_000);

  it('adds a planning team member; a second coordinator is refused beside the role', async () => {
    const { page, errors } = await openPlanScreen(t, PLANNER, planId, 'preparation');
    const form = page.locator('form.prep-member-form');
    // The institution's people are offered; someone from outside is named and titled.
    await expect(form.getByLabel('Kişi').locator('option').allTextContents()).resolves.toContain(
      'Ayşe Yıldız',
    );
    await form.getByLabel('Kişi').selectOption({ label: 'Kurum dışından biri (ad ve unvan yazın)' });
    await form.getByLabel('Ad soyad').fill('Derya Kent');
    await form.getByLabel('Unvan veya kurum').fill('Kent Konseyi Başkanı');
    await form.getByLabel('Ekipteki görevi').selectOption({ label: 'Koordinatör' });
    await form.getByRole('button', { name: 'Ekibe ekle' }).click();
    await form.locator('.field-error').waitFor();
    await expect(form.locator('[aria-invalid="true"]').getAttribute('name')).resolves.toBe('role');
    await expect(form.locator('.field-error').textContent()).resolves.toContain('Zeynep Aslan');
    await form.getByLabel('Ekipteki görevi').selectOption({ label: 'Üye' });
    await form.getByRole('button', { name: 'Ekibe ekle' }).click();
    await page.locator('.prep-team-table tbody tr').nth(3).waitFor();
    await expect(page.locator('.prep-team-table tbody tr').nth(3).textContent()).resolves.toContain(
      'Kent Konseyi Başkanı',
    );
    // A user of the institution joins by their account.
    await page.locator('form.prep-member-form').getByLabel('Kişi').selectOption({ label: 'Ayşe Yıldız' });
    await page.locator('form.prep-member-form').getByRole('button', { name: 'Ekibe ekle' }).click();
    await page.locator('.prep-team-table tbody tr').nth(4).waitFor();
    const stored = await ok(t.api.get<PreparationResponse>(`/api/plans/${planId}/preparation`));
    expect(stored.team.map((member) => [member.name, member.role, member.userId !== null])).toEqual([
      ['Zeynep Aslan', 'coordinator', false],
      ['Hüseyin Güler', 'member', false],
      ['Ahmet Yıldırım', 'member', false],
      ['Derya Kent', 'member', false],
      ['Ayşe Yıldız', 'member', true],
    ]);
    expect(errors.filter((error) => !(error.includes('400') && error.includes('/preparation/team')))).toEqual(
      [],
    );
  }, 90_000);

  it('fills an empty programme with the default steps', async () => {
    const plans = await ok(t.api.get<PlanSummaryResponse[]>('/api/plans'));
    const bilecik = plans.find((plan) => plan.institution.name === 'Bilecik Belediyesi');
    if (!bilecik) throw new Error('the Bilecik demo plan is missing');
    const { page, errors } = await openPlanScreen(t, PLANNER, bilecik.id, 'preparation');
    await expect(page.locator('.prep-step-list').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Varsayılan adımları ekle' }).click();
    await page.locator('.prep-step-list > li:nth-child(8)').waitFor();
    await expect(page.locator('.prep-chart canvas').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Varsayılan adımları ekle' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('is read-only for a council member', async () => {
    const { page, errors } = await openPlanScreen(t, READER, planId, 'preparation');
    await expect(page.locator('.prep-step-list > li').count()).resolves.toBeGreaterThan(7);
    await expect(page.locator('#main form').count()).resolves.toBe(0);
    await expect(
      page
        .locator('#main')
        .getByRole('button', { name: /Düzenle|Sil|Varsayılan/ })
        .count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
