import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { overflowing, waitForScreen } from './support/browser-app.js';
import {
  DESKTOP,
  PHONE,
  openPlanScreen,
  openSignedIn,
  usePlanWithUsers,
  type UserSpec,
} from './support/fixtures.js';

/*
 * The performance programme editor (issue 14, Screens): a planner builds the 2027 programme of the
 * worked example's plan (2025–2029) through the screen, by hand (TL):
 *
 *   PH1 (A1 / H1.1)  F01 Park yapımı   PARK    03: 100,000.50  06: 400,000   Döner Sermaye 50,000
 *                    F02 Ağaçlandırma  PARK    03:  60,000.25
 *   PH2 (A1 / H1.2)  F03 Eğitim        ZABITA  01:  20,000     03:   5,000
 *   Genel Yönetim Giderleri                    01: 300,000     02:  50,000   Diğer Yurt İçi 10,000
 *   Diğer İdarelere Transfer                   05:  25,000
 *
 * Tablo 3: PH1 budget 100,000.50 + 400,000 + 60,000.25 = 560,000.75, off-budget 50,000, total
 * 610,000.75; activities 560,000.75 + 25,000 = 585,000.75 budget; general administration 350,000
 * + 10,000; transfers 25,000; grand total 585,000.75 + 350,000 + 25,000 = 960,000.75 budget, 50,000
 * + 10,000 = 60,000 off-budget, 1,020,000.75 in all. Shares: PH1 560,000.75 / 960,000.75 = 58.3 %
 * of the budget, 50,000 / 60,000 = 83.3 % of the off-budget, 610,000.75 / 1,020,000.75 = 59.8 %.
 * Tablo 4: 01 = 20,000 + 300,000 = 320,000; 02 = 50,000; 03 = 100,000.50 + 60,000.25 + 5,000 =
 * 165,000.75; 05 = 25,000; 06 = 400,000.
 * The planner types the budget proposal with 165,000 for 03: PP_RESOURCE_IDENTITY breaks 03
 * (165,000 against 165,000.75) and the total (960,000 against 960,000.75); the submit button
 * stays off. Typing 165,000.75 mends both; with the four indicators' 2026 figures typed (t-1 has
 * neither actuals nor plan targets) only the PP_COST_VS_PLAN warning stays (PH1 610,000.75 against
 * H1.1's 1,300,000 for 2027), and the programme goes to the council, which accepts it; a revision
 * with its reason makes it a draft again (revision 1) and the history keeps the acceptance.
 */

