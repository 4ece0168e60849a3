import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import { STATUS_COLOURS } from '../../client/charts/palette.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import {
  canvasPixels,
  importPlan,
  pixelsNear,
  startBrowserApp,
  waitForScreen,
  type BrowserApp,
} from './support/browser-app.js';
import { openSignedIn, PHONE } from './support/fixtures.js';

/**
 * The union-wide view (#/union, issue 11 point 10): three plans of 2025 — a union's and two
 * members' — side by side, sorted by rate or name, filtered by name, drawn as bars in their bands.
 *
 * From the worked example (domain.md 4.4), year 2025:
 * - Kartal: as it is, H1.1 65, H1.2 90 → 77.5 (warning), all 4 indicators.
 * - Bilecik: PG1.1.3 reaches its target (C = 60 → 100) and PG1.2.1 exceeds it (C = 61 → 110,
 *   counted 100): H1.1 = 0.40 × 75 + 0.35 × 100 + 0.25 × 100 = 90, H1.2 100 → 95 (good).
 * - Marmara Test Birliği: only PG1.1.1 has a value: H1.1 75 on 40 % of its weight, H1.2 none →
 *   75, coverage (40 + 0) / 2 = 20 % < 50 % → "yetersiz veri", drawn grey.
 */

let app: BrowserApp;

function planDocument(name: string, change: (doc: PlanDocument) => void): PlanDocument {
  const doc = workedExampleDocument({ institutionName: name });
  change(doc);
  return doc;
}

beforeAll(async () => {
  app = await startBrowserApp();
  await importPlan(
    app,
    planDocument('Kartal Belediyesi', () => undefined),
  );
  await importPlan(
    app,
    planDocument('Bilecik Belediyesi', (doc) => {
      const [h11, h12] = doc.plan.aims[0].targets;
      h11.indicators[2].values = { '2025-H2': { value: 60, status: 'approved' } };
      h12.indicators[0].values = {
        '2025-H2': { value: 61, deviationReason: 'Ek denetim', status: 'approved' },
      };
    }),
  );
  await importPlan(
    app,
    planDocument('Marmara Test Birliği', (doc) => {
      doc.institution.kind = 'birlik';
      const [h11, h12] = doc.plan.aims[0].targets;
      delete h11.indicators[1].values;
      delete h11.indicators[2].values;
      delete h12.indicators[0].values;
    }),
  );
}, 90_000);

afterAll(async () => {
  await app?.close();
});

const rowNames = (page: Page): Promise<string[]> =>
  page.locator('.union-table tbody th').evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''));

describe('union-wide view', () => {
  it('opens from home on the default period, sorts by rate and name, filters by name and draws the bands', async () => {
    const { page, errors } = await openSignedIn(app, TEST_ADMIN, '/', '/');
    await page.getByRole('link', { name: /Birlik geneli görünüm/ }).click();
    await waitForScreen(page, '/union');
    // The union plan's default period: the latest with approved values.
    await expect(page.getByLabel('Dönem', { exact: true }).inputValue()).resolves.toBe('2025');

    // Highest rate first.
    await expect(rowNames(page)).resolves.toEqual([
      'Bilecik Belediyesi',
      'Kartal Belediyesi',
      'Marmara Test Birliği',
    ]);
    const marmara = page.locator('.union-table tbody tr', { hasText: 'Marmara Test Birliği' });
    await expect(marmara.locator('.rate-value').textContent()).resolves.toBe('%75');
    await expect(marmara.locator('.rate').getAttribute('data-band')).resolves.toBe('insufficient');
    await expect(marmara.textContent()).resolves.toContain('1/4 gösterge, ağırlık payı %20');
    await expect(marmara.textContent()).resolves.toContain('Onaylı değerler');
    const bilecik = page.locator('.union-table tbody tr', { hasText: 'Bilecik' });
    await expect(bilecik.locator('.rate-value').textContent()).resolves.toBe('%95');

    // The bars: Bilecik green, Kartal amber, Marmara grey (too little data).
    const bars = await canvasPixels(page, '.union-chart canvas');
    expect(pixelsNear(bars, STATUS_COLOURS.good)).toBeGreaterThan(300);
    expect(pixelsNear(bars, STATUS_COLOURS.warning)).toBeGreaterThan(300);
    expect(pixelsNear(bars, STATUS_COLOURS.none)).toBeGreaterThan(300);

    // Sort by rate again: lowest first; then by institution name.
    await page.getByRole('button', { name: 'Gerçekleşme' }).click();
    await expect(rowNames(page)).resolves.toEqual([
      'Marmara Test Birliği',
      'Kartal Belediyesi',
      'Bilecik Belediyesi',
    ]);
    await expect(
      page.locator('th[aria-sort]').evaluate((cell) => [cell.textContent, cell.getAttribute('aria-sort')]),
    ).resolves.toEqual(['Gerçekleşme ▲', 'ascending']);
    await page.getByRole('button', { name: 'Kurum' }).click();
    await expect(rowNames(page)).resolves.toEqual([
      'Bilecik Belediyesi',
      'Kartal Belediyesi',
      'Marmara Test Birliği',
    ]);

    // Filter by name, any case.
    await page.getByLabel('Kurum veya plan adına göre süz').fill('KARTAL');
    await expect(rowNames(page)).resolves.toEqual(['Kartal Belediyesi']);
    await expect(page.locator('.union-count').textContent()).resolves.toBe('3 plandan 1 tanesi gösteriliyor');
    const filtered = await canvasPixels(page, '.union-chart canvas');
    expect(pixelsNear(filtered, STATUS_COLOURS.good)).toBe(0);
    expect(pixelsNear(filtered, STATUS_COLOURS.warning)).toBeGreaterThan(300);
    await page.getByLabel('Kurum veya plan adına göre süz').fill('Kayseri');
    await expect(page.locator('.union-table').count()).resolves.toBe(0);
    await expect(page.locator('#main').textContent()).resolves.toContain('Süzgece uyan plan yok.');

    // Another period from the picker: 2025-H1 rests on the first-half values.
    await page.getByLabel('Dönem', { exact: true }).selectOption('2025-H1');
    await page.getByRole('button', { name: 'Göster' }).click();
    await page.waitForFunction(() => location.hash.includes('period=2025-H1'));
    await waitForScreen(page, '/union');
    await expect(page.locator('#main').textContent()).resolves.toContain('yıl sonu hedefine göre');
    expect(errors).toEqual([]);
  }, 90_000);

  it('fits a phone', async () => {
    const { page, errors } = await openSignedIn(app, TEST_ADMIN, '/union?period=2025', '/union', PHONE);
    await page.locator('.union-chart canvas').waitFor();
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
  }, 60_000);
});
