import { beforeAll, describe, expect, it } from '@jest/globals';
import { STATUS_COLOURS } from '../../client/charts/palette.js';
import {
  canvasColourAt,
  canvasPixels,
  pixelsNear,
  openHeaderMenu,
  signIn,
  waitForScreen,
} from './support/browser-app.js';
import { DESKTOP, PHONE, openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

let planner: { email: string; password: string };

const USERS = {
  planner: { email: 'planlama@browser.test', name: 'Ayşe Planlamacı', role: 'planner' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(() => {
  planner = accounts.planner;
});

describe('plan overview', () => {
  it('a planner signs in, reads the 2025 realisation as coloured bars, sees how a figure is computed and switches to English', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, planner.email, planner.password);
    await waitForScreen(page, '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Planlar');
    await expect(page.locator('.user-name').textContent()).resolves.toContain('Ayşe Planlamacı');

    await page.getByRole('link', { name: plan.title }).click();
    await waitForScreen(page, '/plans/:planId');
    await page.getByLabel('Dönem', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Göster' }).click();
    await page.waitForURL(/period=2025$/);
    await waitForScreen(page, '/plans/:planId');

    // Worked example (domain.md 4.4): H1.1 = 65 (amber), H1.2 = 90 (green), A1 and the plan = 77.5.
    await expect(page.locator('.summary .rate-value').textContent()).resolves.toBe('%77,5');
    await expect(
      page.locator('details.target[data-code="H1.1"] .rate-value').first().textContent(),
    ).resolves.toBe('%65');
    const pixels = await canvasPixels(page, '.chart-box canvas');
    expect(pixels.painted).toBeGreaterThan(2000);
    expect(pixelsNear(pixels, STATUS_COLOURS.warning)).toBeGreaterThan(1000);
    expect(pixelsNear(pixels, STATUS_COLOURS.good)).toBeGreaterThan(1000);
    expect(pixelsNear(pixels, STATUS_COLOURS.poor)).toBe(0);

    // How H1.1 is computed: the weights and the formula with the inputs.
    const target = page.locator('details.target[data-code="H1.1"]');
    await target.locator('summary').first().click();
    await target.locator('.target-body > details.how > summary').click();
    const how = target.locator('.target-body > details.how');
    await expect(how.locator('.how-computation').textContent()).resolves.toBe(
      '(40 × 75 + 35 × 100 + 25 × 0) / 100 = %65',
    );
    await expect(how.locator('tr[data-code="PG1.1.2"] td').first().textContent()).resolves.toBe('35');

    // Mid-year 2025: only PG1.1.1 has an H1 value; the others are left out as "veri yok", never 0.
    await page.getByLabel('Dönem', { exact: true }).selectOption('2025-H1');
    await page.getByRole('button', { name: 'Göster' }).click();
    await page.waitForURL(/period=2025-H1$/);
    await waitForScreen(page, '/plans/:planId');
    const midYear = page.locator('details.target[data-code="H1.1"]');
    await midYear.locator('summary').first().click();
    await midYear.locator('.target-body > details.how > summary').click();
    const excluded = midYear.locator('.target-body > details.how tr[data-reason="NO_DATA"]');
    await expect(excluded.count()).resolves.toBe(2);
    await expect(excluded.first().textContent()).resolves.toContain('veri yok');
    await expect(
      midYear.locator('.target-body > details.how tr[data-code="PG1.1.1"]').textContent(),
    ).resolves.toContain('100');
    await expect(
      page.locator('details.target[data-code="H1.2"] .rate-value').first().textContent(),
    ).resolves.toBe('veri yok');
    // H1.1's 40 rests on 40 % of its weight: its bar is the grey of "yetersiz veri", as the rate
    // bar beside it, not the red of a poor year-end rate.
    const midYearPixels = await canvasPixels(page, '.chart-box canvas');
    expect(pixelsNear(midYearPixels, STATUS_COLOURS.none)).toBeGreaterThan(500);
    expect(pixelsNear(midYearPixels, STATUS_COLOURS.poor)).toBe(0);
    expect(pixelsNear(midYearPixels, STATUS_COLOURS.good)).toBe(0);

    // The language switch changes every text, keeps the figures, and switches back.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#tree-heading').textContent()).resolves.toBe('Aims, targets and indicators');
    await expect(
      page.locator('details.target[data-code="H1.2"] .rate-value').first().textContent(),
    ).resolves.toBe('no data');
    await expect(page.getByText('How is this computed?').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('body').textContent()).resolves.not.toContain('Nasıl hesaplandı');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await waitForScreen(page, '/plans/:planId');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr');
    await expect(page.locator('#tree-heading').textContent()).resolves.toBe(
      'Amaçlar, hedefler ve göstergeler',
    );

    expect(errors).toEqual([]);
  }, 60_000);

  it('every rate says what it rests on: coverage, "yetersiz veri" below the minimum, the mid-year reading and the basis', async () => {
    // 30 June 2025 of the worked example: all four indicators are due, only PG1.1.1 (weight 40
    // of H1.1) has a value. H1.1 rests on 40% of its weight, H1.2 on none: the plan on
    // (40 + 0) / 2 = 20%, below the default minimum of 50.
    const { page, errors } = await openSignedIn(
      t,
      planner,
      `/plans/${plan.id}?period=2025-H1`,
      '/plans/:planId',
    );
    const planRate = page.locator('.summary .big-rate .rate');
    await expect(planRate.locator('.rate-value').textContent()).resolves.toBe('%40');
    await expect(planRate.getAttribute('data-band')).resolves.toBe('insufficient');
    await expect(planRate.getAttribute('data-status')).resolves.toBe('insufficient');
    await expect(planRate.locator('.rate-status').textContent()).resolves.toBe('yetersiz veri');
    await expect(planRate.locator('.rate-coverage').textContent()).resolves.toBe(
      '1/4 gösterge, ağırlık payı %20',
    );
    // Greyed, not coloured: the bar takes the no-data grey, the number stays.
    const fill = await planRate
      .locator('.rate-fill')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(fill).toBe('rgb(138, 143, 152)');
    await expect(page.locator('.summary .mid-year-note').textContent()).resolves.toBe(
      'yıl sonu hedefine göre, ilk altı ay',
    );
    await expect(page.locator('.summary .basis-note strong').textContent()).resolves.toBe('Onaylı değerler');
    // The legend explains the mid-year bands, not the year-end ones.
    await expect(page.locator('.summary .legend').textContent()).resolves.toContain(
      '%40 ve üstü yolunda (yeşil), %20 altı geride (kırmızı)',
    );

    const h11 = page.locator('details.target[data-code="H1.1"] > summary .rate');
    await expect(h11.getAttribute('data-band')).resolves.toBe('insufficient');
    await expect(h11.locator('.rate-coverage').textContent()).resolves.toBe('1/3 gösterge, ağırlık payı %40');
    const h12 = page.locator('details.target[data-code="H1.2"] > summary .rate');
    await expect(h12.getAttribute('data-band')).resolves.toBe('none');
    await expect(h12.locator('.rate-coverage').textContent()).resolves.toBe('0/1 gösterge, ağırlık payı %0');

    // Year end: every indicator has a value, the bands are colours again.
    await page.getByLabel('Dönem', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Göster' }).click();
    await page.waitForURL(/period=2025$/);
    await waitForScreen(page, '/plans/:planId');
    await expect(planRate.getAttribute('data-band')).resolves.toBe('warning');
    await expect(planRate.locator('.rate-coverage').textContent()).resolves.toBe(
      '4/4 gösterge, ağırlık payı %100',
    );
    await expect(page.locator('.summary .mid-year-note').count()).resolves.toBe(0);
    await expect(
      page.locator('details.target[data-code="H1.2"] > summary .rate').getAttribute('data-band'),
    ).resolves.toBe('good');

    // A planner may include the values awaiting approval: the API is asked for basis=all and the
    // figures say so; unticking returns to the approved values.
    const asked = page.waitForRequest((request) => request.url().includes('basis=all'));
    await page.getByLabel('Onay bekleyenler dahil').check();
    await asked;
    await page.waitForURL(/basis=all/);
    await waitForScreen(page, '/plans/:planId');
    await expect(page.locator('.summary .basis-note').getAttribute('data-basis')).resolves.toBe('all');
    await expect(page.locator('.summary .basis-note strong').textContent()).resolves.toBe(
      'Onay bekleyenler dahil',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId');
    await expect(planRate.locator('.rate-coverage').textContent()).resolves.toBe(
      '4 of 4 indicators, 100% of the weight',
    );
    await expect(page.locator('.summary .basis-note strong').textContent()).resolves.toBe(
      'Including values awaiting approval',
    );
    await page.getByLabel('Including values awaiting approval').uncheck();
    await page.waitForURL((url) => !url.hash.includes('basis=all'));
    await waitForScreen(page, '/plans/:planId');
    await expect(page.locator('.summary .basis-note strong').textContent()).resolves.toBe('Approved values');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await waitForScreen(page, '/plans/:planId');
    expect(errors).toEqual([]);
  }, 60_000);

  it('the plan, each aim and each opened target show their rate across the assessed periods, on a phone', async () => {
    // The worked example's approved values make two assessed periods: 30 June 2025 (plan 40,
    // resting on 20 % of the weight) and the 2025 year end (plan 77.5, H1.1 65).
    const { page, errors } = await openSignedIn(
      t,
      planner,
      `/plans/${plan.id}?period=2025`,
      '/plans/:planId',
      PHONE,
    );
    const planTrend = page.locator('.summary .rate-trend canvas');
    await expect(planTrend.getAttribute('aria-label')).resolves.toBe(
      'Plan gerçekleşme oranı dönemlere göre: 2025 ara dönem (Ocak–Haziran) %40 (1/4 gösterge, ağırlık payı %20); ' +
        '2025 yıl sonu %77,5 (4/4 gösterge, ağırlık payı %100)',
    );
    // Year ends and 30 June are two series: the 77.5 year end is a filled dot in the amber of its
    // band, the 30 June 40 a hollow square in the grey of "yetersiz veri".
    const points = await page.$eval('.summary .rate-trend canvas', (element) => {
      type Point = { x: number; y: number; skip: boolean };
      const chart = (
        element as HTMLCanvasElement & {
          chart: { getDatasetMeta(index: number): { data: Point[] } };
        }
      ).chart;
      const at = (dataset: number, index: number) => {
        const { x, y, skip } = chart.getDatasetMeta(dataset).data[index];
        return { x, y, skip };
      };
      return { yearEnd: at(0, 1), yearEndSlot: at(0, 0), midYear: at(1, 0) };
    });
    expect(points.yearEndSlot.skip).toBe(true);
    expect(points.midYear.x).toBeLessThan(points.yearEnd.x);
    expect(points.midYear.y).toBeGreaterThan(points.yearEnd.y);
    await expect(
      canvasColourAt(page, '.summary .rate-trend canvas', points.yearEnd.x, points.yearEnd.y),
    ).resolves.toBe(STATUS_COLOURS.warning);
    await expect(
      canvasColourAt(page, '.summary .rate-trend canvas', points.midYear.x, points.midYear.y),
    ).resolves.toBe('#ffffff');
    await expect(page.locator('.summary .trend-key').textContent()).resolves.toBe(
      'yıl sonuara dönem (30 Haziran)',
    );

    await expect(page.locator('section.aim[data-code="A1"] .rate-trend canvas').count()).resolves.toBe(1);
    // A target's trend is drawn when its row is opened.
    const h11 = page.locator('details.target[data-code="H1.1"]');
    await expect(h11.locator('.rate-trend canvas').count()).resolves.toBe(0);
    await h11.locator('summary').first().click();
    await expect(h11.locator('.rate-trend canvas').getAttribute('aria-label')).resolves.toContain(
      '2025 yıl sonu %65',
    );
    const painted = await canvasPixels(page, 'details.target[data-code="H1.1"] .rate-trend canvas');
    expect(painted.painted).toBeGreaterThan(200);
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  }, 60_000);

  it('sign-in errors show at the field, and signing out returns to the login page', async () => {
    const { page, errors } = await t.newPage({ viewport: PHONE });
    await page.goto(`${t.baseUrl}/#/plans/${plan.id}`);
    await waitForScreen(page, '/login');
    await page.getByRole('button', { name: 'Oturum aç' }).click();
    await expect(page.getByLabel('E-posta').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field-error').allTextContents()).resolves.toEqual([
      'E-posta adresinizi yazın.',
      'Parolanızı yazın.',
    ]);

    await page.getByLabel('E-posta').fill(planner.email);
    await page.getByLabel('Parola').fill('not-the-password');
    await page.getByRole('button', { name: 'Oturum aç' }).click();
    await page.waitForSelector('.error-summary[data-error-code="INVALID_CREDENTIALS"]');
    await expect(page.getByLabel('Parola').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field-error').textContent()).resolves.toBe(
      'E-posta adresi ya da parola hatalı.',
    );

    // The right password leads to the page first asked for.
    await page.getByLabel('Parola').fill(planner.password);
    await page.getByRole('button', { name: 'Oturum aç' }).click();
    await waitForScreen(page, '/plans/:planId');
    await expect(page.locator('h1').textContent()).resolves.toBe(plan.title);

    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Oturumu kapat' }).click();
    await waitForScreen(page, '/login');
    const me = await page.evaluate(() => fetch('/api/auth/me').then((response) => response.status));
    expect(me).toBe(401);
    // 401s by design: the sign-in refused and the session probes before and after.
    expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
  }, 60_000);

  it('caching as the browser sees it: hashed assets for a year, index.html revalidated, API answers never stored', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    const seen: Array<{ path: string; method: string; cacheControl: string | null }> = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== t.baseUrl) return;
      seen.push({
        path: url.pathname,
        method: response.request().method(),
        cacheControl: response.headers()['cache-control'] ?? null,
      });
    });
    // Signing in posts with the cookie-less form; everything after carries the session cookie.
    await signIn(page, t.baseUrl, planner.email, planner.password);
    await waitForScreen(page, '/');
    await page.getByRole('link', { name: plan.title }).click();
    await waitForScreen(page, '/plans/:planId');

    const assets = seen.filter((response) => response.path.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(seen.find((response) => response.path === '/')?.cacheControl).toBe('no-cache');
    const api = seen.filter((response) => response.path.startsWith('/api/'));
    expect(api.map((response) => response.path)).toEqual(
      expect.arrayContaining(['/api/auth/login', `/api/plans/${plan.id}`]),
    );
    for (const answer of api) expect(answer).toMatchObject({ cacheControl: 'no-store' });
    expect(errors).toEqual([]);
  }, 60_000);
});
