import { expect } from '@jest/globals';
import type { Locator } from 'playwright-core';
import type { BrowserApp, WatchedPage } from './browser-app.js';
import { DESKTOP, PHONE, openPlanScreen } from './fixtures.js';

/*
 * The screens' steps of activity monitoring (issue 14 point 5) that a classic and a
 * programme-budget programme go through alike: the park unit's F01 in the open period 2026-H1,
 * entered on a phone (40 %, 350.50 TL under 03) and approved by the planner in the queue.
 */

const F01_H1 = '[data-activity="F01"][data-period="2026-H1"]';
const H1_LABEL = 'F01 2026 ara dönem (Ocak–Haziran)';

/** The park unit's worklist on a phone: F01's 2026-H1 progress not entered yet, F02 (the zabıta's) not in it. */
export async function openParkWorklist(
  app: BrowserApp,
  account: { email: string; password: string },
  planId: string,
): Promise<{ unit: WatchedPage; item: Locator }> {
  const unit = await openPlanScreen(app, account, planId, 'entry', '', PHONE);
  const item = unit.page.locator(`li.activity-entry${F01_H1}`);
  await expect(item.getAttribute('data-state')).resolves.toBe('missing');
  await expect(unit.page.locator('li.activity-entry[data-activity="F02"]').count()).resolves.toBe(0);
  return { unit, item };
}

/** Opens F01's progress form in its worklist item. */
export async function openProgressForm(item: Locator): Promise<Locator> {
  await item.getByRole('button', { name: `İlerlemeyi gir ${H1_LABEL}` }).click();
  return item.locator('form.activity-progress-form');
}

/** Fills the progress form: 40 % done, what was done, 350.50 TL under 03 and nothing under the other codes. */
export async function fillProgress(form: Locator): Promise<void> {
  await form.getByLabel('Gerçekleşme yüzdesi (0–100)').fill('40');
  await form.getByLabel('Açıklama (ne yapıldı, ne gecikti ve neden)').fill('Zemin etüdü bitti');
  await form.locator('[name="spending.03"]').fill('350.50');
}

/** Sends the filled form for approval and waits for F01 to show as submitted. */
export async function submitProgress(unit: WatchedPage, form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Onaya gönder' }).click();
  await unit.page.waitForSelector('li.activity-entry[data-activity="F01"][data-state="submitted"]');
}

/** The planner's approval queue on a desktop, F01's 2026-H1 entry the only activity waiting. */
export async function openActivityQueue(
  app: BrowserApp,
  account: { email: string; password: string },
  planId: string,
): Promise<{ planner: WatchedPage; queued: Locator }> {
  const planner = await openPlanScreen(app, account, planId, 'approvals', '', DESKTOP);
  const queued = planner.page.locator(`.activity-queue-item${F01_H1}`);
  await expect(planner.page.locator('#activity-queue-heading').textContent()).resolves.toBe(
    'Onay bekleyen faaliyet ilerlemeleri (1)',
  );
  return { planner, queued };
}

/** Approves the queued entry and waits for the queue to empty. */
export async function approveQueued(planner: WatchedPage, queued: Locator): Promise<void> {
  await queued.getByRole('button', { name: `Onayla ${H1_LABEL}` }).click();
  await planner.page.waitForSelector('.activity-queue .empty-queue');
}
