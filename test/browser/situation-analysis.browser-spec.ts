import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { signIn, waitForAnnouncement, waitForScreen } from './support/browser-app.js';
import { DESKTOP, usePlanWithUsers } from './support/fixtures.js';

/*
 * Issue 13's situation analysis screens: a planner of a draft fills in the GZFT four boxes and a
 * strategy, adds stakeholders and sees each in its strategy's quadrant of the importance ×
 * influence matrix, links the need no target answered to a target from the findings list, and
 * sees NEED_UNANSWERED leave the workspace's validation panel; a reviewer reads without forms.
 */

const document = workedExampleDocument({ institutionName: 'Analiz Belediyesi', planStatus: 'taslak' });
document.plan.analysis = {
  findings: [{ code: 'İ1', kind: 'ihtiyac', text: 'Mahallelerde yeşil alan eksik' }],
};
const { app, plan, accounts } = usePlanWithUsers(
  {
    planner: { email: 'planlama@analiz.test', name: 'Deniz Planlamacı', role: 'planner' },
    reviewer: { email: 'denetim@analiz.test', name: 'Cem Denetçi', role: 'reviewer' },
  },
  document,
  90_000,
);

async function openPart(page: Page, part: string): Promise<void> {
  await page.goto(`${app.baseUrl}/#/plans/${plan.id}/analysis/${part}`);
  await waitForScreen(page, '/plans/:planId/analysis/:part');
}

/** The NEED_UNANSWERED problems the workspace's validation panel lists, by their text. */
async function unansweredInPanel(page: Page): Promise<string[]> {
  await page.goto(`${app.baseUrl}/#/plans/${plan.id}/workspace`);
  await waitForScreen(page, '/plans/:planId/workspace');
  await page.waitForSelector('.validation-panel .validation-counts[data-warnings]');
  return page.locator('.validation-panel li[data-code="NEED_UNANSWERED"]').allTextContents();
}

async function addToBox(page: Page, box: string, text: string): Promise<void> {
  const form = page.locator(`[data-box="${box}"] form.analysis-row-form`);
  await form.getByLabel('Metin', { exact: true }).fill(text);
  await form.getByRole('button', { name: 'Ekle', exact: true }).click();
  await waitForAnnouncement(page, 'Eklendi');
  await page.waitForSelector(`[data-box="${box}"] li:has-text("${text}")`);
}

