import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { STATUS_COLOURS } from '../../client/charts/palette.js';
import { formatRate } from '../../client/lib/format.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { waitForScreen } from './support/browser-app.js';
import { PHONE, usePlanWithUsers, openPlanScreen, type UserSpec } from './support/fixtures.js';

/**
 * The worked example plus aim A2: PARK is responsible for H1.1 (65 in 2025) and H2.1 (95), so
 * PARK = 80; ZABITA for H1.2 (90); FEN for H2.2, which has no value.
 */
function threeUnitPlan(): PlanDocument {
  const document = workedExampleDocument();
  document.units.push({ code: 'FEN', name: 'Fen İşleri Müdürlüğü' });
  const indicator = (
    code: string,
    values?: Record<string, { value: number; deviationReason?: string; status?: 'approved' }>,
  ) => ({
    code,
    name: `Gösterge ${code}`,
    weight: 100,
    direction: 'artis' as const,
    valueType: 'duzey' as const,
    method: 'F1' as const,
    baseline: 0,
    targets: { '2025': 100, '2026': 100, '2027': 100, '2028': 100, '2029': 100 },
    values,
  });
  document.plan.aims.push({
    code: 'A2',
    title: 'Güçlü altyapı',
    targets: [
      {
        code: 'H2.1',
        title: 'Parkları onarmak',
        responsibleUnit: 'PARK',
        // Approved historical data, as the worked example's: the council's screens count approved values.
        indicators: [
          indicator('PG2.1.1', {
            '2025-H2': { value: 95, deviationReason: 'Malzeme gecikti', status: 'approved' },
          }),
        ],
      },
      {
        code: 'H2.2',
        title: 'Yolları yenilemek',
        responsibleUnit: 'FEN',
        indicators: [indicator('PG2.2.1')],
      },
    ],
  });
  return document;
}

/** The status colours met going down one column of a canvas, each run once: one per bar crossed. */
async function barsDownColumn(page: Page, selector: string, xShare: number): Promise<string[]> {
  const column = await page.$eval(
    selector,
    (element, share) => {
      const canvas = element as HTMLCanvasElement;
      const x = Math.round(canvas.width * share);
      const { data } = canvas.getContext('2d')!.getImageData(x, 0, 1, canvas.height);
      const colours: string[] = [];
      for (let index = 0; index < data.length; index += 4)
        colours.push(
          `#${[data[index], data[index + 1], data[index + 2]].map((value) => value.toString(16).padStart(2, '0')).join('')}`,
        );
      return colours;
    },
    xShare,
  );
  const near = (hex: string, colour: string) =>
    [1, 3, 5].every(
      (start) =>
        Math.abs(parseInt(hex.slice(start, start + 2), 16) - parseInt(colour.slice(start, start + 2), 16)) <=
        6,
    );
  const runs: string[] = [];
  let previous: string | null = null;
  for (const hex of column) {
    const status = Object.entries(STATUS_COLOURS).find(([, colour]) => near(hex, colour))?.[0] ?? null;
    if (status && status !== previous) runs.push(status);
    previous = status;
  }
  return runs;
}

const USERS = {
  reviewer: { email: 'meclis@units.test', name: 'Zeynep Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS, threeUnitPlan());

describe('unit comparison', () => {
  it('draws a bar per unit with data, highest first, and its table gives the mean of the API’s target rates', async () => {
    const { page, errors } = await openPlanScreen(t, accounts.reviewer, plan.id, 'units', '?period=2025');
    await expect(page.locator('h1').textContent()).resolves.toBe('Birim karşılaştırması');

    // Going down the middle of the chart: ZABITA's green bar (90), then PARK's amber one (80);
    // FEN has no data and no bar.
    await expect(barsDownColumn(page, '.chart-box canvas', 0.5)).resolves.toEqual(['good', 'warning']);
    await expect(page.locator('.chart-box canvas').getAttribute('aria-label')).resolves.toBe(
      'Birimlerin hedef gerçekleşme oranları, 2025 yıl sonu: ZABITA %90; PARK %80; FEN veri yok',
    );

    // The table against the API's own figures.
    const progress = await t.api.get<ProgressResponse>(`/api/plans/${plan.id}/progress?period=2025`);
    const targets = progress.body.aims.flatMap((aim) => aim.targets);
    const expected = ['ZABITA', 'PARK', 'FEN'].map((unit) => {
      const rates = targets
        .filter((target) => target.responsibleUnit === unit)
        .map((target) => target.rate)
        .filter((rate): rate is number => rate !== null);
      const rate = rates.length ? rates.reduce((sum, value) => sum + value, 0) / rates.length : null;
      return [unit, formatRate(rate, 'tr')];
    });
    expect(expected).toEqual([
      ['ZABITA', '%90'],
      ['PARK', '%80'],
      ['FEN', 'veri yok'],
    ]);
    const rows = await page
      .locator('table.unit-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.unit, tr.querySelector('.rate-value')?.textContent]),
      );
    expect(rows).toEqual(expected);
    await expect(
      page.locator('table.unit-table tr[data-unit="PARK"] td').first().textContent(),
    ).resolves.toBe('2');
    await expect(page.locator('table.unit-table tr[data-unit="FEN"] td').nth(1).textContent()).resolves.toBe(
      '0',
    );

    // The language switch keeps the figures.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId/units');
    await expect(page.locator('h1').textContent()).resolves.toBe('Unit comparison');
    await expect(
      page.locator('table.unit-table tr[data-unit="FEN"] .rate-value').textContent(),
    ).resolves.toBe('no data');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await waitForScreen(page, '/plans/:planId/units');

    expect(errors).toEqual([]);
  }, 90_000);

  it('fits a phone screen and prints without the controls', async () => {
    const { page, errors } = await openPlanScreen(
      t,
      accounts.reviewer,
      plan.id,
      'units',
      '?period=2025',
      PHONE,
    );
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await expect(barsDownColumn(page, '.chart-box canvas', 0.6)).resolves.toEqual(['good', 'warning']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.period-form').isVisible()).resolves.toBe(false);
    await expect(page.locator('#app-header').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
