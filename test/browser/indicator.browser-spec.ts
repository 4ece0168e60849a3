import { beforeAll, describe, expect, it } from '@jest/globals';
import { SERIES_COLOURS } from '../../client/charts/indicator-series-chart.js';
import type { PlanResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import {
  canvasColourAt,
  colourExtent,
  importPlan,
  openHeaderMenu,
  waitForScreen,
} from './support/browser-app.js';
import { PHONE, openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/**
 * The indicator page (issue 4, screen 2), reached from the overview tree: the line chart of
 * baseline, targets and actuals drawn where the figures put them, the values with who entered
 * and approved each, and the audit history of the indicator.
 *
 * PG1.1.1 of the worked example (A = 100000, B = 120000 … 200000 for 2025–2029, 2025 values
 * imported); the PARK manager enters and submits 125000 for 2026-H1, a planner approves it and
 * proposes to correct it to 126000, which the administrator approves.
 */

const USERS = {
  planner: { email: 'planlama@indicator.test', name: 'Ali Planlamacı', role: 'planner' },
  manager: { email: 'park@indicator.test', name: 'Zeynep Park', role: 'unit_manager', units: ['PARK'] },
  reviewer: { email: 'meclis@indicator.test', name: 'Can Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(async () => {
  const plannerAccount = accounts.planner;
  const planner: ApiClient = await t.login(plannerAccount.email, plannerAccount.password);
  const manager: ApiClient = await t.login(accounts.manager.email, accounts.manager.password);
  const base = `/api/plans/${plan.id}`;
  const value = `${base}/indicators/PG1.1.1/values/2026-H1`;
  expect((await planner.post(`${base}/periods`, { period: '2026-H1' })).status).toBe(201);
  expect((await manager.put(value, { value: 125000, note: 'Saha ölçümü' })).status).toBe(201);
  expect((await manager.post(`${value}/submit`)).status).toBe(200);
  expect((await planner.post(`${value}/approve`)).status).toBe(200);
  expect((await planner.post(`${value}/correct`, { value: 126000, reason: 'Ölçüm hatası' })).status).toBe(
    202,
  );
  expect((await t.api.post(`${value}/correct/approve`, {})).status).toBe(200);
}, 60_000);

describe('indicator page', () => {
  it('a reviewer opens PG1.1.1 from the overview: chart, who entered and approved, and the history', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.reviewer,
      `/plans/${plan.id}?period=2026-H1`,
      '/plans/:planId',
    );
    const target = page.locator('details.target[data-code="H1.1"]');
    await target.locator('summary').first().click();
    await target.getByRole('link', { name: 'PG1.1.1 Park alanı' }).click();
    await waitForScreen(page, '/plans/:planId/indicators/:code');
    await expect(page.locator('h1').textContent()).resolves.toBe('PG1.1.1 Park alanı');
    await expect(page.locator('.page-header .eyebrow').textContent()).resolves.toBe(
      'Hedef H1.1: Yeşil alanları artırmak',
    );

    // The chart: three distinct lines where the figures put them. Actuals exist for 2025-H1 to
    // 2026-H1 (the first 3 of 10 periods), targets for every year end to 2029, the baseline
    // (100000) below both.
    const canvas = 'section[data-section="series"] canvas';
    const actual = await colourExtent(page, canvas, SERIES_COLOURS.actual);
    const targets = await colourExtent(page, canvas, SERIES_COLOURS.target);
    const baseline = await colourExtent(page, canvas, SERIES_COLOURS.baseline);
    expect(actual.count).toBeGreaterThan(150);
    expect(targets.count).toBeGreaterThan(150);
    expect(baseline.count).toBeGreaterThan(50);
    expect(actual.maxX).toBeLessThan(actual.width * 0.45);
    expect(targets.maxX).toBeGreaterThan(targets.width * 0.85);
    // The actual line starts at 30 June 2025, left of the first target (2025 year end).
    expect(actual.minX).toBeLessThan(targets.minX - 20);
    // Higher values are drawn higher: every target and actual lies above the baseline line.
    expect(targets.maxY).toBeLessThan(baseline.minY);
    expect(actual.maxY).toBeLessThan(baseline.minY);
    await expect(page.locator(canvas).getAttribute('aria-label')).resolves.toContain(
      '2026-H1 126.000 m² (düzeltildi)',
    );

    // Target, actual and rate per period: the corrected 2026-H1 counts (126000 → 65 %), marked.
    const period = page.locator('.periods-table tr[data-period="2026-H1"] td');
    await expect(period.allTextContents()).resolves.toEqual(['—', '126.000 m² düzeltildi', '%65']);
    await expect(page.locator('.periods-table tr[data-period="2027"] td').allTextContents()).resolves.toEqual(
      ['160.000 m²', 'veri yok', 'veri yok'],
    );

    // Who entered and who approved each value, with dates; an approval by import says so.
    const row = page.locator('.values-table tr[data-period="2026-H1"]');
    await expect(row.locator('[data-cell="entered"]').textContent()).resolves.toMatch(
      /^Zeynep Parkgönderildi: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    await expect(row.locator('[data-cell="approved"]').textContent()).resolves.toMatch(
      /^Ali Planlamacı\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    await expect(row.textContent()).resolves.toContain('İlk onaylanan değer: 125.000 m²');
    await expect(row.textContent()).resolves.toContain('Düzeltme nedeni: Ölçüm hatası');
    await expect(row.textContent()).resolves.toContain('Not: Saha ölçümü');
    const imported = page.locator('.values-table tr[data-period="2025-H2"]');
    // Issue 9: an imported value is entered by its importer (the superadmin here); only the
    // demo's historical load has no one, and reads "içe aktarım". Its approval came with the import.
    await expect(imported.locator('[data-cell="entered"]').textContent()).resolves.toBe('Yönetici');
    await expect(imported.locator('[data-cell="approved"]').textContent()).resolves.toBe(
      'içe aktarımla onaylı',
    );
    await expect(imported.textContent()).resolves.toContain('Sapma nedeni: İhale gecikti');

    // The history: 8 import entries (indicator, 5 yearly targets, 2 values), the 4 steps of 2026-H1
    // and the correction: its proposal, the value's change and its approval.
    const history = page.locator('section[data-section="history"]');
    await expect(history.locator('li.audit-entry').count()).resolves.toBe(14);
    await expect(history.getByText('14 kayıttan 14 tanesi gösteriliyor.').isVisible()).resolves.toBe(true);
    const entries = history.locator('li.audit-entry[data-period="2026-H1"]');
    await expect(entries.allTextContents()).resolves.toEqual([
      expect.stringMatching(
        /2026 ara dönem \(Ocak–Haziran\) düzeltme önerisi onaylandıYapan: Yönetici.*Durum: onay bekliyor → onaylandı.*Karar veren: boş → Yönetici.*Gerekçe: Ölçüm hatası/,
      ),
      expect.stringMatching(
        /2026 ara dönem \(Ocak–Haziran\) değeri değiştirildiYapan: Yönetici.*Değer: 125\.000 → 126\.000.*Gerekçe: Ölçüm hatası/,
      ),
      expect.stringMatching(
        /değeri için düzeltme önerildiYapan: Ali Planlamacı.*Önceki değer: 125\.000.*Değer: 126\.000.*Gerekçe: Ölçüm hatası/,
      ),
      expect.stringMatching(/değeri değiştirildiYapan: Ali Planlamacı.*Durum: onaya gönderildi → onaylandı/),
      expect.stringMatching(/değeri değiştirildiYapan: Zeynep Park.*Durum: taslak → onaya gönderildi/),
      expect.stringMatching(/değeri girildiYapan: Zeynep Park.*Değer: 125\.000.*Durum: taslak/),
    ]);
    await expect(history.locator('li.audit-entry[data-entity="indicator_target"]').count()).resolves.toBe(5);

    expect(errors).toEqual([]);
  }, 60_000);

  it('a unit manager reads the page on a phone without the history, and in English', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.manager,
      `/plans/${plan.id}/indicators/PG1.1.1`,
      '/plans/:planId/indicators/:code',
      PHONE,
    );
    await expect(page.locator('section[data-section="history"]').textContent()).resolves.toContain(
      'Değişiklik geçmişini strateji geliştirme birimi, meclis üyeleri ve yöneticiler görebilir.',
    );
    await expect(page.locator('li.audit-entry').count()).resolves.toBe(0);
    const actual = await colourExtent(page, 'section[data-section="series"] canvas', SERIES_COLOURS.actual);
    expect(actual.count).toBeGreaterThan(50);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // On a phone the language switch is in the header menu.
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId/indicators/:code');
    await expect(page.locator('#series-heading').textContent()).resolves.toBe('Targets and actuals');
    await expect(
      page.locator('.values-table tr[data-period="2026-H1"] [data-cell="approved"]').textContent(),
    ).resolves.toMatch(/^Ali Planlamacı\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    // An indicator the plan does not have: the API's error, shown by the router.
    await page.goto(`${t.baseUrl}/#/plans/${plan.id}/indicators/PG9.9.9`);
    await waitForScreen(page, 'error');
    await expect(page.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe(
      'INDICATOR_NOT_FOUND',
    );
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  }, 60_000);

  it('draws a donemsel indicator as two bars per year (first half, year total), never one line', async () => {
    // Trees planted, a per-year flow: 2025 first half 400, second half 700 → year total 1,100.
    const doc = workedExampleDocument({ institutionName: 'Ağaç Belediyesi' });
    const trees = doc.plan.aims[0].targets[1].indicators[0];
    Object.assign(trees, {
      name: 'Dikilen ağaç',
      unit: 'adet',
      valueType: 'donemsel',
      method: 'F2',
      baseline: 800,
      targets: { '2025': 1000, '2026': 1200, '2027': 1400, '2028': 1600, '2029': 1800 },
      values: {
        '2025-H1': { value: 400, status: 'approved' },
        '2025-H2': { value: 700, status: 'approved', deviationReason: 'Fidan teslimi gecikti' },
      },
    });
    const treesPlan: PlanResponse = await importPlan(t, doc);
    const { page, errors } = await openSignedIn(
      t,
      TEST_ADMIN,
      `/plans/${treesPlan.id}/indicators/PG1.2.1`,
      '/plans/:planId/indicators/:code',
    );
    const canvas = 'section[data-section="series"] canvas';
    await expect(page.locator(canvas).getAttribute('aria-label')).resolves.toContain('çubuk grafiği');
    // Where Chart.js put the two 2025 bars (year index 0): the first half (dataset 0) left of the
    // year total (dataset 1), the total taller; read the colour drawn halfway up each bar.
    const bars = await page.$eval(canvas, (element) => {
      type Bar = { x: number; y: number; base: number };
      const chart = (
        element as HTMLCanvasElement & {
          chart: {
            getDatasetMeta(index: number): { type: string; data: Bar[] };
            scales: { y: { getPixelForValue(value: number): number } };
          };
        }
      ).chart;
      const bar = (dataset: number) => {
        const { x, y, base } = chart.getDatasetMeta(dataset).data[0];
        return { x, y, base, type: chart.getDatasetMeta(dataset).type };
      };
      return { firstHalf: bar(0), yearTotal: bar(1), zero: chart.scales.y.getPixelForValue(0) };
    });
    expect([bars.firstHalf.type, bars.yearTotal.type]).toEqual(['bar', 'bar']);
    expect(bars.firstHalf.x).toBeLessThan(bars.yearTotal.x - 5);
    expect(bars.yearTotal.y).toBeLessThan(bars.firstHalf.y);
    // Both stand on 0: the value axis starts at 0.
    expect(Math.abs(bars.firstHalf.base - bars.zero)).toBeLessThan(1);
    const middle = (bar: { x: number; y: number; base: number }) =>
      canvasColourAt(page, canvas, bar.x, (bar.y + bar.base) / 2);
    await expect(middle(bars.firstHalf)).resolves.toBe(SERIES_COLOURS.firstHalf);
    await expect(middle(bars.yearTotal)).resolves.toBe(SERIES_COLOURS.actual);
    await expect(page.locator('.series-legend').textContent()).resolves.toContain('İlk altı ay');
    expect(errors).toEqual([]);
  }, 60_000);

  it('lets the value axis fit the data when the plan says so for the indicator (chartFromZero false)', async () => {
    const doc = workedExampleDocument({ institutionName: 'Eksen Belediyesi' });
    doc.plan.aims[0].targets[0].indicators[0].chartFromZero = false;
    const fittedPlan: PlanResponse = await importPlan(t, doc);
    const lowest = async (code: string): Promise<number> => {
      const { page, errors } = await openSignedIn(
        t,
        TEST_ADMIN,
        `/plans/${fittedPlan.id}/indicators/${code}`,
        '/plans/:planId/indicators/:code',
      );
      const min = await page.$eval(
        'section[data-section="series"] canvas',
        (element) =>
          (element as HTMLCanvasElement & { chart: { scales: { y: { min: number } } } }).chart.scales.y.min,
      );
      expect(errors).toEqual([]);
      await page.close();
      return min;
    };
    // PG1.1.1 runs from A = 100000 to B = 200000: the fitted axis starts well above 0.
    expect(await lowest('PG1.1.1')).toBeGreaterThan(50000);
    // Its neighbour keeps the default.
    expect(await lowest('PG1.1.2')).toBe(0);
  }, 60_000);
});