async function addStakeholder(
  page: Page,
  name: string,
  kind: string,
  importance: string,
  influence: string,
): Promise<void> {
  const form = page.locator('form.analysis-row-form[data-part="stakeholders"]');
  await form.getByLabel('Paydaş', { exact: true }).fill(name);
  await form.getByLabel('Türü', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Önem (1–5)', { exact: true }).selectOption(importance);
  await form.getByLabel('Etki (1–5)', { exact: true }).selectOption(influence);
  await form.getByRole('button', { name: 'Ekle', exact: true }).click();
  await waitForAnnouncement(page, 'Eklendi');
  await page.waitForSelector(`table.analysis-table tr:has(th:text-is("${name}"))`);
}

describe('the situation analysis screens', () => {
  it('lets a planner fill in the GZFT and the stakeholders, link a need and clear NEED_UNANSWERED', async () => {
    const { page, errors } = await app.newPage({ viewport: DESKTOP });
    await signIn(page, app.baseUrl, accounts.planner.email, accounts.planner.password);
    await expect(unansweredInPanel(page)).resolves.toEqual(['Uyarı İ1 ihtiyacını karşılayan hedef yok']);

    await openPart(page, 'swot');
    await addToBox(page, 'guclu', 'Güçlü park bakım ekibi');
    await addToBox(page, 'zayif', 'Eski araç filosu');
    await addToBox(page, 'firsat', 'Yeşil kent hibeleri');
    await addToBox(page, 'tehdit', 'Kuraklık');
    await addToBox(page, 'GF', 'Hibelerle yeni parklar');
    for (const [box, text] of [
      ['guclu', 'Güçlü park bakım ekibi'],
      ['tehdit', 'Kuraklık'],
      ['GF', 'Hibelerle yeni parklar'],
    ])
      await expect(page.locator(`[data-box="${box}"] li`).first().textContent()).resolves.toContain(text);
    await expect(page.locator('[data-box="ZT"]').textContent()).resolves.toContain('Henüz yok.');

    await openPart(page, 'stakeholders');
    await addStakeholder(page, 'Valilik', 'Dış paydaş', '5', '5');
    await addStakeholder(page, 'Muhtarlar', 'Dış paydaş', '2', '4');
    await addStakeholder(page, 'Park çalışanları', 'İç paydaş', '4', '1');
    const strategies = await page
      .locator('table.analysis-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')?.textContent, row.getAttribute('data-strategy')]),
      );
    expect(strategies).toEqual([
      ['Valilik', 'birlikte-calis'],
      ['Muhtarlar', 'cikarlarini-gozet'],
      ['Park çalışanları', 'bilgilendir'],
    ]);
    await expect(
      page.locator('table.analysis-table tr:has(th:text-is("Muhtarlar")) td').nth(6).textContent(),
    ).resolves.toBe('Çıkarlarını Gözet');
    // Where Chart.js drew each point, against the split between 2 and 3 on both axes.
    const quadrants = await page.locator('.analysis-matrix canvas').evaluate((canvas) => {
      interface Drawn {
        getDatasetMeta(index: number): { data: Array<{ x: number; y: number }> };
        data: { datasets: Array<{ data: Array<{ names: string[] }> }> };
        scales: Record<'x' | 'y', { getPixelForValue(value: number): number }>;
      }
      const chart = (canvas as HTMLCanvasElement & { chart: Drawn }).chart;
      const splitX = chart.scales.x.getPixelForValue(2.5);
      const splitY = chart.scales.y.getPixelForValue(2.5);
      return chart
        .getDatasetMeta(0)
        .data.map((point, index) => [
          chart.data.datasets[0]?.data[index]?.names.join(','),
          `${point.y < splitY ? 'üst' : 'alt'}-${point.x > splitX ? 'sağ' : 'sol'}`,
        ]);
    });
    expect(quadrants).toEqual([
      ['Valilik', 'üst-sağ'],
      ['Muhtarlar', 'üst-sol'],
      ['Park çalışanları', 'alt-sağ'],
    ]);

    await openPart(page, 'findings');
    const need = page.locator('tr[data-code="İ1"]');
    await expect(need.getAttribute('data-answered')).resolves.toBe(null);
    await expect(need.textContent()).resolves.toContain('Hiçbir hedef karşılamıyor');
    await need.getByLabel('Hedef', { exact: true }).selectOption('H1.1');
    await need.getByRole('button', { name: 'İ1: hedefe bağla' }).click();
    await waitForAnnouncement(page, 'İ1, H1.1 hedefine bağlandı');
    await page.waitForSelector('tr[data-code="İ1"][data-answered] li[data-target="H1.1"]');
    await expect(page.locator('p[data-open]').textContent()).resolves.toBe(
      'Her ihtiyacı en az bir hedef karşılıyor.',
    );

    await expect(unansweredInPanel(page)).resolves.toEqual([]);
    // The target card lists the need it answers now.
    await page.goto(`${app.baseUrl}/#/plans/${plan.id}/targets/H1.1`);
    await waitForScreen(page, '/plans/:planId/targets/:code');
    await expect(page.locator('.card-analysis li[data-code="İ1"]').textContent()).resolves.toContain(
      'Mahallelerde yeşil alan eksik',
    );
    expect(errors).toEqual([]);
  });

  it('shows a reviewer the analysis without a form or a button to change it', async () => {
    const { page, errors } = await app.newPage({ viewport: DESKTOP });
    await signIn(page, app.baseUrl, accounts.reviewer.email, accounts.reviewer.password);
    await openPart(page, 'swot');
    await expect(page.locator('[data-box="guclu"] li').first().textContent()).resolves.toContain(
      'Güçlü park bakım ekibi',
    );
    await expect(page.locator('main form').count()).resolves.toBe(0);
    await expect(page.locator('main .row-actions').count()).resolves.toBe(0);
    await openPart(page, 'findings');
    await expect(page.locator('main form').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows part B’s empty state without a previous plan, and lets a reader download the workbook that opens', async () => {
    const { page, errors } = await app.newPage({ viewport: DESKTOP });
    await signIn(page, app.baseUrl, accounts.reviewer.email, accounts.reviewer.password);
    await openPart(page, 'evaluation');
    await expect(page.locator('[data-empty="previous"]').textContent()).resolves.toContain(
      'önceki planı Pusula’da yok',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Durum analizi tablolarını indir (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('İ GZFT');
    const swot: unknown[] = [];
    workbook.getWorksheet('İ GZFT')?.eachRow((row) => swot.push(...(row.values as unknown[])));
    expect(swot).toContain('Güçlü park bakım ekibi');
    await waitForAnnouncement(page, 'Durum analizi tabloları indirildi');
    expect(errors).toEqual([]);
  });
});
