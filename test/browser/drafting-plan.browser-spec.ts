import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { PlanDocument, TargetDoc } from '../../src/contracts/plan-document.js';
import type { InstitutionResponse } from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import { ok } from '../support/requests.js';
import {
  createInstitution,
  createUser,
  signIn,
  startBrowserApp,
  waitForScreen,
  type BrowserApp,
} from './support/browser-app.js';
import { DESKTOP, type Account } from './support/fixtures.js';

/*
 * Issue 12's acceptance test: a planner of a municipality with no plan drafts a complete small
 * plan only through the UI — "Yeni plan", 2 aims, 3 targets, 7 indicators with baselines, five
 * yearly targets (the grid, one row pasted from a spreadsheet), weights, units, data sources; each
 * card's risks, strategies, an activity with its costs per year and the cost estimate; mission,
 * vision and two core values — then reads the validation panel, follows the one error left on
 * purpose (H2.1's weights sum to 90) to its field and fixes it, sees "Meclise sun" become possible
 * and submits the plan from the overview's lifecycle panel. The JSON export of that plan must be
 * the expected document (test/browser/fixtures/drafted-plan.json), ids and timestamps aside.
 *
 * The fixture is both the plan typed in and the document expected back.
 */

const EXPECTED = JSON.parse(
  readFileSync(join(process.cwd(), 'test/browser/fixtures/drafted-plan.json'), 'utf8'),
) as PlanDocument;
/** The weight typed first for PG2.1.1 (H2.1 totals 90), fixed through the panel. */
const WRONG_WEIGHT = 30;
const WRONG_INDICATOR = 'PG2.1.1';

let app: BrowserApp;
let institution: InstitutionResponse;
let planner: Account;

beforeAll(async () => {
  app = await startBrowserApp();
  const { name, kind, population } = EXPECTED.institution;
  institution = await createInstitution(app, { name, kind, population }, EXPECTED.units);
  planner = await createUser(app, {
    email: 'planlama@yesilkoy.test',
    name: 'Elif Planlamacı',
    role: 'planner',
    institutionId: institution.id,
  });
}, 90_000);

afterAll(async () => {
  await app?.close();
});

/** A number as a Turkish user types it (decimal comma). */
const typed = (value: number): string => String(value).replace('.', ',');
const field = (page: Page, path: string) => page.locator(`.card-editor [data-path="${path}"]`);
const waitForSaved = (page: Page) => page.waitForSelector('.card-editor-host[data-save-state="saved"]');

