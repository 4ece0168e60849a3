import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { ProgrammeResponse } from '../../src/contracts/programme.js';
import * as activityProgress from './support/activity-progress.js';
import { overflowing, waitForScreen } from './support/browser-app.js';
import { DESKTOP, PHONE, openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/*
 * Monitoring the performance programme (issue 14 points 5 and 8) through the screens, on the
 * worked example's plan (2025–2029): its 2026 programme, made and accepted through the API, has
 * PH1 = H1.1 with F01 Park yapımı (PARK, 03: 1,000 TL) and F02 Denetim (ZABITA, 01: 500 TL); the
 * 2026-H1 period is open. The park unit's manager enters F01's progress in the worklist — 40 %
 * done, 350.50 TL under 03, nothing under the other codes (not reported, not zero) — and submits
 * it; the planner approves it in the approval queue. Then the park unit writes its 2026 unit
 * activity report beside F01's approved 40 % and 350,5 TL and submits it; the planner sees it
 * waiting in the activity report workspace (1 of 2 units submitted, none approved) and approves it.
 */

const USERS = {
  planner: { email: 'planlama@izleme.test', name: 'Ayşe Planlamacı', role: 'planner' },
  park: { email: 'park@izleme.test', name: 'Mehmet Park', role: 'unit_manager', units: ['PARK'] },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS, undefined, 120_000);

const shots = process.env.PUSULA_SCREENSHOTS;
const shot = async (page: Page, name: string): Promise<void> => {
  if (shots) await page.screenshot({ path: join(shots, name), fullPage: true });
};

beforeAll(async () => {
  const pp = `/api/plans/${plan.id}/programmes/2026`;
  const must = async (answer: Promise<{ status: number; body: unknown }>): Promise<void> => {
    const { status, body } = await answer;
    if (status >= 300) throw new Error(`${status} ${JSON.stringify(body)}`);
  };
  await must(t.api.put(pp, { proposal: { '01': 500, '03': 1000 } }));
  await must(t.api.post(`${pp}/targets`, { target: 'H1.1' }));
  for (const activity of [
    { target: 'PH1', name: 'Park yapımı', unit: 'PARK', budget: { '03': 1000 } },
    { target: 'PH1', name: 'Denetim', unit: 'ZABITA', budget: { '01': 500 } },
  ])
    await must(t.api.post(`${pp}/activities`, activity));
  for (const code of ['PG1.1.1', 'PG1.1.2', 'PG1.1.3'])
    await must(t.api.put(`${pp}/targets/PH1/indicators/${code}`, { figures: { '2024': 1, '2025': 1 } }));
  await must(t.api.post(`${pp}/submit`, { date: '2025-10-01' }));
  await must(t.api.post(`${pp}/accept`, { date: '2025-10-10', number: '2025/77' }));
  // Published, with its plan: the public pages show it (the last test).
  await must(t.api.post(`${pp}/publish`, { date: '2025-11-01' }));
  await must(t.api.post(`/api/plans/${plan.id}/publish`, {}));
  await must(t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026-H1' }));
}, 120_000);

describe('activity progress in the worklist and the approval queue', () => {
  it('a unit manager enters an activity’s progress and spending on a phone and submits it; the planner approves it', async () => {
    // Only the unit's own activity: F02 belongs to the zabıta.
    const { unit, item } = await activityProgress.openParkWorklist(t, accounts.park, plan.id);
    const form = await activityProgress.openProgressForm(item);
    // Submitting without a percentage is refused at the field before anything is sent.
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await expect(form.locator('[name="percent"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await activityProgress.fillProgress(form);
    await shot(unit.page, 'report-activity-progress-phone.png');
    await activityProgress.submitProgress(unit, form);
    const state = unit.page.locator('li.activity-entry[data-activity="F01"] .entry-state');
    await expect(state.locator('.state-badge').textContent()).resolves.toBe('Onaya gönderildi');
    await expect(state.locator('.activity-percent').textContent()).resolves.toBe('Gerçekleşme %40');
    await expect(state.locator('.activity-spending').textContent()).resolves.toBe('Harcama 350,5 TL');
    expect(await overflowing(unit.page)).toEqual([]);
    expect(unit.errors).toEqual([]);

    const { planner, queued } = await activityProgress.openActivityQueue(t, accounts.planner, plan.id);
    await expect(queued.locator('.entry-figures').textContent()).resolves.toBe(
      'Gerçekleşme yüzdesi (0–100)%40' +
        'Harcama (ekonomik koda göre, TL)03 Mal ve Hizmet Alım Giderleri: 350,5 TLToplam: 350,5 TL' +
        'Açıklama (ne yapıldı, ne gecikti ve neden)Zemin etüdü bitti',
    );
    await shot(planner.page, 'report-activity-approval.png');
    await activityProgress.approveQueued(planner, queued);
    const programme = await t.api.get<ProgrammeResponse>(`/api/plans/${plan.id}/programmes/2026`);
    // The approved figures: 40 %, 350.50 under 03 and no other code (not reported is not zero).
    expect(programme.body.targets[0].activities[0].progress[0].approved).toEqual({
      percent: 40,
      note: 'Zemin etüdü bitti',
      spending: { '03': 350.5 },
      spendingTotal: 350.5,
      status: 'approved',
    });
    expect(planner.errors).toEqual([]);
  }, 240_000);
});

describe('the unit activity report', () => {
  it('the park unit writes and submits its report beside its approved results; the planner sees the units’ status and approves it', async () => {
    const unit = await openSignedIn(
      t,
      accounts.park,
      `/plans/${plan.id}/activity-reports/2026/units/PARK`,
      '/plans/:planId/activity-reports/:year/units/:unit',
      PHONE,
    );
    await expect(unit.page.locator('.unit-report-state').getAttribute('data-state')).resolves.toBe('missing');
    // F01's approved progress, computed by the server.
    await expect(
      unit.page.locator('.unit-report-activities tr[data-activity="F01"] td').allTextContents(),
    ).resolves.toEqual(['Park yapımı', '2026 ara dönem (Ocak–Haziran)', '%40', '350,5 TL']);
    const form = unit.page.locator('form.unit-report-form');
    await form.getByLabel('Sorunlar').fill('Yüklenici gecikmesi');
    // Submitting needs both texts: refused at the empty field, nothing sent.
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await expect(form.locator('[name="proposals"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('Öneriler').fill('Sözleşmelere gecikme cezası');
    await shot(unit.page, 'report-unit-phone.png');
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await unit.page.waitForSelector('.unit-report-state[data-state="submitted"]');
    await expect(unit.page.locator('[data-field="problems"]').textContent()).resolves.toBe(
      'Yüklenici gecikmesi',
    );
    expect(await overflowing(unit.page)).toEqual([]);
    expect(unit.errors).toEqual([]);

    const planner = await openSignedIn(
      t,
      accounts.planner,
      `/plans/${plan.id}/activity-report?year=2026`,
      '/plans/:planId/activity-report',
      DESKTOP,
    );
    const rows = planner.page.locator('.unit-reports-table tbody tr');
    await expect(
      rows.evaluateAll((items) =>
        items.map((row) => [row.getAttribute('data-unit'), row.getAttribute('data-state')]),
      ),
    ).resolves.toContainEqual(['PARK', 'submitted']);
    await expect(planner.page.locator('.unit-reports canvas').getAttribute('aria-label')).resolves.toMatch(
      /^Birim faaliyet raporlarının durumu: Onaylandı 0, Onay bekliyor 1, /,
    );
    await shot(planner.page, 'report-units.png');
    await planner.page.locator('.unit-reports-table tr[data-unit="PARK"] a').click();
    await planner.page.waitForSelector('.unit-report-decision');
    await planner.page.getByRole('button', { name: 'Onayla', exact: true }).click();
    await planner.page.waitForSelector('.unit-report-state[data-state="approved"]');
    expect(planner.errors).toEqual([]);
  }, 240_000);
});

describe('the published programme on the public pages', () => {
  it('a citizen reads the 2026 programme from the plan’s public page, on a phone and on a desktop', async () => {
    for (const [viewport, name] of [
      [PHONE, 'programme-public.png'],
      [DESKTOP, 'programme-public-desktop.png'],
    ] as const) {
      const { page, errors } = await t.newPage({ viewport });
      await page.goto(`${t.baseUrl}/#/public/plans/${plan.id}`);
      await waitForScreen(page, '/public/plans/:id');
      await page.getByRole('link', { name: '2026 yılı performans programı' }).click();
      await waitForScreen(page, '/public/plans/:id/programmes/:year');
      await expect(page.locator('h1').textContent()).resolves.toBe('2026 yılı performans programı');
      await expect(
        page.locator('.public-pp-activities li[data-activity="F01"] strong').textContent(),
      ).resolves.toBe('Park yapımı');
      // Tablo 3 as the server computed it: 1,000 + 500 = 1,500 TL, all of it budget.
      await expect(
        page.locator('.pp-table tr[data-line="grand-total"]').locator('th, td').allTextContents(),
      ).resolves.toEqual(['Genel Toplam', '1.500 TL', '100', '0 TL', '1.500 TL']);
      // Nothing of the monitoring: no percentage done, no spending.
      await expect(page.locator('main').textContent()).resolves.not.toContain('Gerçekleşme %');
      expect(await overflowing(page)).toEqual([]);
      await shot(page, name);
      expect(errors).toEqual([]);
    }
  }, 120_000);
});
