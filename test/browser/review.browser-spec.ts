import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { COMPLETION_COLOURS } from '../../client/charts/review-completion-chart.js';
import { STATUS_COLOURS } from '../../client/charts/palette.js';
import type { IndicatorValueResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import { docxParagraphs } from '../../src/modules/reports/test-fixtures.js';
import { canvasPixels, pixelsNear, signIn, waitForScreen } from './support/browser-app.js';
import {
  DESKTOP,
  PHONE,
  openSignedIn,
  usePlanWithUsers,
  openPlanScreen,
  type UserSpec,
} from './support/fixtures.js';
import { ok } from '../support/requests.js';

const USERS = {
  planner: { email: 'planlama@review.test', name: 'Ayşe Planlamacı', role: 'planner' },
  parkManager: { email: 'park@review.test', name: 'Mehmet Park', role: 'unit_manager', units: ['PARK'] },
  reviewer: { email: 'meclis@review.test', name: 'Zeynep Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS, undefined, 90_000);

beforeAll(async () => {
  const planner = accounts.planner;

  // The workflow through the API: the planner opens 2026, the PARK manager enters and submits
  // the 2026 year-end value of PG1.1.1 with its deviation reason, the planner approves it.
  const asPlanner: ApiClient = await t.login(planner.email, planner.password);
  const asPark: ApiClient = await t.login(accounts.parkManager.email, accounts.parkManager.password);
  const base = `/api/plans/${plan.id}`;
  await ok(asPlanner.post(`${base}/periods`, { period: '2026' }), 201);
  const draft = await ok(
    asPark.put<IndicatorValueResponse>(`${base}/indicators/PG1.1.1/values/2026-H2`, {
      value: 130000,
      deviationReason: 'Kamulaştırma gecikti',
    }),
    201,
  );
  const submitted = await ok(
    asPark.post<IndicatorValueResponse>(`${base}/indicators/PG1.1.1/values/2026-H2/submit`, {
      version: draft.version,
    }),
  );
  const approved = await ok(
    asPlanner.post<IndicatorValueResponse>(`${base}/indicators/PG1.1.1/values/2026-H2/approve`, {
      version: submitted.version,
    }),
  );
  expect(approved.status).toBe('approved');
}, 90_000);

describe('council review', () => {
  it('a reviewer sees the approved figure, reads the review charts, asks on a target; the unit answers; the reviewer closes', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, accounts.reviewer.email, accounts.reviewer.password);

    // The dashboard: PG1.1.1 2026 = (130000 − 100000) / (140000 − 100000) = 75; the other two
    // indicators of H1.1 have no 2026 value and are left out, so H1.1 = 75.
    await page.goto(`${t.baseUrl}/#/plans/${plan.id}?period=2026`);
    await waitForScreen(page, '/plans/:planId');
    await expect(
      page.locator('details.target[data-code="H1.1"] .rate-value').first().textContent(),
    ).resolves.toBe('%75');

    // The plan menu keeps the period.
    await page
      .getByRole('navigation', { name: 'Planın sayfaları' })
      .getByRole('link', { name: 'Meclis raporu' })
      .click();
    await waitForScreen(page, '/plans/:planId/review');
    expect(page.url()).toContain('period=2026');
    await expect(page.locator('h1').textContent()).resolves.toBe('Meclis değerlendirme raporu');
    await expect(page.locator('.summary .rate-value').textContent()).resolves.toBe('%75');

    // Charts by their pixels, in the colour of each rate's band: A1 = 75 by aim, H1.1 = 75, H1.2
    // without data (no bar). H1.1 rests on 40 % of its weight and A1 on (40 + 0) / 2 = 20 %: both
    // bars are the grey of "yetersiz veri", as their rate bars, not amber.
    for (const chart of [
      'section[aria-labelledby="aims-heading"] canvas',
      '.aim-targets[data-code="A1"] canvas',
    ]) {
      const pixels = await canvasPixels(page, chart);
      expect(pixelsNear(pixels, STATUS_COLOURS.none)).toBeGreaterThan(1000);
      expect(
        pixelsNear(pixels, STATUS_COLOURS.good) +
          pixelsNear(pixels, STATUS_COLOURS.warning) +
          pixelsNear(pixels, STATUS_COLOURS.poor),
      ).toBe(0);
    }
    await expect(page.locator('.aim-targets tr[data-code="H1.2"] .rate-value').textContent()).resolves.toBe(
      'veri yok',
    );

    // Deviation with its reason; completion: PARK entered 1 of 3, ZABITA 0 of 1 (never "0 %" as a rate of data).
    const deviation = page.locator('table.deviations tr[data-code="PG1.1.1"]');
    await expect(deviation.textContent()).resolves.toContain('Kamulaştırma gecikti');
    await expect(deviation.locator('td').nth(3).textContent()).resolves.toBe('%75');
    await expect(page.locator('table.deviations tbody tr').count()).resolves.toBe(1);
    await expect(
      page.locator('.completion-table tr[data-unit="PARK"] td').allTextContents(),
    ).resolves.toEqual(['3', '1', '2', '%33,3']);
    await expect(
      page.locator('.completion-table tr[data-unit="ZABITA"] td').allTextContents(),
    ).resolves.toEqual(['1', '0', '1', '%0']);
    const completion = await canvasPixels(page, 'section[aria-labelledby="completion-heading"] canvas');
    expect(pixelsNear(completion, COMPLETION_COLOURS.entered)).toBeGreaterThan(500);
    expect(pixelsNear(completion, COMPLETION_COLOURS.missing)).toBeGreaterThan(500);

    // Ask about H1.1 from its row: the subject is chosen and focus moves to the question.
    await page.getByRole('button', { name: 'H1.1 hakkında soru sor' }).click();
    await expect(page.getByLabel('Konu (amaç, hedef ya da gösterge)').inputValue()).resolves.toBe('H1.1');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('text');
    // An empty question is refused at the field, before any request.
    await page.getByRole('button', { name: 'Soruyu gönder' }).click();
    await expect(page.locator('.ask-form .field-error').textContent()).resolves.toBe('Sorunuzu yazın.');
    await page.getByLabel('Sorunuz').fill('Kamulaştırma ne zaman tamamlanacak?');
    await page.getByRole('button', { name: 'Soruyu gönder' }).click();
    const asked = page.locator('.question[data-subject="H1.1"]');
    await asked.waitFor();
    await expect(asked.getAttribute('data-status')).resolves.toBe('open');
    await expect(asked.locator('.question-meta').first().textContent()).resolves.toContain('Zeynep Meclis');
    await expect(asked.locator('.question-meta').first().textContent()).resolves.toContain('2026 yıl sonu');
    // A reviewer cannot answer.
    await expect(asked.getByLabel('Yanıtınız').count()).resolves.toBe(0);
    await page.waitForFunction(
      (text) => document.getElementById('status')?.textContent === text,
      'H1.1 hakkındaki sorunuz gönderildi.',
    );

    // The PARK manager answers on the questions screen.
    const unit = await openSignedIn(
      t,
      accounts.parkManager,
      `/plans/${plan.id}/questions`,
      '/plans/:planId/questions',
      PHONE,
    );
    const toAnswer = unit.page.locator('.question[data-subject="H1.1"]');
    await toAnswer.getByLabel('Yanıtınız').fill('Kamulaştırma 2027 ilk yarısında bitecek.');
    await toAnswer.getByRole('button', { name: 'Yanıtla' }).click();
    await unit.page.locator('.question[data-subject="H1.1"][data-status="answered"]').waitFor();
    await expect(
      unit.page.locator('.question[data-subject="H1.1"] .answer-text').textContent(),
    ).resolves.toBe('Kamulaştırma 2027 ilk yarısında bitecek.');
    // A unit manager neither asks nor closes.
    await expect(unit.page.getByRole('button', { name: 'Soruyu gönder' }).count()).resolves.toBe(0);
    await expect(unit.page.getByRole('button', { name: 'Soruyu kapat' }).count()).resolves.toBe(0);
    expect(unit.errors).toEqual([]);

    // The reviewer sees the answer and closes the question.
    await page.reload();
    await waitForScreen(page, '/plans/:planId/review');
    const answered = page.locator('.question[data-subject="H1.1"]');
    await expect(answered.getAttribute('data-status')).resolves.toBe('answered');
    await expect(answered.locator('.answer-text').textContent()).resolves.toBe(
      'Kamulaştırma 2027 ilk yarısında bitecek.',
    );
    await expect(answered.textContent()).resolves.toContain('Mehmet Park');
    await answered.getByRole('button', { name: 'Soruyu kapat' }).click();
    await page.locator('.question[data-subject="H1.1"][data-status="closed"]').waitFor();
    await expect(page.locator('.question[data-subject="H1.1"] .question-status').textContent()).resolves.toBe(
      'kapandı',
    );

    // The unit manager's page still shows the answered question: replacing the answer now is
    // refused (409 STALE_VERSION) and the question is shown as it is, closed, with the message.
    const stale = unit.page.locator('.question[data-subject="H1.1"]');
    await stale.getByLabel('Yeni yanıt (öncekinin yerine geçer)').fill('Geç kalan yanıt');
    await stale.getByRole('button', { name: 'Yanıtı değiştir' }).click();
    await unit.page.locator('.question[data-subject="H1.1"][data-status="closed"]').waitFor();
    await expect(
      unit.page.locator('.question[data-subject="H1.1"] .error-summary').getAttribute('data-error-code'),
    ).resolves.toBe('STALE_VERSION');
    await expect(
      unit.page.locator('.question[data-subject="H1.1"] .answer-text').textContent(),
    ).resolves.toBe('Kamulaştırma 2027 ilk yarısında bitecek.');
    await expect(unit.page.getByRole('button', { name: 'Yanıtı değiştir' }).count()).resolves.toBe(0);
    expect(unit.errors.filter((error) => !error.includes('409'))).toEqual([]);

    const stored = await t.api.get<Array<{ status: string; answer: string }>>(
      `/api/plans/${plan.id}/questions`,
    );
    expect(stored.body.map((question) => [question.status, question.answer])).toEqual([
      ['closed', 'Kamulaştırma 2027 ilk yarısında bitecek.'],
    ]);

    // Print: no header, navigation or controls; charts redrawn at the A4 text width (17 cm).
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#app-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.downloads').isVisible()).resolves.toBe(false);
    await expect(page.locator('.period-form').isVisible()).resolves.toBe(false);
    await expect(page.locator('.ask-form').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-only').isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        'section[aria-labelledby="aims-heading"] canvas',
      );
      return canvas !== null && Math.abs(canvas.getBoundingClientRect().width - (17 / 2.54) * 96) < 2;
    });
    const printed = await canvasPixels(page, 'section[aria-labelledby="aims-heading"] canvas');
    expect(pixelsNear(printed, STATUS_COLOURS.none)).toBeGreaterThan(1000);
    await page.emulateMedia({ media: 'screen' });

    // English.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId/review');
    await expect(page.locator('h1').textContent()).resolves.toBe('Council review report');
    await expect(page.locator('.question[data-subject="H1.1"] .question-status').textContent()).resolves.toBe(
      'closed',
    );
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await waitForScreen(page, '/plans/:planId/review');

    expect(errors).toEqual([]);
  }, 120_000);

  it('downloads the Değerlendirme table of the period as an Excel file, with progress', async () => {
    const { page, errors } = await openPlanScreen(t, accounts.reviewer, plan.id, 'review', '?period=2025');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Değerlendirme tablosu' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const content = await readFile(await download.path());
    // An .xlsx is a zip: "PK".
    expect(content.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(content.length).toBeGreaterThan(2000);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.endsWith('indirildi.'));
    expect(errors).toEqual([]);
  }, 60_000);

  it('downloads the plan book as a Word document whose target cards hold the plan’s numbers', async () => {
    const { page, errors } = await openPlanScreen(t, accounts.reviewer, plan.id, 'review', '?period=2025');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Plan kitabı (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Stratejik Plan Kitabı - .*\.docx$/);
    const paragraphs = docxParagraphs(await readFile(await download.path()));
    const cards = paragraphs.slice(paragraphs.indexOf('Hedef Kartları'));
    const indicator = cards.indexOf('PG1.1.1 Park alanı');
    // Weight 40, A 100.000, then the 2025–2029 targets, as the plan stores them.
    expect(cards.slice(indicator + 2, indicator + 5)).toEqual(['40', '100.000', '120.000']);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.endsWith('indirildi.'));
    expect(errors).toEqual([]);
  }, 60_000);

  it('reads on a phone: nothing wider than the screen', async () => {
    const { page, errors } = await openPlanScreen(
      t,
      accounts.reviewer,
      plan.id,
      'review',
      '?period=2025',
      PHONE,
    );
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const pixels = await canvasPixels(page, 'section[aria-labelledby="aims-heading"] canvas');
    expect(pixels.painted).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  }, 60_000);
});
