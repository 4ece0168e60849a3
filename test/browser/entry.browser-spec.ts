import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { IndicatorValueResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import {
  openHeaderMenu,
  signIn,
  waitForAnnouncement,
  waitForScreen,
  overflowing,
} from './support/browser-app.js';
import { DESKTOP, PHONE, usePlanWithUsers } from './support/fixtures.js';
import { resetClock, setClock } from '../../src/common/clock.js';

/**
 * The unit manager's data entry (issue 4, screen 3) against the real server: the worklist of the
 * open period 2026, inline entry with field errors and DEVIATION_REASON, a stale write (409),
 * and the values workbook. Worked example (domain.md 4.4): unit PARK owes PG1.1.1 (m², B 2026 =
 * 140000), PG1.1.2 (gün, B = 7) and PG1.1.3 (adet, B = 70) for 2026-H2; ZABITA owes PG1.2.1.
 */

let park: { id: string; email: string; password: string };
let parkApi: ApiClient;
let workdir: string;

const {
  app: t,
  plan,
  accounts,
} = usePlanWithUsers({
  park: { email: 'park@browser.test', name: 'Mehmet Parkçı', role: 'unit_manager', units: ['PARK'] },
  planner: { email: 'planlama@browser.test', name: 'Ayşe Planlamacı', role: 'planner' },
  council: { email: 'meclis@browser.test', name: 'Deniz Meclis', role: 'reviewer' },
});

beforeAll(async () => {
  park = accounts.park;
  const opened = await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026' });
  if (opened.status !== 201) throw new Error(`open period: ${opened.status}`);
  parkApi = await t.login(park.email, park.password);
  workdir = mkdtempSync(join(tmpdir(), 'pusula-entry-'));
}, 60_000);

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

async function storedValue(code: string, period: string): Promise<IndicatorValueResponse | undefined> {
  const response = await t.api.get<IndicatorValueResponse[]>(
    `/api/plans/${plan.id}/indicators/${code}/values`,
  );
  return response.body.find((row) => row.period === period);
}

const entry = (page: Page, code: string, period = '2026-H2') =>
  page.locator(`li.entry[data-indicator="${code}"][data-period="${period}"]`);

async function openEntryScreen(page: Page): Promise<void> {
  await signIn(page, t.baseUrl, park.email, park.password);
  await page.getByRole('link', { name: plan.title }).click();
  await waitForScreen(page, '/plans/:planId');
  await openHeaderMenu(page);
  await page.getByRole('link', { name: 'Veri girişi' }).click();
  await waitForScreen(page, '/plans/:planId/entry');
}

describe('data entry', () => {
  it('a unit manager sees what PARK owes, gets field errors for a non-number and a missing deviation reason, fixes them and submits', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await openEntryScreen(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Veri girişi');
    // Only PARK's entries of the open period; ZABITA's PG1.2.1 is not theirs.
    await expect(page.locator('li.entry').count()).resolves.toBe(3);
    await expect(entry(page, 'PG1.2.1').count()).resolves.toBe(0);
    await expect(entry(page, 'PG1.1.1').getAttribute('data-state')).resolves.toBe('missing');
    await expect(entry(page, 'PG1.1.1').locator('.entry-value').textContent()).resolves.toBe('veri yok');
    await expect(page.locator('[data-count="missing"] dd').textContent()).resolves.toBe('3');

    await entry(page, 'PG1.1.1')
      .getByRole('button', { name: /Değer gir/ })
      .click();
    const form = entry(page, 'PG1.1.1').locator('form.entry-form');
    const value = form.getByLabel(/Gerçekleşen değer \(C\)/);
    await value.waitFor();
    await expect(form.getByLabel('Sapma nedeni').isVisible()).resolves.toBe(false);

    // Not a number: refused at the field before anything is sent.
    await value.fill('130 bin');
    await form.getByRole('button', { name: 'Taslak olarak kaydet' }).click();
    await expect(value.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('.field-error').textContent()).resolves.toContain('Bir sayı yazın');
    await expect(storedValue('PG1.1.1', '2026-H2')).resolves.toBeUndefined();

    // 130.000 is C ≠ B (140.000) at year end: the deviation reason field appears.
    await value.fill('130.000');
    const reason = form.getByLabel('Sapma nedeni');
    await expect(reason.isVisible()).resolves.toBe(true);
    await expect(form.locator('.deviation-field .hint').textContent()).resolves.toContain(
      'Yıl sonu gerçekleşmesi 130.000 m², hedef 140.000 m²',
    );
    await form.getByLabel('Açıklama').fill('Yeni park ihalesi tamamlandı');
    await form.getByLabel(/Kanıt bağlantısı/).fill('https://belge.example.gov.tr/park/2026');

    // Submitted without the reason: the API's DEVIATION_REASON message at the reason field.
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await form.locator('.error-summary[data-error-code="DEVIATION_REASON"]').waitFor();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('.deviation-field .field-error').textContent()).resolves.toBe(
      '2026 ikinci yarı: yıl sonu gerçekleşmesi hedeften farklı, sapma nedeni girilmelidir',
    );
    // The draft was saved before the refused submission, and the list says so.
    await page.waitForSelector('li.entry[data-indicator="PG1.1.1"][data-state="draft"]');
    await expect(storedValue('PG1.1.1', '2026-H2')).resolves.toMatchObject({
      value: 130000,
      status: 'draft',
      deviationReason: null,
    });

    if (process.env.PUSULA_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'entry.png') });

    await reason.fill('Kamulaştırma davası sürüyor');
    await form.getByRole('button', { name: 'Onaya gönder' }).click();
    await page.waitForSelector('li.entry[data-indicator="PG1.1.1"][data-state="submitted"]');
    await expect(entry(page, 'PG1.1.1').locator('.state-badge').textContent()).resolves.toBe(
      'Onaya gönderildi',
    );
    await expect(entry(page, 'PG1.1.1').locator('.entry-value').textContent()).resolves.toBe('130.000 m²');
    await expect(entry(page, 'PG1.1.1').locator('form').count()).resolves.toBe(0);
    await expect(page.locator('[data-count="submitted"] dd').textContent()).resolves.toBe('1');
    await expect(page.locator('[data-count="missing"] dd').textContent()).resolves.toBe('2');
    await waitForAnnouncement(page, 'onaya gönderildi');
    await expect(storedValue('PG1.1.1', '2026-H2')).resolves.toMatchObject({
      value: 130000,
      status: 'submitted',
      note: 'Yeni park ihalesi tamamlandı',
      deviationReason: 'Kamulaştırma davası sürüyor',
      evidenceUrl: 'https://belge.example.gov.tr/park/2026',
      submittedBy: park.id,
    });

    // The language switch: the screen's texts change, the figures stay.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForScreen(page, '/plans/:planId/entry');
    await expect(page.locator('h1').textContent()).resolves.toBe('Data entry');
    await expect(entry(page, 'PG1.1.1').locator('.state-badge').textContent()).resolves.toBe('Submitted');
    await expect(entry(page, 'PG1.1.1').locator('.entry-value').textContent()).resolves.toBe('130,000 m²');
    await expect(
      entry(page, 'PG1.1.2')
        .getByRole('button', { name: /Enter value/ })
        .count(),
    ).resolves.toBe(1);
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await waitForScreen(page, '/plans/:planId/entry');
    await expect(page.locator('h1').textContent()).resolves.toBe('Veri girişi');

    // The only console errors are the browser's notes of the refused submission (400).
    expect(errors.filter((error) => !(error.includes('400') && error.includes('/submit')))).toEqual([]);
  }, 60_000);

  it('a value changed by someone else meanwhile answers 409: the stored value is shown and the user retries over it', async () => {
    const draft = await parkApi.put<IndicatorValueResponse>(
      `/api/plans/${plan.id}/indicators/PG1.1.2/values/2026-H2`,
      { value: 7 },
    );
    expect(draft.status).toBe(201);
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await openEntryScreen(page);
    await entry(page, 'PG1.1.2')
      .getByRole('button', { name: /Düzenle/ })
      .click();
    const form = entry(page, 'PG1.1.2').locator('form.entry-form');
    const value = form.getByLabel(/Gerçekleşen değer \(C\)/);
    await value.waitFor();
    await expect(value.inputValue()).resolves.toBe('7');

    // Another session writes version 2 while the form holds version 1.
    const other = await parkApi.put<IndicatorValueResponse>(
      `/api/plans/${plan.id}/indicators/PG1.1.2/values/2026-H2`,
      { value: 6.5, version: 1 },
    );
    expect(other.body.version).toBe(2);

    await value.fill('7');
    await form.getByLabel('Açıklama').fill('Şikâyet hattı yenilendi');
    await form.getByRole('button', { name: 'Taslak olarak kaydet' }).click();
    await form.locator('.error-summary[data-error-code="STALE_VERSION"]').waitFor();
    await expect(form.locator('.conflict-current').textContent()).resolves.toBe(
      'Şimdiki kayıt: 6,5 gün · Taslak · sürüm 2',
    );
    await expect(storedValue('PG1.1.2', '2026-H2')).resolves.toMatchObject({ value: 6.5, version: 2 });

    await form.getByRole('button', { name: 'Kendi değerimle yeniden dene' }).click();
    await page.waitForFunction(() =>
      document
        .getElementById('status')
        ?.textContent?.includes('PG1.1.2 2026 ikinci yarı (Temmuz–Aralık) taslak olarak kaydedildi'),
    );
    await expect(form.locator('.conflict-panel').count()).resolves.toBe(0);
    await expect(form.locator('.error-summary').count()).resolves.toBe(0);
    await expect(storedValue('PG1.1.2', '2026-H2')).resolves.toMatchObject({
      value: 7,
      version: 3,
      note: 'Şikâyet hattı yenilendi',
      status: 'draft',
    });
    expect(errors.filter((error) => !(error.includes('409') && error.includes('/values/')))).toEqual([]);
  }, 60_000);

  it('the values workbook: template downloaded, filled, uploaded with progress; a workbook with an error lists sheet, row, column and code and changes nothing', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await openEntryScreen(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Şablonu indir' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const templatePath = join(workdir, 'template.xlsx');
    await download.saveAs(templatePath);
    await page.getByText('Şablon indirildi.').first().waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(templatePath) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no Değerler sheet');
    const rowOf = (code: string): number => {
      let found = 0;
      sheet.eachRow((row, number) => {
        if (number > 3 && row.getCell('C').value === code && row.getCell('G').value === '2026-H2')
          found = number;
      });
      if (!found) throw new Error(`no row for ${code}`);
      return found;
    };
    // Only PARK's rows: the unit manager's template.
    expect(() => rowOf('PG1.2.1')).toThrow();
    const pg113 = rowOf('PG1.1.3');
    sheet.getCell(`J${pg113}`).value = 55;
    sheet.getCell(`K${pg113}`).value = 'Eğitim salonu tadilatta';
    sheet.getCell(`L${pg113}`).value = 'Salon tadilatı sürdü';
    const goodPath = join(workdir, 'filled.xlsx');
    writeFileSync(goodPath, Buffer.from(await workbook.xlsx.writeBuffer()));

    await watchProgress(page);
    await page.getByLabel('Doldurulmuş dosya (.xlsx)').setInputFiles(goodPath);
    await page.getByRole('button', { name: 'Dosyayı yükle' }).click();
    await page.locator('.import-summary').waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { progressSeen: number }).progressSeen),
    ).resolves.toBeGreaterThan(0);
    await expect(page.locator('.import-summary').textContent()).resolves.toContain('Dosya yüklendi');
    await page.waitForSelector('li.entry[data-indicator="PG1.1.3"][data-state="draft"]');
    await expect(entry(page, 'PG1.1.3').locator('.entry-value').textContent()).resolves.toBe('55 adet');
    await expect(storedValue('PG1.1.3', '2026-H2')).resolves.toMatchObject({
      value: 55,
      status: 'draft',
      note: 'Eğitim salonu tadilatta',
      deviationReason: 'Salon tadilatı sürdü',
    });

    // A text in a value cell: the whole upload is refused, the problem named by its cell.
    sheet.getCell(`J${pg113}`).value = 'elli beş';
    const badPath = join(workdir, 'bad.xlsx');
    writeFileSync(badPath, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = await t.countRows();
    await page.getByLabel('Doldurulmuş dosya (.xlsx)').setInputFiles(badPath);
    await page.getByRole('button', { name: 'Dosyayı yükle' }).click();
    const problems = page.locator('.import-problems[data-error-code="IMPORT_INVALID"]');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toContain('Hiçbir değer değiştirilmedi');
    const cells = await problems.locator('tbody tr[data-code="VALUE_NOT_NUMBER"] td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['Değerler', String(pg113), 'J', 'VALUE_NOT_NUMBER']);
    await expect(t.countRows()).resolves.toEqual(before);
    await expect(storedValue('PG1.1.3', '2026-H2')).resolves.toMatchObject({ value: 55, version: 1 });
    await expect(entry(page, 'PG1.1.3').locator('.entry-value').textContent()).resolves.toBe('55 adet');

    expect(errors.filter((error) => !(error.includes('400') && error.includes('values-workbook')))).toEqual(
      [],
    );
  }, 60_000);

  it('reads on a 390 px phone without sideways scrolling', async () => {
    const { page, errors } = await t.newPage({ viewport: PHONE });
    await openEntryScreen(page);
    await entry(page, 'PG1.1.3')
      .getByRole('button', { name: /Düzenle/ })
      .click();
    await entry(page, 'PG1.1.3').locator('form.entry-form').waitFor();
    await expect(overflowing(page)).resolves.toEqual([]);
    if (process.env.PUSULA_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'entry-390.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('plausibility on entry (issue 11)', () => {
  it('an implausible H1 value asks for a note before it saves; the approver sees it marked olağan dışı', async () => {
    // 2026-H1 opened last, so the worklists of the tests above are as they expect.
    const opened = await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026-H1' });
    expect(opened.status).toBe(201);
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await openEntryScreen(page);
    // PG1.1.2 complaint days: A 10, B 8 … 5, earlier 7: plausible from 2,5 to 20 days.
    const row = entry(page, 'PG1.1.2', '2026-H1');
    await row.getByRole('button', { name: /Değer gir/ }).click();
    const form = row.locator('form.entry-form');
    const value = form.getByLabel(/Gerçekleşen değer \(C\)/);
    await value.waitFor();
    await value.fill('60');
    await form.getByRole('button', { name: 'Taslak olarak kaydet' }).click();

    const panel = form.locator('.implausible-panel');
    await panel.waitFor();
    await expect(panel.locator('.implausible-text').textContent()).resolves.toBe(
      'Bu değer olağan dışı görünüyor (beklenen aralık 2,5 – 20 gün). Yine de kaydetmek için bir açıklama yazın.',
    );
    // No code and no English reach the reader.
    await expect(panel.textContent()).resolves.not.toMatch(/VALUE_IMPLAUSIBLE_NOTE|implausible/);
    // The confirmation reads on a 390 px phone without sideways scrolling.
    await page.setViewportSize(PHONE);
    await expect(
      page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
    ).resolves.toBeLessThanOrEqual(390);
    if (process.env.PUSULA_SCREENSHOTS)
      await panel.screenshot({ path: join(process.env.PUSULA_SCREENSHOTS, 'entry-implausible-390.png') });
    await page.setViewportSize(DESKTOP);
    const save = panel.getByRole('button', { name: 'Açıklamayla kaydet' });
    await expect(save.isDisabled()).resolves.toBe(true);
    await expect(storedValue('PG1.1.2', '2026-H1')).resolves.toBeUndefined();

    await panel.getByLabel('Açıklama (zorunlu)').fill('Yeni şikâyet hattı: başvurular ikiye katlandı');
    await expect(save.isDisabled()).resolves.toBe(false);
    await save.click();
    await page.waitForSelector(
      'li.entry[data-indicator="PG1.1.2"][data-period="2026-H1"][data-state="draft"]',
    );
    await expect(storedValue('PG1.1.2', '2026-H1')).resolves.toMatchObject({
      value: 60,
      implausible: true,
      note: 'Yeni şikâyet hattı: başvurular ikiye katlandı',
    });
    await expect(row.locator('.implausible-badge').textContent()).resolves.toBe('olağan dışı');
    // What the number means: a level (düzey) C is the entry itself, against B 7 days, F1.
    await expect(row.locator('.figure-actual dd').textContent()).resolves.toBe('60 gün (düzey)');
    await expect(row.locator('.figure-target dt').textContent()).resolves.toBe('2026 yıl sonu hedefi (B)');

    // The editor stays open on a draft: submit it from there.
    await row.locator('form.entry-form').getByRole('button', { name: 'Onaya gönder' }).click();
    await page.waitForSelector(
      'li.entry[data-indicator="PG1.1.2"][data-period="2026-H1"][data-state="submitted"]',
    );
    // The only console error is the browser's note of the refused save (400 VALUE_IMPLAUSIBLE_NOTE).
    expect(errors.filter((error) => !(error.includes('400') && error.includes('/values/2026-H1')))).toEqual(
      [],
    );
    expect(errors).toHaveLength(1);

    const approver = await t.newPage({ viewport: DESKTOP });
    await signIn(approver.page, t.baseUrl, accounts.planner.email, accounts.planner.password);
    await approver.page.goto(`${t.baseUrl}/#/plans/${plan.id}/approvals`);
    await waitForScreen(approver.page, '/plans/:planId/approvals');
    const item = approver.page.locator('li.queue-item[data-indicator="PG1.1.2"][data-period="2026-H1"]');
    await item.waitFor();
    await expect(item.locator('.implausible-badge').textContent()).resolves.toBe('olağan dışı');
    await expect(item.locator('.implausible-line').textContent()).resolves.toContain(
      'beklenen aralık 2,5 – 20 gün',
    );
    await expect(item.locator('.queue-value').textContent()).resolves.toBe('60 gün');
    expect(approver.errors).toEqual([]);

    // A council member opening the overview meanwhile: the unapproved value moves nothing. The
    // screen opens on the server's default period (approved values), never on 2026-H1, which
    // holds only the waiting value.
    const fallback = await t.api.get<{ period: string; basis: string }>(`/api/plans/${plan.id}/progress`);
    expect(fallback.body.basis).toBe('approved');
    expect(fallback.body.period).not.toBe('2026-H1');
    const council = await t.newPage({ viewport: PHONE });
    await signIn(council.page, t.baseUrl, accounts.council.email, accounts.council.password);
    await council.page.goto(`${t.baseUrl}/#/plans/${plan.id}`);
    await waitForScreen(council.page, '/plans/:planId');
    await expect(council.page.locator('.period-form select').inputValue()).resolves.toBe(
      fallback.body.period,
    );
    await expect(council.page.locator('main').textContent()).resolves.not.toContain('olağan dışı');
    expect(council.errors).toEqual([]);
  }, 120_000);
});

describe('entry deadline', () => {
  afterAll(() => resetClock());

  it('son gün is the entry deadline (15 days after the period); an owed entry reads gecikti only after it', async () => {
    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    const owed = '[data-state="missing"], [data-state="draft"], [data-state="returned"]';
    // 31 December 2026 has passed, the entry deadline of 15 January 2027 has not: nothing is late.
    setClock('2027-01-15T20:00:00Z');
    await openEntryScreen(page);
    const heading = page.locator('section.entry-period[data-period="2026"] h2');
    await expect(heading.textContent()).resolves.toContain('son gün 15.01.2027');
    // Other periods of the plan may hold entries owed past their own deadline (the tests above
    // leave 2026-H1's): the year-end period's rows are judged here, the page's total beside them.
    const yearEnd = page.locator('section.entry-period[data-period="2026"]');
    const owedCount = await yearEnd.locator(`li.entry:is(${owed})`).count();
    expect(owedCount).toBeGreaterThan(0);
    await expect(yearEnd.locator('li.entry .late-badge').count()).resolves.toBe(0);
    const lateElsewhere = await page.locator('li.entry .late-badge').count();
    await expect(page.locator('[data-count="late"] dd').textContent()).resolves.toBe(String(lateElsewhere));
    // 16 January 2027 in Istanbul (21:00 UTC on the 15th): every entry still owed is late.
    setClock('2027-01-15T21:00:00Z');
    await page.reload();
    await waitForScreen(page, '/plans/:planId/entry');
    await expect(yearEnd.locator(`li.entry:is(${owed}) .late-badge`).count()).resolves.toBe(owedCount);
    await expect(yearEnd.locator('li.entry .late-badge').count()).resolves.toBe(owedCount);
    await expect(page.locator('li.entry .late-badge').count()).resolves.toBe(lateElsewhere + owedCount);
    await expect(page.locator('[data-count="late"] dd').textContent()).resolves.toBe(
      String(lateElsewhere + owedCount),
    );
    expect(errors).toEqual([]);
  }, 60_000);
});

/** Records whether an upload progress bar was shown (it may come and go within a frame). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { progressSeen: number };
    state.progressSeen = 0;
    new MutationObserver(() => {
      if (document.querySelector('.workbook-result .progress progress')) state.progressSeen += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
}
