import { describe, expect, it } from '@jest/globals';
import type { PlanVersionResponse } from '../../src/contracts/plan-versions.js';
import { DEMO_PASSWORD } from '../../src/database/seed-demo.js';
import { ok } from '../support/requests.js';
import { overflowing, waitForScreen, type BrowserApp } from './support/browser-app.js';
import { DEMO_PLANNER as PLANNER, openSignedIn, PHONE, useDemoPlan } from './support/fixtures.js';

/**
 * The update (güncelleme) path of a plan in force, on the Bilecik demo plan: the planner proposes
 * an update from the overview's lifecycle panel and sees its diff; the administrator (another
 * user) approves it and the version list shows it in force; an administrator cannot approve an
 * update of their own (four-eyes), and is told so in Turkish.
 */

const ADMIN = { email: 'yonetici@pusula.local', password: DEMO_PASSWORD };

let t: BrowserApp;
let planId = '';

useDemoPlan('Bilecik Belediyesi', (demo) => {
  t = demo.app;
  if (demo.plan.status !== 'yururlukte') throw new Error('the Bilecik demo plan in force is missing');
  planId = demo.plan.id;
});

describe('updating a plan in force', () => {
  it('a planner proposes an update and sees its diff; the administrator approves it and it is in force', async () => {
    const { page, errors } = await openSignedIn(t, PLANNER, `/plans/${planId}`, '/plans/:planId', PHONE);
    await page.locator('.lifecycle').getByRole('link', { name: 'Güncelleme öner' }).click();
    await waitForScreen(page, '/plans/:planId/updates/new');
    await page.getByLabel('Yürürlük yılı').selectOption('2024');
    // No reason: refused beside the field, nothing sent.
    await page.getByRole('button', { name: 'Güncellemeyi öner' }).click();
    await expect(page.locator('[aria-invalid="true"]').first().getAttribute('name')).resolves.toBe('reason');
    await page.getByLabel('Gerekçe').fill('Deprem sonrası yatırım önceliklerinin değişmesi');
    await page.locator('details[data-target="H1.1"] summary').click();
    // Years before the effective year keep their targets.
    await expect(page.getByLabel('PG1.1.1 2023 hedefi').isDisabled()).resolves.toBe(true);
    await page.getByLabel('PG1.1.1 2024 hedefi').fill('30.000');
    // A weight that breaks WEIGHTS_SUM: the server's refusal is shown, in Turkish, at the weights.
    await page.getByLabel('PG1.1.1 hedefe etkisi (%)').fill('95');
    await page.getByRole('button', { name: 'Güncellemeyi öner' }).click();
    const refusal = page.locator('[data-error-path="weights"] + .field-error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/H1\.1 .*100 olmalı/);
    await expect(page.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe(
      'UPDATE_RULES',
    );
    const weight = page.getByLabel('PG1.1.1 hedefe etkisi (%)');
    await weight.fill((await weight.getAttribute('data-original')) ?? '');
    await page.locator('textarea[name="cards.H1.1.risks"]').fill('Ödenek yetersizliği\nİhale gecikmesi');
    await page.getByRole('button', { name: 'Güncellemeyi öner' }).click();

    // The new version's diff: before and after, side by side, under H1.1.
    await waitForScreen(page, '/plans/:planId/versions/:number');
    const h11 = page.locator('.diff-target[data-target="H1.1"]');
    const target = h11.locator('tbody[data-kind="target"]');
    await expect(target.locator('.diff-what').textContent()).resolves.toContain('PG1.1.1');
    await expect(target.locator('.diff-what').textContent()).resolves.toContain('2024 hedefi');
    await expect(target.locator('.diff-before').textContent()).resolves.toBe('24.000');
    await expect(target.locator('.diff-after').textContent()).resolves.toBe('30.000');
    await expect(h11.locator('tbody[data-kind="card"] .diff-after li').allTextContents()).resolves.toEqual([
      'Ödenek yetersizliği',
      'İhale gecikmesi',
    ]);
    await expect(page.locator('.version-facts').textContent()).resolves.toContain('Onay bekliyor');
    // A planner does not decide: no buttons, a note.
    await expect(page.getByRole('button', { name: 'Onayla' }).count()).resolves.toBe(0);
    await expect(page.locator('.version-decision').textContent()).resolves.toContain(
      'yöneticisi onayladığında',
    );
    expect(await overflowing(page)).toEqual([]);
    // The browser logs the refused request (400 UPDATE_RULES); nothing else went wrong.
    expect(errors.filter((error) => !(error.includes('400') && error.includes('/updates')))).toEqual([]);

    // The administrator, another user, approves it.
    const admin = await openSignedIn(
      t,
      ADMIN,
      `/plans/${planId}/versions/2`,
      '/plans/:planId/versions/:number',
    );
    await admin.page.locator('form.version-approve').getByRole('button', { name: 'Onayla' }).click();
    await admin.page.locator('.version-decision').waitFor({ state: 'detached' });
    await expect(admin.page.locator('.version-facts').textContent()).resolves.toContain('Yürürlükte');

    // The version list: version 2 in force, version 1 approved before it; each opens its diff.
    await admin.page.getByRole('link', { name: 'Tüm sürümler' }).click();
    await waitForScreen(admin.page, '/plans/:planId/versions');
    const rows = admin.page.locator('.versions-table tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).getAttribute('data-version')).resolves.toBe('2');
    await expect(rows.nth(0).locator('.version-status').textContent()).resolves.toBe('Yürürlükte');
    await expect(rows.nth(0).textContent()).resolves.toContain('Ayşe Yıldız');
    await expect(rows.nth(0).textContent()).resolves.toContain('Hasan Çelik');
    await expect(rows.nth(1).locator('.version-status').textContent()).resolves.toBe('Onaylandı');
    const versions = await ok(t.api.get<PlanVersionResponse[]>(`/api/plans/${planId}/versions`));
    expect(versions.find((version) => version.number === 2)).toMatchObject({
      status: 'approved',
      effectiveYear: 2024,
      changes: [{ indicator: 'PG1.1.1', year: 2024, old: 24000, new: 30000 }],
    });
    expect(admin.errors).toEqual([]);
  }, 180_000);

  it('an administrator cannot approve an update they proposed: the server says why; rejecting it takes a reason', async () => {
    const api = await t.login(ADMIN.email, ADMIN.password);
    const proposed = await ok(
      api.post<PlanVersionResponse>(`/api/plans/${planId}/updates`, {
        effectiveYear: 2024,
        reason: 'Kayıp-kaçak hedefinin riskleri',
        cards: { 'H1.2': { needs: ['Akıllı sayaç yatırımı'] } },
      }),
      201,
    );
    const { page, errors } = await openSignedIn(
      t,
      ADMIN,
      `/plans/${planId}/versions/${proposed.number}`,
      '/plans/:planId/versions/:number',
      PHONE,
    );
    await expect(page.locator('.version-own').textContent()).resolves.toContain('Dört göz ilkesi');
    await page.locator('form.version-approve').getByRole('button', { name: 'Onayla' }).click();
    const summary = page.locator('form.version-approve .error-summary');
    await summary.waitFor();
    await expect(summary.getAttribute('data-error-code')).resolves.toBe('SELF_APPROVAL');
    const text = (await summary.textContent()) ?? '';
    expect(text).not.toContain('SELF_APPROVAL');
    expect(text).toContain('Dört göz ilkesi');
    // Still proposed.
    await page.reload();
    await waitForScreen(page, '/plans/:planId/versions/:number');
    await expect(page.locator('.version-facts').textContent()).resolves.toContain('Onay bekliyor');

    // Rejecting needs a reason; then the version is rejected and the list says why.
    const reject = page.locator('form.version-reject');
    await reject.getByRole('button', { name: 'Reddet' }).click();
    await expect(reject.locator('[aria-invalid="true"]').getAttribute('name')).resolves.toBe('reason');
    await reject.getByLabel('Ret gerekçesi').fill('Bütçe görüşmelerinden sonra yeniden önerilecek');
    await reject.getByRole('button', { name: 'Reddet' }).click();
    await page.locator('.version-decision').waitFor({ state: 'detached' });
    await expect(page.locator('.version-facts').textContent()).resolves.toContain('Reddedildi');
    await page.getByRole('link', { name: 'Tüm sürümler' }).click();
    await waitForScreen(page, '/plans/:planId/versions');
    const row = page.locator(`.versions-table tr[data-version="${proposed.number}"]`);
    await expect(row.locator('.version-status').textContent()).resolves.toBe('Reddedildi');
    await expect(row.textContent()).resolves.toContain('Bütçe görüşmelerinden sonra yeniden önerilecek');
    // Nothing pending: an update can be proposed again.
    await expect(page.getByRole('link', { name: 'Güncelleme öner' }).count()).resolves.toBe(1);
    // The browser logs the refused request (409); nothing else went wrong.
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  }, 120_000);
  it('a planner adds an indicator to a target in an update, weights summing to 100 again', async () => {
    const { page, errors } = await openSignedIn(
      t,
      PLANNER,
      `/plans/${planId}/updates/new`,
      '/plans/:planId/updates/new',
    );
    await page.getByLabel('Gerekçe').fill('Akıllı sayaç projesi');
    await page.locator('details[data-target="H1.2"] summary').click();
    await page.getByRole('button', { name: 'H1.2 hedefine gösterge ekle' }).click();
    const added = page.locator('fieldset.update-new-indicator');
    await expect(added.getByLabel('Kod').inputValue()).resolves.toBe('PG1.2.4');
    await added.getByLabel('Gösterge adı').fill('Akıllı sayaç sayısı');
    await added.getByLabel('Hedefe etkisi (%)').fill('10');
    // Baseline and the remaining year's target are required, checked before sending.
    await page.getByRole('button', { name: 'Güncellemeyi öner' }).click();
    await expect(
      page
        .locator('[aria-invalid="true"]')
        .evaluateAll((fields) => fields.map((field) => field.getAttribute('name'))),
    ).resolves.toEqual(['indicators[0].baseline', 'indicators[0].targets.2024']);
    await added.getByLabel('Başlangıç değeri (A)').fill('0');
    await added.getByLabel('2024 hedefi').fill('1.500');
    await page.getByLabel('PG1.2.1 hedefe etkisi (%)').fill('40');
    await page.getByRole('button', { name: 'Güncellemeyi öner' }).click();
    await waitForScreen(page, '/plans/:planId/versions/:number');
    const indicator = page.locator('.diff-target[data-target="H1.2"] tbody[data-kind="indicator"]');
    await expect(indicator.locator('.diff-what').textContent()).resolves.toBe(
      'Eklenen gösterge: PG1.2.4 Akıllı sayaç sayısı',
    );
    await expect(indicator.locator('.diff-after').textContent()).resolves.toContain('2024: 1.500');
    const weight = page.locator('.diff-target[data-target="H1.2"] tbody[data-kind="weight"]');
    await expect(weight.locator('.diff-before').textContent()).resolves.toBe('50');
    await expect(weight.locator('.diff-after').textContent()).resolves.toBe('40');
    expect(errors).toEqual([]);
  }, 90_000);
});
