import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SERIES_COLOURS } from '../../client/charts/indicator-series-chart.js';
import { STATUS_COLOURS } from '../../client/charts/palette.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { canvasPixels, colourExtent, importPlan, pixelsNear, waitForScreen } from './support/browser-app.js';
import { DESKTOP, PHONE, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/**
 * The public transparency page (issue 4, screen 7), not signed in: a value a unit manager entered
 * and submitted stays off the page until a planner (another user: four-eyes) approves it; then it
 * is listed and drawn; a correction after approval is marked revised.
 */

let planner: ApiClient;
let manager: ApiClient;

const USERS = {
  planner: { email: 'planlama@public.test', name: 'Ali Planlamacı', role: 'planner' },
  manager: { email: 'park@public.test', name: 'Zeynep Park', role: 'unit_manager', units: ['PARK'] },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(async () => {
  const published = await t.api.post(`/api/plans/${plan.id}/publish`);
  expect(published.status).toBe(200);
  planner = await t.login(accounts.planner.email, accounts.planner.password);
  manager = await t.login(accounts.manager.email, accounts.manager.password);
}, 60_000);

async function openPublicPlan(page: Page): Promise<void> {
  await page.goto(`${t.baseUrl}/#/public`);
  await waitForScreen(page, '/public');
  await page.getByRole('link', { name: plan.title }).click();
  await waitForScreen(page, '/public/plans/:id');
}

/** Unfolds the "Ayrıntılar" section (codes, A/B/C, the charts) when it is folded. */
async function openDetails(page: Page): Promise<void> {
  const details = page.locator('details.public-details');
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
}

/** Opens PG1.1.1's approved values and waits for its line chart. */
async function openIndicator(page: Page) {
  await openDetails(page);
  const item = page.locator('li.indicator[data-code="PG1.1.1"]');
  await item.locator('details.indicator-values > summary').click();
  await item.locator('canvas').waitFor();
  return item;
}

const body = (text: string) => `li.indicator[data-code="PG1.1.1"] ${text}`;

describe('public transparency page', () => {
  it('shows a value only after approval, draws it, and marks a correction revised', async () => {
    const base = `/api/plans/${plan.id}`;
    expect((await planner.post(`${base}/periods`, { period: '2026-H1' })).status).toBe(201);
    const value = `${base}/indicators/PG1.1.1/values/2026-H1`;
    expect((await manager.put(value, { value: 125000, note: 'Saha ölçümü' })).status).toBe(201);
    expect((await manager.post(`${value}/submit`)).status).toBe(200);

    // Not signed in: reachable from the login page.
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await page.goto(`${t.baseUrl}/#/login`);
    await waitForScreen(page, '/login');
    await page.getByRole('link', { name: /Oturum açmadan yayımlanmış planlara/ }).click();
    await waitForScreen(page, '/public');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kamuya açık planlar');
    await page.getByRole('link', { name: plan.title }).click();
    await waitForScreen(page, '/public/plans/:id');

    // Submitted, not approved: the latest approved period is still 2025, and 2026-H1 is nowhere.
    await expect(page.getByLabel('Dönem', { exact: true }).inputValue()).resolves.toBe('2025');
    let item = await openIndicator(page);
    await expect(
      item
        .locator('.values-table tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-period'))),
    ).resolves.toEqual(['2025-H1', '2025-H2']);
    await expect(page.locator('#main').textContent()).resolves.not.toContain('125.000');
    const before = await colourExtent(page, body('canvas'), SERIES_COLOURS.actual);
    expect(before.count).toBeGreaterThan(100);

    // A planner, not the one who entered it, approves.
    expect((await planner.post(`${value}/approve`)).status).toBe(200);
    await openPublicPlan(page);
    await expect(page.getByLabel('Dönem', { exact: true }).inputValue()).resolves.toBe('2026-H1');
    await expect(page.locator(body('[data-figure="actual"]')).textContent()).resolves.toBe('125.000 m²');
    // H1.1 at 30 June 2026 rests on PG1.1.1 alone: (125000 − 100000) / (140000 − 100000) = 62.5.
    await expect(
      page.locator('li.public-target[data-code="H1.1"] .rate-value').first().textContent(),
    ).resolves.toBe('%62,5');
    await openDetails(page);
    await page.locator('section[aria-labelledby="public-chart-heading"] canvas').waitFor();
    // It rests on 40 % of H1.1's weight: its bar is the grey of "yetersiz veri", as its rate bar.
    const bars = await canvasPixels(page, 'section[aria-labelledby="public-chart-heading"] canvas');
    expect(pixelsNear(bars, STATUS_COLOURS.none)).toBeGreaterThan(500);
    expect(pixelsNear(bars, STATUS_COLOURS.warning)).toBe(0);
    expect(pixelsNear(bars, STATUS_COLOURS.good)).toBe(0);
    item = await openIndicator(page);
    await expect(
      item.locator('.values-table tr[data-period="2026-H1"] td').first().textContent(),
    ).resolves.toBe('125.000 m²');
    const after = await colourExtent(page, body('canvas'), SERIES_COLOURS.actual);
    // The actual line now reaches the 30 June 2026 point, further right than 2025's year end.
    expect(after.maxX).toBeGreaterThan(before.maxX + after.width / 20);
    const target = await colourExtent(page, body('canvas'), SERIES_COLOURS.target);
    expect(target.count).toBeGreaterThan(100);
    expect(target.maxX).toBeGreaterThan(target.width * 0.85);
    expect(after.maxX).toBeLessThan(after.width * 0.5);

    // Corrected after approval (proposed by the planner, approved by the administrator): the new
    // figure, marked revised with the first value and the reason.
    expect((await planner.post(`${value}/correct`, { value: 126000, reason: 'Ölçüm hatası' })).status).toBe(
      202,
    );
    expect((await t.api.post(`${value}/correct/approve`, {})).status).toBe(200);
    await openPublicPlan(page);
    await expect(page.locator(body('[data-figure="actual"]')).textContent()).resolves.toBe(
      '126.000 m² düzeltildi',
    );
    item = await openIndicator(page);
    const revised = item.locator('.values-table tr[data-period="2026-H1"]');
    await expect(revised.getAttribute('data-revised')).resolves.toBe('true');
    await expect(revised.textContent()).resolves.toContain('126.000 m² düzeltildi');
    await expect(revised.textContent()).resolves.toContain('İlk onaylanan değer: 125.000 m²');
    await expect(revised.textContent()).resolves.toContain('Düzeltme nedeni: Ölçüm hatası');
    await expect(item.locator('canvas').getAttribute('aria-label')).resolves.toContain(
      '2026-H1 126.000 m² (düzeltildi)',
    );
    // Notes and who entered are never public.
    await expect(page.locator('#main').textContent()).resolves.not.toContain('Saha ölçümü');
    await expect(page.locator('#main').textContent()).resolves.not.toContain('Zeynep');

    // The language switch changes the texts and keeps the figures.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/public/plans/:id');
    await expect(page.locator('#public-tree-heading').textContent()).resolves.toBe(
      'Aims, targets and indicators',
    );
    await expect(page.locator(body('[data-figure="actual"]')).textContent()).resolves.toBe(
      '126,000 m² revised',
    );

    expect(errors).toEqual([]);
  }, 90_000);

  it('is reachable from the header, lists only published plans, and reads on a phone', async () => {
    const hidden = await importPlan(t, workedExampleDocument({ institutionName: 'Yayımsız Belediyesi' }));
    const { page, errors } = await t.newPage({ viewport: PHONE });
    await page.goto(`${t.baseUrl}/#/login`);
    await waitForScreen(page, '/login');
    await page.locator('#app-header').getByRole('link', { name: 'Kamuya açık planlar' }).click();
    await waitForScreen(page, '/public');
    await expect(
      page
        .locator('li.plan-card')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-plan'))),
    ).resolves.toEqual([plan.id]);
    await page.goto(`${t.baseUrl}/#/public/plans/${hidden.id}`);
    await waitForScreen(page, 'error');
    await expect(page.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe(
      'PLAN_NOT_FOUND',
    );
    await openPublicPlan(page);
    // Nothing wider than the phone but the scrolling tables.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  }, 60_000);

  it('tells each aim in plain words on the first screen, folds codes and mission, and links the open data', async () => {
    const { page, errors } = await t.newPage({ viewport: PHONE });
    await page.goto(`${t.baseUrl}/#/public/plans/${plan.id}?period=2025`);
    await waitForScreen(page, '/public/plans/:id');

    // The worked example, 2025 (domain.md 4.4): 4 indicators with data, PG1.1.2 (150 %) beyond its target.
    const aim = page.locator('.aim-summary[data-aim="A1"]');
    await expect(aim.locator('.summary-lead').textContent()).resolves.toBe(
      "Bu amaçtaki 4 göstergenin tümü için 2025 verisi var; 1'i hedefe ulaştı.",
    );
    const sentences = await aim.locator('.summary-sentences li').allTextContents();
    expect(sentences).toContain('Park alanı: 2025 yıl sonunda 115.000 m² (hedef 120.000 m², %75).');
    expect(sentences).toContain('Şikâyet çözüm süresi: 2025 yıl sonunda 7 gün (hedef 8 gün, %150).');
    expect(sentences).toContain('Temiz sokak oranı: 2025 yıl sonunda %59 (hedef %60, %90).');
    // No codes and no A/B/C in the summary; they wait in the folded details.
    await expect(page.locator('.public-summary').textContent()).resolves.not.toMatch(
      /PG\d|H\d\.\d|\bA\d\b|\((A|B|C)\)/,
    );
    // A short first screen: plan, period and rate, then the summary begins within the phone's height.
    const summaryTop = (await page.locator('#public-summary-heading').boundingBox())?.y ?? Infinity;
    expect(summaryTop).toBeLessThan(PHONE.height);
    await expect(page.getByText('Kentlilere etkin hizmet').isVisible()).resolves.toBe(false);
    await expect(page.locator('li.indicator[data-code="PG1.1.1"]').isVisible()).resolves.toBe(false);
    await page.locator('details.public-identity > summary').click();
    await expect(page.getByText('Kentlilere etkin hizmet').isVisible()).resolves.toBe(true);
    await openDetails(page);
    await expect(page.locator('li.indicator[data-code="PG1.1.1"]').isVisible()).resolves.toBe(true);
    await page.locator('section[aria-labelledby="public-chart-heading"] canvas').waitFor();
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width).toBeLessThanOrEqual(PHONE.width);

    // Açık veri: CSV · JSON — the CSV downloads under its file name, the JSON names the licence.
    const csvLink = page.locator('.open-data a[data-format="csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe(`pusula-acik-veri-2025-2029-${plan.id}.csv`);
    const csv = await page.evaluate(
      async (url) => {
        const response = await fetch(url);
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          text: await response.text(),
        };
      },
      (await csvLink.getAttribute('href')) as string,
    );
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^plan_id,plan_name,institution,period,/);
    expect(csv.text).toContain(',PG1.1.1,Park alanı,m²,duzey,artis,40,100000,120000,115000,115000,75,');
    const jsonHref = (await page.locator('.open-data a[data-format="json"]').getAttribute('href')) as string;
    const json = await page.evaluate(
      async (url) => (await fetch(url)).json() as Promise<{ licence: { name: string } }>,
      jsonHref,
    );
    expect(json.licence.name).toContain('CC BY 4.0');
    await expect(page.locator('.open-data a[rel="license"]').textContent()).resolves.toContain('CC BY 4.0');
    expect(errors).toEqual([]);
  }, 60_000);
});