const USERS = {
  planner: { email: 'planlama@programme.test', name: 'Ayşe Planlamacı', role: 'planner' },
  reviewer: { email: 'meclis@programme.test', name: 'Zeynep Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS, undefined, 120_000);

const EDITOR = '/plans/:planId/programmes/:year';

/** Saves a form of the editor and waits until the screen, drawn again from the server, shows `ready`. */
async function save(page: Page, form: Locator, button: string, ready: string): Promise<void> {
  await form.getByRole('button', { name: button, exact: true }).click();
  await page.waitForSelector(ready);
}

async function addActivity(
  page: Page,
  ph: string,
  code: string,
  activity: { name: string; unit: string; amounts: Record<string, string> },
): Promise<void> {
  await page.locator('details.pp-add-activity-box summary', { hasText: `${ph} için faaliyet ekle` }).click();
  const form = page.locator(`form.pp-add-activity[data-ph="${ph}"]`);
  await form.getByLabel('Faaliyet veya proje adı').fill(activity.name);
  await form.getByLabel('Sorumlu harcama birimi').selectOption(activity.unit);
  for (const [name, value] of Object.entries(activity.amounts))
    await form.locator(`[name="${name}"]`).fill(value);
  await save(page, form, 'Faaliyeti ekle', `form.pp-activity[data-activity="${code}"]`);
}

async function cells(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).locator('th, td').allTextContents();
}

describe('the performance programme editor', () => {
  it('a planner builds a two-target programme with three activities, mends the resource identity, submits it, and the tables and the workbook hold the hand-worked totals', async () => {
    const { page, errors } = await openPlanScreen(t, accounts.planner, plan.id, 'programmes', '', DESKTOP);
    await expect(
      page.locator('.pp-create').getByLabel('Program bütçe (performans kartları)').isDisabled(),
    ).resolves.toBe(false);
    await expect(
      page.locator('.pp-create').getByLabel('Klasik tablolar (Tablo 1–5)').isChecked(),
    ).resolves.toBe(true);
    await page.locator('.pp-create').getByLabel('Yıl').selectOption('2027');
    await page.getByRole('button', { name: 'Taslak oluştur' }).click();
    await waitForScreen(page, EDITOR);
    await expect(page.locator('.pp-status').getAttribute('data-status')).resolves.toBe('draft');

    // Two PHs from the plan's targets of 2027.
    const addTarget = page.locator('form.pp-add-target');
    await addTarget.getByLabel('Planın 2027 yılı hedefi').selectOption('H1.1');
    await save(page, addTarget, 'Performans hedefi olarak ekle', 'article.pp-target[data-ph="PH1"]');
    await addTarget.getByLabel('Planın 2027 yılı hedefi').selectOption('H1.2');
    await save(page, addTarget, 'Performans hedefi olarak ekle', 'article.pp-target[data-ph="PH2"]');
    // t-2 comes from the approved values, t from the plan: marked, not typed; t-1 is missing.
    const parkArea = page.locator('form.pp-indicator[data-indicator="PG1.1.1"]');
    await expect(parkArea.locator('.pp-figure[data-year="2025"]').textContent()).resolves.toBe(
      '2025115.000Pusula’dan (onaylı değerler)',
    );
    await expect(parkArea.locator('.pp-figure[data-year="2027"]').textContent()).resolves.toBe(
      '2027160.000plandaki hedef',
    );
    await expect(parkArea.locator('.pp-figure[data-year="2026"]').getAttribute('data-source')).resolves.toBe(
      '',
    );

    // Three activities.
    await addActivity(page, 'PH1', 'F01', {
      name: 'Park yapımı',
      unit: 'PARK',
      amounts: { 'budget.03': '100000.50', 'budget.06': '400000', 'offBudget.doner-sermaye': '50000' },
    });
    await addActivity(page, 'PH1', 'F02', {
      name: 'Ağaçlandırma',
      unit: 'PARK',
      amounts: { 'budget.03': '60000.25' },
    });
    await addActivity(page, 'PH2', 'F03', {
      name: 'Eğitim',
      unit: 'ZABITA',
      amounts: { 'budget.01': '20000', 'budget.03': '5000' },
    });
    // Table 5 names the responsible units.
    await expect(cells(page, '[data-table="5"] tr[data-activity="F03"]')).resolves.toEqual([
      'PH2 Kent temizliğini iyileştirmek',
      'F03 Eğitim',
      'Zabıta Müdürlüğü',
    ]);

    // General administration and transfers.
    const institution = page.locator('form.pp-institution');
    await institution.locator('[name="generalAdministration.budget.01"]').fill('300000');
    await institution.locator('[name="generalAdministration.budget.02"]').fill('50000');
    await institution.locator('[name="generalAdministration.offBudget.diger-yurt-ici"]').fill('10000');
    await institution.locator('[name="transfers.budget.05"]').fill('25000');
    await save(
      page,
      institution,
      'Kaydet',
      '[data-table="3"] tr[data-line="transfers"] td:has-text("25.000 TL")',
    );

    // The indicators' 2026 figures (t-1: neither actuals nor plan targets).
    for (const [code, value] of [
      ['PG1.1.1', '140000'],
      ['PG1.1.2', '7'],
      ['PG1.1.3', '68'],
      ['PG1.2.1', '66'],
    ]) {
      const form = page.locator(`form.pp-indicator[data-indicator="${code}"]`);
      await form.locator('[name="figures.2026"]').fill(value);
      await save(
        page,
        form,
        'Kaydet',
        `form.pp-indicator[data-indicator="${code}"] .pp-figure[data-year="2026"][data-source="entered"]`,
      );
    }

    // The budget proposal with 03 off by 75 kuruş: the identity breaks at 03 and in total.
    const proposal = page.locator('form.pp-proposal');
    for (const [code, value] of [
      ['01', '320000'],
      ['02', '50000'],
      ['03', '165000'],
      ['05', '25000'],
      ['06', '400000'],
    ])
      await proposal.locator(`[name="proposal.${code}"]`).fill(value);
    // Before, every code broke (nothing proposed); now 01 holds and 03 does not.
    await save(
      page,
      proposal,
      'Bütçe teklifini kaydet',
      '[data-table="4"] tr[data-line="01"]:not(.pp-break)',
    );
    const identity = page.locator('.pp-issue[data-rule="PP_RESOURCE_IDENTITY"]');
    await expect(identity.count()).resolves.toBe(2);
    await expect(identity.first().locator('.pp-issue-text').textContent()).resolves.toBe(
      'Bütçe teklifinde 03 Mal ve Hizmet Alım Giderleri kaynak ihtiyacı 165.000 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 165.000,75 TL',
    );
    await expect(identity.first().locator('.pp-severity').textContent()).resolves.toBe('Hata:');
    await expect(page.locator('.pp-rules-count').textContent()).resolves.toBe('2 hata, 1 uyarı');
    await expect(
      page
        .locator('[data-table="4"] tr.pp-break')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-line'))),
    ).resolves.toEqual(['03', 'budget-total']);
    await expect(page.locator('.pp-identity-breaks li').allTextContents()).resolves.toEqual([
      '03 Mal ve Hizmet Alım Giderleri: bütçe teklifi 165.000 TL, tablolar 165.000,75 TL',
      'Toplam Bütçe: bütçe teklifi 960.000 TL, tablolar 960.000,75 TL',
    ]);
    const submit = page.getByRole('button', { name: 'Meclise sun' });
    await expect(submit.isDisabled()).resolves.toBe(true);
    // The finding leads to its field.
    await identity.first().getByRole('button', { name: 'Alana git' }).click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'proposal.03',
    );
    await expect(proposal.locator('.pp-break .pp-break-note').textContent()).resolves.toBe(
      'Tablolara göre: 165.000,75 TL',
    );

    // Mended: only the cost warning stays, and the programme can go to the council.
    await proposal.locator('[name="proposal.03"]').fill('165000.75');
    await save(page, proposal, 'Bütçe teklifini kaydet', '.pp-identity-ok');
    await expect(
      page.locator('.pp-issue').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule'))),
    ).resolves.toEqual(['PP_COST_VS_PLAN']);
    await expect(page.locator('.pp-rules-count').textContent()).resolves.toBe('0 hata, 1 uyarı');

    // Tablo 3 and 4 as the server computed them (hand-worked above).
    await expect(cells(page, '[data-table="3"] tr[data-line="PH1"]')).resolves.toEqual([
      'PH1 toplamı',
      '560.000,75 TL',
      '58,3',
      '50.000 TL',
      '83,3',
      '610.000,75 TL',
      '59,8',
    ]);
    await expect(cells(page, '[data-table="3"] tr[data-line="grand-total"]')).resolves.toEqual([
      'Genel Toplam',
      '960.000,75 TL',
      '100',
      '60.000 TL',
      '100',
      '1.020.000,75 TL',
      '100',
    ]);
    await expect(cells(page, '[data-table="4"] tr[data-line="01"]')).resolves.toEqual([
      '01 Personel Giderleri',
      '20.000 TL',
      '300.000 TL',
      '0 TL',
      '320.000 TL',
    ]);
    await expect(cells(page, '[data-table="4"] tr[data-line="03"]')).resolves.toEqual([
      '03 Mal ve Hizmet Alım Giderleri',
      '165.000,75 TL',
      '0 TL',
      '0 TL',
      '165.000,75 TL',
    ]);

    await page.getByLabel('Meclise sunuş tarihi').fill('2026-10-01');
    await submit.click();
    await page.waitForSelector('.pp-status[data-status="submitted"]');
    await expect(page.locator('.pp-status').textContent()).resolves.toBe(
      'meclise sunuldu · Meclise sunuldu: 01.10.2026',
    );
    await expect(page.locator('form.pp-proposal [name="proposal.03"]').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Kabulü kaydet' }).count()).resolves.toBe(1);

    // The workbook, read back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tablo 1–5 (Excel)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())).buffer);
    const table3 = workbook.getWorksheet('Tablo 3 Performans Tablosu');
    const rows: unknown[][] = [];
    table3?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((row) => row[1] === 'Genel Toplam')?.slice(2, 7)).toEqual([
      960000.75, 100, 60000, 100, 1020000.75,
    ]);
    expect(rows.find((row) => row[0] === 'PH1')?.[2]).toBe(560000.75);

    // The council's decision (not before the submission), then a revision with its reason.
    await page.getByLabel('Meclis karar tarihi').fill('2026-11-20');
    await page.getByLabel('Karar sayısı').fill('2026/145');
    await page.getByRole('button', { name: 'Kabulü kaydet' }).click();
    await page.waitForSelector('.pp-status[data-status="accepted"]');
    await expect(page.locator('.pp-readonly').textContent()).resolves.toContain('yalnız revizyonla değişir');
    await page.getByLabel('Revizyonun gerekçesi').fill('Ödenek değişikliği');
    await page.getByRole('button', { name: 'Revizyon aç' }).click();
    await page.waitForSelector('.pp-status[data-status="draft"]');
    await expect(page.locator('.pp-status').textContent()).resolves.toBe('taslak (revizyon 1)');
    await expect(page.locator('.pp-revisions li[data-revision="1"]').textContent()).resolves.toMatch(
      /^Revizyon 1: .* tarihinde açıldı\. Gerekçe: Ödenek değişikliğiRevizyondan önceki kabul: 20\.11\.2026, karar sayısı 2026\/145$/,
    );
    await expect(page.locator('form.pp-proposal [name="proposal.03"]').isDisabled()).resolves.toBe(false);
    expect(errors).toEqual([]);
  }, 600_000);

  /*
   * The programme-budget format (issue 14 point 2), on a 390 px phone: the planner makes the 2028
   * programme in that format and fills one sub-programme goal: programme 01, sub-programme 01.1,
   * goal AH1 serving H1.1, indicator G1 with its six figures and activity F01 (PARK) costing
   * 1,400,000 TL bütçe içi (06) in 2028 with 1,250,000 budgeted for 2027. With no budget proposal
   * the identity breaks at 06 and in total, and the rule panel says so.
   */
  it('a planner fills a sub-programme goal of a programme-budget programme with an indicator and an activity, on a phone', async () => {
    const { page, errors } = await openPlanScreen(t, accounts.planner, plan.id, 'programmes', '', PHONE);
    const create = page.locator('.pp-create');
    await create.getByLabel('Yıl').selectOption('2028');
    await create.getByLabel('Program bütçe (performans kartları)').check();
    await page.getByRole('button', { name: 'Taslak oluştur' }).click();
    await waitForScreen(page, EDITOR);
    await page.waitForSelector('section.pb-card');

    const addProgramme = page.locator('section.pb-card > form.pb-programme-form');
    await addProgramme.getByLabel('Program kodu').fill('01');
    await addProgramme.getByLabel('Program adı').fill('Kentsel Yaşam');
    await save(page, addProgramme, 'Program ekle', 'section.pb-programme[data-programme="01"]');
    const addSub = page.locator('section.pb-programme > form.pb-sub-form');
    await addSub.getByLabel('Alt program kodu').fill('01.1');
    await addSub.getByLabel('Alt program adı').fill('Yeşil Alanlar');
    await save(page, addSub, 'Alt program ekle', 'section.pb-sub[data-sub-programme="01.1"]');
    const addGoal = page.locator('section.pb-sub > form.pb-goal-form');
    await addGoal.getByLabel('Hedef kodu').fill('AH1');
    await addGoal.getByLabel('Alt program hedefi', { exact: true }).fill('Kişi başına yeşil alanı artırmak');
    await addGoal.getByLabel('H1.1 Yeşil alanları artırmak').check();
    await save(page, addGoal, 'Alt program hedefi ekle', 'article.pb-goal[data-goal="AH1"]');
    const goal = page.locator('article.pb-goal[data-goal="AH1"]');
    await expect(goal.locator('.pb-links').textContent()).resolves.toBe(
      'Plan hedefleri: H1.1 Yeşil alanları artırmak',
    );

    const addIndicator = goal.locator('form.pb-indicator-form');
    await addIndicator.getByLabel('Gösterge kodu').fill('G1');
    await addIndicator.getByLabel('Gösterge adı').fill('Kişi başına yeşil alan');
    await addIndicator.getByLabel('Ölçü birimi').fill('m²');
    for (const [label, value] of [
      ['2026 Gerçekleşme', '8.2'],
      ['2027 Planlanan', '9'],
      ['2027 Yıl Sonu Tahmini', '8.8'],
      ['2028 Hedef', '9.5'],
      ['2029 Tahmin', '10'],
      ['2030 Tahmin', '10.5'],
    ])
      await addIndicator.getByLabel(label, { exact: true }).fill(value);
    await save(page, addIndicator, 'Gösterge ekle', '.pb-indicator[data-indicator="G1"]');
    await expect(
      page.locator('.pb-indicator[data-indicator="G1"] [data-column="tMinus1Estimate"]').textContent(),
    ).resolves.toBe('2027 Yıl Sonu Tahmini8,8');

    const addActivity = page.locator('article.pb-goal[data-goal="AH1"] > form.pb-activity-form');
    await addActivity.getByLabel('Faaliyet kodu').fill('F01');
    await addActivity.getByLabel('Faaliyet adı').fill('Mahalle parkları');
    await addActivity.getByLabel('Sorumlu birim:').selectOption('PARK');
    await addActivity.getByLabel('Finansman türü').selectOption('budget');
    await addActivity.getByLabel('Ekonomik kod').selectOption('06');
    await addActivity.getByRole('button', { name: 'Maliyet satırı ekle' }).click();
    await addActivity.locator('[name="costs.budget.06.tMinus1Budget"]').fill('1250000');
    await addActivity.locator('[name="costs.budget.06.t"]').fill('1400000');
    await addActivity.getByLabel('Yasal dayanak').fill('5393 sayılı Belediye Kanunu md. 14');
    await save(page, addActivity, 'Faaliyet ekle', '.pb-activity[data-activity="F01"]');
    const activity = page.locator('.pb-activity[data-activity="F01"]');
    await expect(activity.locator('tr.total [data-column="t"]').textContent()).resolves.toBe('1.400.000 TL');
    await expect(activity.locator('tr.total [data-column="tMinus1Budget"]').textContent()).resolves.toBe(
      '1.250.000 TL',
    );
    await expect(activity.textContent()).resolves.toContain('Park ve Bahçeler Müdürlüğü');

    // The rule panel: the proposal states nothing, so the identity breaks at 06 and in total.
    await expect(
      page
        .locator('.pp-rules li[data-rule="PP_RESOURCE_IDENTITY"]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-path'))),
    ).resolves.toEqual(['proposal.06', 'proposal']);
    await expect(page.locator('.pp-rules li[data-rule="PP_INDICATOR_COMPLETE"]').count()).resolves.toBe(0);
    expect(await overflowing(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('a reviewer reads the programme without a control to change it, on a phone', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.reviewer,
      `/plans/${plan.id}/programmes/2027`,
      EDITOR,
      PHONE,
    );
    await expect(page.locator('.pp-readonly').textContent()).resolves.toBe(
      'Bu programı okuyabilirsiniz; değişiklikleri planlama birimi yapar.',
    );
    await expect(page.locator('.pp-editor button, .pp-lifecycle button').count()).resolves.toBe(0);
    await expect(page.locator('.pp-editor input:not([disabled])').count()).resolves.toBe(0);
    await expect(cells(page, '[data-table="3"] tr[data-line="grand-total"]')).resolves.toContain(
      '1.020.000,75 TL',
    );
    expect(await overflowing(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
