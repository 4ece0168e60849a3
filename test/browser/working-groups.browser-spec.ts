import { describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../../src/database/seed-demo.js';
import type { BrowserApp } from './support/browser-app.js';
import { DEMO_PLANNER, openSignedIn, useDemoPlan } from './support/fixtures.js';
import { ok } from '../support/requests.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';

/**
 * The demo city council's working groups (#/councils/:institutionId, issue 15): the secretariat
 * opens them from the home page and sees the rules' findings, the groups with chair and
 * managers, the meeting month grid with the missed month, and the recommendation that reached
 * the municipal council.
 */

const SECRETARIAT = { email: 'sekreterlik@pusula.local', password: DEMO_PASSWORD };

let t: BrowserApp;
let councilId = '';

useDemoPlan('Kahramanmaraş Kent Meclisi', (demo) => {
  t = demo.app;
  councilId = demo.plan.institution.id;
});

describe('working groups', () => {
  it('shows findings, groups, the month grid with the missed month and a recommendation’s journey', async () => {
    const { page, errors } = await openSignedIn(t, SECRETARIAT, '/', '/');
    await page.locator('.council-link a').click();
    await page.waitForSelector('.council-groups');
    expect(page.url()).toContain(`#/councils/${councilId}`);
    await expect(page.locator('.council-findings li[data-code="WG_MONTHLY_MEETING"]').count()).resolves.toBe(
      1,
    );
    await expect(
      page.locator('.council-findings li[data-code="WG_FOUNDERS"]').textContent(),
    ).resolves.toContain('Gençlik ve Spor Çalışma Grubu');
    const rows = page.locator('.council-groups tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).locator('td').nth(1).textContent()).resolves.toBe('Fatma Arslan');
    await expect(rows.nth(2).locator('td').nth(0).textContent()).resolves.toBe('önerildi');
    const grid = page.locator('.council-group').first().locator('.month-grid .month');
    await expect(grid.count()).resolves.toBe(12);
    await expect(page.locator('.council-group').first().locator('.month.missed').count()).resolves.toBe(1);
    await expect(page.locator('.council-group').nth(1).locator('.month.missed').count()).resolves.toBe(0);
    const journey = page.locator('.journey[data-closed="true"]');
    await expect(journey.locator('h4').textContent()).resolves.toBe('Kaldırım rampaları için ortak standart');
    await expect(journey.locator('li[data-stage="municipal-council"]').textContent()).resolves.toContain(
      'Belediye meclisi',
    );
    expect(errors).toEqual([]);
  });

  it('shows the recommendation on the linked target of the Bilecik plan, with the planner’s reply', async () => {
    const plans = await ok(t.api.get<PlanSummaryResponse[]>('/api/plans'));
    const bilecik = plans.find((plan) => plan.institution.name === 'Bilecik Belediyesi');
    const { page, errors } = await openSignedIn(
      t,
      DEMO_PLANNER,
      `/plans/${bilecik?.id ?? ''}/targets/H1.1`,
      '/plans/:planId/targets/:code',
    );
    const section = page.locator('.council-recommendations');
    await expect(section.locator('h4').textContent()).resolves.toBe('Kaldırım rampaları için ortak standart');
    await expect(section.locator('.timeline li').count()).resolves.toBe(4);
    await expect(section.locator('.journey-reply').textContent()).resolves.toContain('Ayşe Yıldız');
    expect(errors).toEqual([]);
  });
});