async function paste(page: Page, path: string, text: string): Promise<void> {
  await field(page, path).focus();
  await page.evaluate(
    ({ at, data }) => {
      const input = document.querySelector(`.card-editor [data-path="${at}"]`) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { at: path, data: text },
  );
}

/** The target card typed into the editor: indicators, the yearly grid, lists, one activity, costs. */
async function writeCard(page: Page, target: TargetDoc, years: string[], pasteRow: boolean): Promise<void> {
  for (const [index, indicator] of target.indicators.entries()) {
    await page.locator('.card-editor [data-path="addIndicator"]').click();
    const at = `indicators[${index}]`;
    await field(page, `${at}.name`).fill(indicator.name);
    await field(page, `${at}.unit`).fill(indicator.unit ?? '');
    const weight = indicator.code === WRONG_INDICATOR ? WRONG_WEIGHT : indicator.weight;
    await field(page, `${at}.weight`).fill(typed(weight));
    await field(page, `${at}.direction`).selectOption(indicator.direction);
    await field(page, `${at}.valueType`).selectOption(indicator.valueType);
    await field(page, `${at}.baseline`).fill(typed(indicator.baseline ?? 0));
    await field(page, `${at}.dataSource`).fill(indicator.dataSource ?? '');
    await field(page, `${at}.dataSource`).blur();
    await waitForSaved(page);
  }
  // The yearly targets in the grid: the first row pasted from a spreadsheet (tab-separated), once
  // in the plan; the rest typed cell by cell.
  for (const [index, indicator] of target.indicators.entries()) {
    const cells = years.map((year) => typed(indicator.targets[year]));
    if (pasteRow && index === 0) await paste(page, `indicators[0].targets.${years[0]}`, cells.join('\t'));
    else
      for (const [col, year] of years.entries())
        await field(page, `indicators[${index}].targets.${year}`).fill(cells[col]);
  }
  await field(page, 'risks').fill((target.risks ?? []).join('\n'));
  await field(page, 'strategies').fill((target.strategies ?? []).join('\n'));
  for (const [index, activity] of (target.activities ?? []).entries()) {
    await page.locator('.card-editor [data-path="addActivity"]').click();
    await field(page, `activities[${index}].name`).fill(activity.name);
    for (const year of years)
      await field(page, `activities[${index}].cost.${year}`).fill(typed(activity.cost?.[year] ?? 0));
  }
  for (const year of years)
    await field(page, `costEstimate.${year}`).fill(typed(target.costEstimate?.[year] ?? 0));
  await field(page, `costEstimate.${years[years.length - 1]}`).blur();
  await waitForSaved(page);
}

/** Ids, timestamps and versions vary run to run; everything else must be as typed. */
function normalised(document: PlanDocument): unknown {
  return JSON.parse(
    JSON.stringify(document, (key, value: unknown) =>
      ['id', 'createdAt', 'updatedAt', 'exportedAt', 'version'].includes(key) ? undefined : value,
    ),
  );
}

describe('drafting a plan in the browser (issue 12)', () => {
  it('a planner drafts a whole small plan in the UI, fixes the panel’s error through its link, submits it to council, and the export is the expected document', async () => {
    const watched = await app.newPage({ viewport: DESKTOP });
    const { page, errors } = watched;
    await page.clock.setFixedTime(new Date('2024-08-15T10:00:00+03:00'));
    await signIn(page, app.baseUrl, planner.email, planner.password);
    const plan = EXPECTED.plan;
    const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) =>
      String(plan.startYear + i),
    );

    // "Yeni plan": the institution, the first year, the election date.
    await page.goto(`${app.baseUrl}/#/`);
    await waitForScreen(page, '/');
    await page.getByRole('link', { name: 'Yeni plan' }).click();
    await waitForScreen(page, '/plans/new');
    const start = page.locator('form.np-form');
    await start.getByLabel('Kurum', { exact: true }).selectOption({ label: EXPECTED.institution.name });
    await start.getByLabel('İlk plan yılı', { exact: true }).selectOption(String(plan.startYear));
    await start
      .getByLabel('Mahalli idareler seçim tarihi', { exact: true })
      .fill(EXPECTED.institution.electionDate ?? '');
    await expect(start.getByLabel('Plan adı', { exact: true }).inputValue()).resolves.toBe(plan.title);
    await page.getByRole('button', { name: 'Planı başlat' }).click();
    await waitForScreen(page, '/plans/:planId/workspace');
    const planId = /#\/plans\/([^/]+)\/workspace/.exec(page.url())?.[1] ?? '';
    expect(planId).not.toBe('');

    // The strategy tree: aims, then targets with their responsible units.
    for (const aim of plan.aims) {
      const form = page.locator('form.ws-add-aim');
      await form.getByLabel('Amaç başlığı').fill(aim.title);
      await form.locator('button[type=submit]').click();
      await page.locator(`li.ws-aim[data-aim="${aim.code}"]`).waitFor();
    }
    const unitName = (code: string): string =>
      (EXPECTED.units ?? []).find((unit) => unit.code === code)?.name ?? code;
    for (const aim of plan.aims)
      for (const target of aim.targets) {
        const box = page.locator(`li.ws-aim[data-aim="${aim.code}"] > details.ws-add`);
        await box.locator('summary').click();
        await box.getByLabel('Hedef başlığı').fill(target.title);
        await box.getByLabel('Sorumlu birim').selectOption({ label: unitName(target.responsibleUnit) });
        await box.locator('button[type=submit]').click();
        await page.locator(`li.ws-target[data-target="${target.code}"]`).waitFor();
      }

    // Each target card in the editor, opened from the tree.
    let pasted = false;
    for (const aim of plan.aims)
      for (const target of aim.targets) {
        await page.locator(`li.ws-target[data-target="${target.code}"] h4 a`).click();
        await waitForScreen(page, '/plans/:planId/targets/:code/edit');
        await writeCard(page, target, years, !pasted);
        pasted = true;
        await page.goBack();
        await waitForScreen(page, '/plans/:planId/workspace');
      }
    await expect(
      page
        .locator('li.ws-indicator')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator'))),
    ).resolves.toEqual(
      plan.aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators.map((i) => i.code))),
    );

    // The future: mission, vision, two core values.
    const future = page.locator('#future');
    const saved = () =>
      page.waitForFunction(() => document.getElementById('status')?.textContent === 'Kaydedildi.');
    for (const [form, label, text] of [
      ['form.ws-mission', 'Misyon', plan.mission],
      ['form.ws-vision', 'Vizyon', plan.vision],
    ] as const) {
      await future
        .locator(form)
        .getByLabel(label)
        .fill(text ?? '');
      await future.locator(form).getByRole('button', { name: 'Kaydet' }).click();
      await saved();
    }
    for (const [index, value] of (plan.values ?? []).entries()) {
      const add = future.locator('form.ws-add-value');
      await add.getByLabel('Değer', { exact: true }).fill(value.title);
      await add.getByLabel('Açıklama').fill(value.description ?? '');
      await add.getByRole('button', { name: 'Değer ekle' }).click();
      await future.locator(`form.ws-value[data-position="${index + 1}"]`).waitFor();
    }

    // The validation panel: the one error left on purpose, H2.1's weights at 90, and nothing else.
    const panel = page.locator('.validation-panel');
    await page.waitForFunction(
      () => document.querySelector('.validation-counts')?.getAttribute('data-errors') === '1',
    );
    const issues = await panel
      .locator('li.issue')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-code'), item.classList.contains('issue-error')]),
      );
    expect(issues.filter(([, error]) => error).map(([code]) => code)).toEqual(['WEIGHTS_SUM']);
    // The server judges a draft's deadline on its own today (the browser's clock is 2024): that is a
    // warning only, which never blocks; the submission date below settles it.
    expect(issues.filter(([, error]) => !error).map(([code]) => code)).toEqual(['ELECTION_DEADLINE']);
    const weights = panel.locator('.validation-target[data-target="H2.1"] li.issue[data-code="WEIGHTS_SUM"]');
    await expect(weights.locator('.issue-severity').textContent()).resolves.toBe('Hata');
    await expect(page.locator('.ws-submit').textContent()).resolves.toContain(
      'Meclise sunulamaz: 1 hata var',
    );

    // Its link opens the card at the indicators; the weight is fixed there.
    await weights.locator('a').click();
    await page.waitForURL(/#\/plans\/[^/]+\/targets\/H2\.1\/edit\?field=indicators$/);
    await waitForScreen(page, '/plans/:planId/targets/:code/edit');
    await expect(page.locator('.weights-line').textContent()).resolves.toContain('10 eksik');
    const fixed = plan.aims[1].targets[0].indicators.find((indicator) => indicator.code === WRONG_INDICATOR);
    await field(page, 'indicators[0].weight').fill(typed(fixed?.weight ?? 0));
    await field(page, 'indicators[0].weight').blur();
    await waitForSaved(page);
    await expect(page.locator('.weights-line').textContent()).resolves.toBe('Toplam 100 / 100');
    await page.goBack();
    await waitForScreen(page, '/plans/:planId/workspace');
    await expect(panel.locator('.validation-counts').getAttribute('data-errors')).resolves.toBe('0');
    const validation = await ok(app.api.get<ValidationResponse>(`/api/plans/${planId}/validation`));
    expect(validation.errors).toBe(0);

    // "Meclise sun" is possible now: the workspace says so and links to the overview's lifecycle panel.
    const ready = page.locator('.ws-submit .ws-ready');
    await expect(ready.getAttribute('data-errors')).resolves.toBe('0');
    await ready.locator('a').click();
    await waitForScreen(page, '/plans/:planId');
    const submit = page.locator('form.lifecycle-submit');
    await expect(submit.locator('button[type=submit]').isDisabled()).resolves.toBe(false);
    await submit.getByLabel('Meclise sunuş tarihi').fill(plan.submittedToCouncil ?? '');
    await submit.getByRole('button', { name: 'Meclise sun' }).click();
    await page.locator('form.lifecycle-enact').waitFor();
    await expect(page.locator('.lifecycle > p.muted').textContent()).resolves.toContain('meclis onayında');

    // The JSON export is the plan as typed.
    const exported = await ok(app.api.get<PlanDocument>(`/api/plans/${planId}/document`));
    expect(normalised(exported)).toEqual(EXPECTED);
    // An autosave that fires between two fields of a half-typed indicator may be refused (400,
    // shown beside the field, the text kept) and the next save goes through: that is by design.
    // Every other console error fails the test.
    expect(errors.filter((error) => !/status of 400 .*\/targets\/H\d\.\d\/card\)$/.test(error))).toEqual([]);
  }, 600_000);
});
