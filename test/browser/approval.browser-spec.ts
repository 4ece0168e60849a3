import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ENTRY_COMPLETION_COLOURS } from '../../client/charts/completion-chart.js';
import type { IndicatorValueResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import {
  canvasPixels,
  pixelsNear,
  signIn,
  waitForAnnouncement,
  waitForScreen,
  overflowing,
} from './support/browser-app.js';
import { PHONE, openSignedIn, usePlanWithUsers, type UserSpec, type Account } from './support/fixtures.js';
import { resetClock, setClock } from '../../src/common/clock.js';

/**
 * The planner's approval queue (issue 4, screen 4) against the real server, with the unit
 * manager on the other side: the planner opens 2026, sees the submitted values by unit and the
 * completion chart, cannot close the period while values wait, returns one with a comment that
 * the unit manager reads and answers, sees a bulk approval refused item by item and then
 * approves many at once; the four-eyes rule refuses an approver's own value.
 */

let planner: Account;
let park: Account;
let parkApi: ApiClient;
let zabitaApi: ApiClient;
let plannerPage: { page: Page; errors: string[] };

const RETURN_COMMENT = 'Kaynak belgesi eksik: şikâyet kayıt dökümünü ekleyin.';

const USERS = {
  planner: { email: 'planlama@browser.test', name: 'Ayşe Planlamacı', role: 'planner' },
  park: { email: 'park@browser.test', name: 'Mehmet Parkçı', role: 'unit_manager', units: ['PARK'] },
  zabita: { email: 'zabita@browser.test', name: 'Zeynep Zabıta', role: 'unit_manager', units: ['ZABITA'] },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(async () => {
  ({ planner, park } = accounts);
  parkApi = await t.login(park.email, park.password);
  zabitaApi = await t.login(accounts.zabita.email, accounts.zabita.password);
}, 60_000);

afterAll(() => resetClock(), 30_000);

const valuePath = (code: string, period = '2026-H2') =>
  `/api/plans/${plan.id}/indicators/${code}/values/${period}`;

async function enterAndSubmit(
  client: ApiClient,
  code: string,
  value: number,
  period = '2026-H2',
): Promise<void> {
  const put = await client.put<IndicatorValueResponse>(valuePath(code, period), { value });
  if (put.status !== 201 && put.status !== 200)
    throw new Error(`put ${code}: ${put.status} ${JSON.stringify(put.body)}`);
  const submitted = await client.post(`${valuePath(code, period)}/submit`, { version: put.body.version });
  if (submitted.status !== 200)
    throw new Error(`submit ${code}: ${submitted.status} ${JSON.stringify(submitted.body)}`);
}

async function status(code: string, period = '2026-H2'): Promise<string | undefined> {
  const response = await t.api.get<IndicatorValueResponse[]>(
    `/api/plans/${plan.id}/indicators/${code}/values`,
  );
  return response.body.find((row) => row.period === period)?.status;
}

const queueItem = (page: Page, code: string, period = '2026-H2') =>
  page.locator(`li.queue-item[data-indicator="${code}"][data-period="${period}"]`);

/** Opens (or reloads) the approval queue: the same URL again would not draw the screen anew. */
async function openQueue(page: Page): Promise<void> {
  const url = `${t.baseUrl}/#/plans/${plan.id}/approvals`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await waitForScreen(page, '/plans/:planId/approvals');
}

describe('approval queue', () => {
  it('the planner opens 2026; submitted values wait by unit, the completion chart is drawn, closing is refused while values wait', async () => {
    plannerPage = await t.newPage({ viewport: { width: 1280, height: 1000 } });
    const { page } = plannerPage;
    await signIn(page, t.baseUrl, planner.email, planner.password);
    await page.getByRole('link', { name: plan.title }).click();
    await waitForScreen(page, '/plans/:planId');
    await page.getByRole('link', { name: 'Onay kuyruğu' }).click();
    await waitForScreen(page, '/plans/:planId/approvals');
    await expect(page.locator('h1').textContent()).resolves.toBe('Onay kuyruğu');
    await expect(page.locator('.queue .empty-queue').textContent()).resolves.toBe('Onay bekleyen değer yok.');

    await page.getByLabel('Açılacak dönem').selectOption('2026');
    await page.getByRole('button', { name: 'Dönemi aç' }).click();
    await page.waitForSelector('.periods tr[data-period="2026"][data-status="open"]');
    await waitForAnnouncement(page, '2026 yıl sonu açıldı');

    await enterAndSubmit(parkApi, 'PG1.1.1', 140000);
    await enterAndSubmit(parkApi, 'PG1.1.2', 7);
    await enterAndSubmit(zabitaApi, 'PG1.2.1', 70);

    await openQueue(page);
    await expect(page.locator('#queue-heading').textContent()).resolves.toBe('Onay bekleyen değerler (3)');
    await expect(page.locator('.queue-unit[data-unit="PARK"] li.queue-item').count()).resolves.toBe(2);
    await expect(page.locator('.queue-unit[data-unit="ZABITA"] li.queue-item').count()).resolves.toBe(1);
    await expect(page.locator('.queue-unit[data-unit="PARK"] h3').textContent()).resolves.toContain(
      'Park ve Bahçeler Müdürlüğü',
    );
    await expect(queueItem(page, 'PG1.1.1').locator('.queue-value').textContent()).resolves.toBe(
      '140.000 m²',
    );
    // The approval deadline of 2026: 30 days after 31 December; overdue from 31 January in Istanbul.
    const deadline = queueItem(page, 'PG1.1.1').locator('.approval-deadline');
    setClock('2027-01-30T20:59:00Z');
    await openQueue(page);
    await expect(deadline.textContent()).resolves.toBe('Onay için son gün 30.01.2027');
    await expect(deadline.getAttribute('data-overdue')).resolves.toBe('false');
    setClock('2027-01-30T21:00:00Z');
    await openQueue(page);
    await expect(deadline.textContent()).resolves.toBe('onay gecikti Onay için son gün 30.01.2027');
    await expect(page.locator('.approval-deadline[data-overdue="true"] .late-badge').count()).resolves.toBe(
      3,
    );
    resetClock();
    await openQueue(page);

    // PARK: 2 submitted, 1 missing (PG1.1.3); ZABITA: 1 submitted. Blue and grey, no green yet.
    const pixels = await canvasPixels(page, '.completion canvas');
    expect(pixels.painted).toBeGreaterThan(2000);
    expect(pixelsNear(pixels, ENTRY_COMPLETION_COLOURS.submitted)).toBeGreaterThan(1000);
    expect(pixelsNear(pixels, ENTRY_COMPLETION_COLOURS.missing)).toBeGreaterThan(300);
    expect(pixelsNear(pixels, ENTRY_COMPLETION_COLOURS.approved)).toBe(0);
    await expect(page.locator('.completion canvas').getAttribute('aria-label')).resolves.toContain(
      'Park ve Bahçeler Müdürlüğü: beklenen 3, onaylandı 0, onay bekliyor 2, taslak veya iade 0, girilmedi 1',
    );

    if (process.env.PUSULA_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'approvals.png') });

    // 409 PERIOD_HAS_SUBMITTED: the API's message and the units it names.
    await page.getByRole('button', { name: 'Kapat 2026 yıl sonu' }).click();
    const refusal = page.locator('.periods .error-summary[data-error-code="PERIOD_HAS_SUBMITTED"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(
      '2026 yıl sonu döneminin 3 onaya gönderilmiş değeri onay ya da iade bekliyor; dönem henüz kapatılamaz',
    );
    await expect(refusal.locator('li').allTextContents()).resolves.toEqual([
      'Park ve Bahçeler Müdürlüğü: 2 onaya gönderilmiş değer',
      'Zabıta Müdürlüğü: 1 onaya gönderilmiş değer',
    ]);
    await expect(page.locator('.periods tr[data-period="2026"]').getAttribute('data-status')).resolves.toBe(
      'open',
    );
  }, 90_000);

  it('the planner returns a value with a comment; the unit manager reads it, completes the entry and submits again', async () => {
    const { page } = plannerPage;
    const item = queueItem(page, 'PG1.1.2');
    await item.getByRole('button', { name: /İade et/ }).click();
    await item.getByRole('button', { name: 'İadeyi gönder' }).click();
    await expect(item.getByLabel(/İade gerekçesi/).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(item.locator('.field-error').textContent()).resolves.toContain('İade gerekçesini yazın');
    await expect(status('PG1.1.2')).resolves.toBe('submitted');

    await item.getByLabel(/İade gerekçesi/).fill(RETURN_COMMENT);
    await item.getByRole('button', { name: 'İadeyi gönder' }).click();
    await item.waitFor({ state: 'detached' });
    await expect(page.locator('#queue-heading').textContent()).resolves.toBe('Onay bekleyen değerler (2)');
    await expect(status('PG1.1.2')).resolves.toBe('returned');

    const unit = await openSignedIn(t, park, `/plans/${plan.id}/entry`, '/plans/:planId/entry');
    const returned = unit.page.locator('li.entry[data-indicator="PG1.1.2"][data-period="2026-H2"]');
    await expect(returned.getAttribute('data-state')).resolves.toBe('returned');
    await expect(returned.locator('.return-comment-text').textContent()).resolves.toBe(RETURN_COMMENT);
    await returned.getByRole('button', { name: /Düzenle/ }).click();
    const form = returned.locator('form.entry-form');
    await form.getByLabel(/Kanıt bağlantısı/).fill('https://belge.example.gov.tr/sikayet/2026.pdf');
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await unit.page.waitForSelector('li.entry[data-indicator="PG1.1.2"][data-state="submitted"]');
    await expect(returned.locator('.return-comment').count()).resolves.toBe(0);
    expect(unit.errors).toEqual([]);
  }, 90_000);

  it('a bulk approval with a refused item approves nothing and marks that item; then the planner approves many at once and the queue is empty', async () => {
    const { page } = plannerPage;
    await openQueue(page);
    await expect(page.locator('#queue-heading').textContent()).resolves.toBe('Onay bekleyen değerler (3)');

    // Meanwhile PG1.2.1 goes back to its unit: the page still offers it.
    const pg121 = await t.api.get<IndicatorValueResponse[]>(
      `/api/plans/${plan.id}/indicators/PG1.2.1/values`,
    );
    const returned = await t.api.post(`${valuePath('PG1.2.1')}/return`, {
      comment: 'Fotoğraf ekleyin',
      version: pg121.body.find((row) => row.period === '2026-H2')?.version,
    });
    expect(returned.status).toBe(200);

    await page.getByLabel('PARK biriminin tüm değerlerini seç').check();
    await page.getByLabel('ZABITA biriminin tüm değerlerini seç').check();
    await expect(page.locator('.selected-count').textContent()).resolves.toBe('3 değer seçili');
    await page.getByRole('button', { name: 'Seçilenleri onayla' }).click();
    const refusal = page.locator('.queue-form > .error-summary');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(
      'Hiçbir değer onaylanmadı: 3 kalemden 1 tanesi onaylanamıyor',
    );
    const refusedBox = queueItem(page, 'PG1.2.1').locator('input[type="checkbox"]');
    await expect(refusedBox.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(queueItem(page, 'PG1.2.1').locator('.field-error').textContent()).resolves.toContain(
      'PG1.2.1 2026-H2',
    );
    await expect(queueItem(page, 'PG1.1.1').locator('.field-error').count()).resolves.toBe(0);
    await expect(status('PG1.1.1')).resolves.toBe('submitted');
    await expect(status('PG1.1.2')).resolves.toBe('submitted');

    await enterAndSubmit(zabitaApi, 'PG1.2.1', 70);
    await openQueue(page);
    await page.getByLabel('PARK biriminin tüm değerlerini seç').check();
    await page.getByLabel('ZABITA biriminin tüm değerlerini seç').check();
    await page.getByRole('button', { name: 'Seçilenleri onayla' }).click();
    await page.locator('.queue .empty-queue').waitFor();
    await expect(page.locator('#queue-heading').textContent()).resolves.toBe('Onay bekleyen değerler (0)');
    await waitForAnnouncement(page, '3 değer onaylandı');
    for (const code of ['PG1.1.1', 'PG1.1.2', 'PG1.2.1'])
      await expect(status(code)).resolves.toBe('approved');
    const pixels = await canvasPixels(page, '.completion canvas');
    expect(pixelsNear(pixels, ENTRY_COMPLETION_COLOURS.approved)).toBeGreaterThan(1000);
    expect(pixelsNear(pixels, ENTRY_COMPLETION_COLOURS.submitted)).toBe(0);

    // Nothing waits now: the period closes.
    await page.getByRole('button', { name: 'Kapat 2026 yıl sonu' }).click();
    await page.waitForSelector('.periods tr[data-period="2026"][data-status="closed"]');
    await expect(page.locator('.completion').textContent()).resolves.toContain('Açık dönem yok');

    if (process.env.PUSULA_SCREENSHOTS) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({
        path: join(process.env.PUSULA_SCREENSHOTS, 'approvals-390.png'),
        fullPage: true,
      });
    }
    // The browser notes the two refusals (409) in its console; nothing else.
    expect(plannerPage.errors.filter((error) => !error.includes('409'))).toEqual([]);
    expect(plannerPage.errors.length).toBe(2);
  }, 90_000);

  it('four eyes: an administrator who entered and submitted a value sees why they cannot approve it', async () => {
    const opened = await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2027-H1' });
    expect(opened.status).toBe(201);
    await enterAndSubmit(t.api, 'PG1.1.1', 150000, '2027-H1');

    const { page, errors } = await t.newPage({ viewport: PHONE });
    await signIn(page, t.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    await openQueue(page);
    const item = queueItem(page, 'PG1.1.1', '2027-H1');
    await item.getByRole('button', { name: /^Onayla/ }).click();
    const refusal = item.locator('.error-summary[data-error-code="SELF_APPROVAL"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(
      'PG1.1.1 2027 ara dönem değerini kendiniz girip onaya gönderdiğiniz için onaylayamazsınız',
    );
    await expect(refusal.locator('.four-eyes').textContent()).resolves.toContain('Dört göz ilkesi');
    await expect(status('PG1.1.1', '2027-H1')).resolves.toBe('submitted');
    await expect(overflowing(page)).resolves.toEqual([]);
    if (process.env.PUSULA_SCREENSHOTS) {
      await page.screenshot({
        path: join(process.env.PUSULA_SCREENSHOTS, 'four-eyes-390.png'),
        fullPage: true,
      });
    }
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  }, 90_000);
  it('four eyes after approval: a planner proposes a correction on the indicator page; it waits there and in the queue, where another user approves it', async () => {
    // PG1.1.1 2026-H2 was approved at 140000 = B and its period is closed: corrections go on.
    const { page, errors } = plannerPage;
    const seen = errors.length;
    await page.goto(`${t.baseUrl}/#/plans/${plan.id}/indicators/PG1.1.1`);
    await waitForScreen(page, '/plans/:planId/indicators/:code');
    const row = page.locator('.values-table tr[data-period="2026-H2"]');
    await row.getByRole('button', { name: /Düzeltme öner/ }).click();
    const form = page.locator('form.correction-form[data-period="2026-H2"]');
    await form.getByLabel(/Önerilen değer/).fill('141.000');
    await form.getByLabel('Düzeltme nedeni').fill('Kadastro ölçümü');
    await form.getByRole('button', { name: 'Düzeltmeyi öner' }).click();
    // C 141000 ≠ B 140000 at year end: the API asks for the deviation reason at its field.
    await form.locator('.error-summary[data-error-code="DEVIATION_REASON"]').waitFor();
    await expect(form.getByLabel('Sapma nedeni').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('Sapma nedeni').fill('Ek park alanı teslim alındı');
    await form.getByRole('button', { name: 'Düzeltmeyi öner' }).click();
    const pending = row.locator('[data-cell="pending-correction"]');
    await pending.waitFor();
    if (process.env.PUSULA_SCREENSHOTS)
      await page
        .locator('section[data-section="values"]')
        .screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'correction-pending.png') });
    await expect(pending.textContent()).resolves.toMatch(
      /^Düzeltme önerisi: 141\.000 m², onay bekliyor\. Öneren: Ayşe Planlamacı, .*Düzeltme nedeni: Kadastro ölçümü$/,
    );
    // The approved value stands meanwhile.
    await expect(row.locator('td').first().textContent()).resolves.toMatch(/^140\.000 m²/);
    await expect(row.locator('.correction-action').textContent()).resolves.toContain(
      'Düzeltme önerisi onay bekliyor',
    );
    await waitForAnnouncement(page, 'PG1.1.1 2026 ikinci yarı (Temmuz–Aralık) için düzeltme önerildi');
    const stored = await t.api.get<IndicatorValueResponse[]>(
      `/api/plans/${plan.id}/indicators/PG1.1.1/values`,
    );
    expect(stored.body.find((value) => value.period === '2026-H2')).toMatchObject({
      value: 140000,
      revised: false,
      pendingCorrection: { value: 141000, deviationReason: 'Ek park alanı teslim alındı' },
    });

    // The proposer sees it waiting in the queue, without the approve button.
    await openQueue(page);
    await expect(page.locator('#corrections-heading').textContent()).resolves.toBe('Düzeltme önerileri (1)');
    const mine = page.locator('li.correction-item[data-indicator="PG1.1.1"][data-period="2026-H2"]');
    await expect(mine.getAttribute('data-mine')).resolves.toBe('true');
    await expect(mine.locator('.correction-waiting').textContent()).resolves.toContain(
      'Onay bekliyor: bu düzeltmeyi siz önerdiniz',
    );
    await expect(mine.getByRole('button', { name: /Düzeltmeyi onayla/ }).count()).resolves.toBe(0);
    await expect(mine.getByRole('button', { name: /Geri çek/ }).count()).resolves.toBe(1);
    if (process.env.PUSULA_SCREENSHOTS)
      await mine.screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'correction-proposer.png') });
    expect(errors.slice(seen).filter((error) => !error.includes('400'))).toEqual([]);

    // Another user (the administrator) approves it there.
    const admin = await t.newPage({ viewport: PHONE });
    await signIn(admin.page, t.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    await openQueue(admin.page);
    const item = admin.page.locator('li.correction-item[data-indicator="PG1.1.1"][data-period="2026-H2"]');
    await expect(item.getAttribute('data-mine')).resolves.toBeNull();
    await expect(item.locator('.current-value').textContent()).resolves.toBe('140.000 m²');
    await expect(item.locator('.proposed-value').textContent()).resolves.toBe('141.000 m²');
    await expect(item.textContent()).resolves.toContain('öneren Ayşe Planlamacı');
    await expect(item.textContent()).resolves.toContain('yok → Ek park alanı teslim alındı');
    if (process.env.PUSULA_SCREENSHOTS)
      await admin.page.screenshot({
        path: join(process.env.PUSULA_SCREENSHOTS, 'correction-queue-390.png'),
        fullPage: true,
      });
    await item.getByRole('button', { name: /Düzeltmeyi onayla/ }).click();
    await admin.page.locator('.empty-corrections').waitFor();
    await expect(admin.page.locator('#corrections-heading').textContent()).resolves.toBe(
      'Düzeltme önerileri (0)',
    );
    await waitForAnnouncement(admin.page, 'düzeltmesi onaylandı; düzeltilen değer artık geçerli');
    const corrected = await t.api.get<IndicatorValueResponse[]>(
      `/api/plans/${plan.id}/indicators/PG1.1.1/values`,
    );
    expect(corrected.body.find((value) => value.period === '2026-H2')).toMatchObject({
      value: 141000,
      revised: true,
      originalValue: 140000,
      correctionReason: 'Kadastro ölçümü',
      deviationReason: 'Ek park alanı teslim alındı',
      pendingCorrection: null,
    });
    await expect(overflowing(admin.page)).resolves.toEqual([]);
    expect(admin.errors).toEqual([]);
  }, 90_000);
});
