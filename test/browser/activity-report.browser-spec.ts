import { afterAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityReportPerformanceResponse } from '../../src/contracts/activity-report.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import { ok } from '../support/requests.js';
import { overflowing, waitForAnnouncement, type BrowserApp } from './support/browser-app.js';
import { DEMO_PLANNER as PLANNER, openPlanScreen, PHONE, useDemoPlan } from './support/fixtures.js';

/**
 * The activity report workspace of the Marmara Belediyeler Birliği's 2008 report (the demo): the
 * results table as the server computes it, the criteria's guiding questions as prompts, an
 * evaluation the planner writes and finds again after a reload, and the workbook downloaded and
 * read back with what was written.
 */

let t: BrowserApp;
let plan: PlanSummaryResponse;
let workdir = '';

useDemoPlan('Marmara Belediyeler Birliği', (demo) => {
  ({ app: t, plan } = demo);
  workdir = mkdtempSync(join(tmpdir(), 'pusula-report-'));
});

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('the activity report workspace', () => {
  it('a planner reads the 2008 table, fills an evaluation with the prompts in view, and downloads the workbook with it', async () => {
    const { page, errors } = await openPlanScreen(
      t,
      PLANNER,
      plan.id,
      'activity-report',
      '?year=2008',
      PHONE,
    );
    const table = await ok(
      t.api.get<ActivityReportPerformanceResponse>(`/api/plans/${plan.id}/activity-reports/2008/performance`),
    );
    await expect(page.locator('h1').textContent()).resolves.toBe('2008 yılı faaliyet raporu');
    // Every indicator of the server's table is a row, and each target has its HG row.
    const indicators = table.targets.flatMap((target) => target.indicators);
    await expect(page.locator('.report-table tbody tr[data-indicator]').count()).resolves.toBe(
      indicators.length,
    );
    await expect(page.locator('.report-table tbody tr.report-hg').count()).resolves.toBe(
      table.targets.length,
    );
    const first = indicators[0];
    const cells = await page.locator(`.report-table tr[data-indicator="${first.code}"] td`).allTextContents();
    expect(cells[5]).toBe(first.actual === null ? 'veri yok' : first.actual.toLocaleString('tr-TR'));

    // The criteria with their guiding questions as prompts, on an indicator the demo left unwritten.
    const field = page.locator('.report-indicator[data-indicator="PG2.1.1"]');
    await expect(field.locator('label').allTextContents()).resolves.toEqual([
      'İlgililik',
      'Etkililik',
      'Etkinlik',
      'Sürdürülebilirlik',
      'Etki (isteğe bağlı)',
    ]);
    await expect(field.locator('.report-prompt').nth(2).textContent()).resolves.toBe(
      'Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
    );
    const efficiency = field.getByLabel('Etkinlik', { exact: true });
    await expect(efficiency.getAttribute('placeholder')).resolves.toBe(
      'Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
    );
    await efficiency.fill('Ortak proje başvuruları ek maliyet doğurmadı.');
    await field.getByLabel('İlgililik', { exact: true }).fill('Çevre çalışmalarına ihtiyaç sürüyor.');
    await page.getByRole('button', { name: 'Değerlendirmeyi kaydet' }).click();
    await waitForAnnouncement(page, 'Değerlendirme kaydedildi.');
    await page.reload();
    await page.locator('.report-indicator[data-indicator="PG2.1.1"]').waitFor();
    await expect(
      page
        .locator('.report-indicator[data-indicator="PG2.1.1"]')
        .getByLabel('Etkinlik', { exact: true })
        .inputValue(),
    ).resolves.toBe('Ortak proje başvuruları ek maliyet doğurmadı.');
    expect(await overflowing(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Performans tablosu (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^2008 Faaliyet Raporu Performans Tablosu .*\.xlsx$/);
    const path = join(workdir, 'performance.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Gösterge Değerlendirmesi 2008');
    if (!sheet) throw new Error('no evaluation sheet');
    let row = 0;
    sheet.eachRow((candidate, number) => {
      if (candidate.getCell(1).value === 'PG2.1.1') row = number;
    });
    expect(row).toBeGreaterThan(5);
    expect(sheet.getRow(row).getCell(4).value).toBe('Çevre çalışmalarına ihtiyaç sürüyor.');
    expect(sheet.getRow(row).getCell(6).value).toBe('Ortak proje başvuruları ek maliyet doğurmadı.');
    const results = book.getWorksheet('Performans Sonuçları 2008');
    expect(results?.getRow(5).getCell(11).value).toBe('Gerçekleşme Oranı (%)');
    expect(errors).toEqual([]);
  }, 120_000);
});
