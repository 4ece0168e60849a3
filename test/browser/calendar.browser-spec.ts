import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { resetClock, setClock } from '../../src/common/clock.js';
import type { ApiClient } from '../support/api-client.js';
import { overflowing, signIn, waitForAnnouncement, waitForScreen } from './support/browser-app.js';
import { DESKTOP, openSignedIn, PHONE, usePlanWithUsers } from './support/fixtures.js';

/**
 * The calendar page (issue 16): the month grid and the list of the year coloured by state, the
 * plan filter, a planner adding an event; and the unit manager's landing page of tasks, where a
 * returned value shows with its comment and links to the entry screen. The server's today is
 * 5 December 2026 in Istanbul; the client takes its day from the server.
 */

const {
  app: t,
  plan,
  accounts,
} = usePlanWithUsers({
  park: { email: 'park@calendar.test', name: 'Mehmet Parkçı', role: 'unit_manager', units: ['PARK'] },
  planner: { email: 'planlama@calendar.test', name: 'Ayşe Planlamacı', role: 'planner' },
});

let parkApi: ApiClient;
let plannerApi: ApiClient;

beforeAll(async () => {
  setClock('2026-12-05T09:00:00Z');
  const opened = await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026-H1' });
  if (opened.status !== 201) throw new Error(`open period: ${opened.status}`);
  parkApi = await t.login(accounts.park.email, accounts.park.password);
  plannerApi = await t.login(accounts.planner.email, accounts.planner.password);
}, 60_000);

afterAll(() => resetClock());

const events = (page: Page) => page.locator('.calendar-results .calendar-event');

describe('calendar page', () => {
  it('shows the month with the year-end period on 31 December, the list of the year, filters by plan and adds an event', async () => {
    const { page, errors } = await openSignedIn(t, accounts.planner, '/calendar?month=2026-12', '/calendar');
    await expect(page.locator('h1').textContent()).resolves.toBe('Takvim');
    await page.waitForSelector('.month-grid');
    const lastDay = page.locator('td[data-day="2026-12-31"] .calendar-event');
    await expect(lastDay.count()).resolves.toBeGreaterThan(0);
    await expect(lastDay.first().textContent()).resolves.toContain('sona erer');
    // Today's cell is marked; a state is written, not only coloured.
    await expect(page.locator('td.today').getAttribute('data-day')).resolves.toBe('2026-12-05');
    await expect(lastDay.first().locator('.event-state').textContent()).resolves.toMatch(
      /ileride|yaklaşıyor/,
    );

    await page.getByRole('button', { name: 'Liste' }).click();
    await page.waitForSelector('.calendar-list');
    await expect(page.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    const all = await events(page).count();
    // The 2026-H1 entry deadline (15 July) passed while the period is open: late, in red words.
    await expect(
      page.locator('.calendar-list .calendar-event[data-state="late"]').first().textContent(),
    ).resolves.toContain('gecikti');
    // The municipality's own council duties concern no plan: the plan filter hides them.
    await expect(page.locator('.calendar-list').textContent()).resolves.toContain('denetim komisyonu');
    await page.locator('#main').getByLabel('Plan', { exact: true }).selectOption(plan.id);
    await page.waitForFunction(
      () => !document.querySelector('.calendar-list')?.textContent?.includes('denetim komisyonu'),
    );
    expect(await events(page).count()).toBeLessThan(all);
    await page.locator('#main').getByLabel('Plan', { exact: true }).selectOption('');

    await page.getByRole('button', { name: 'Etkinlik ekle' }).click();
    await page.getByLabel('Başlık').fill('Yıl sonu değerlendirme toplantısı');
    await page.getByLabel('Tarih', { exact: true }).fill('2026-12-10');
    await page.getByRole('button', { name: 'Ekle' }).click();
    await waitForAnnouncement(page, 'takvime eklendi');
    const added = page.locator('.calendar-event', { hasText: 'Yıl sonu değerlendirme toplantısı' });
    await added.waitFor();
    await expect(added.textContent()).resolves.toContain('kurumun etkinliği');
    await expect(added.textContent()).resolves.toContain('10.12.2026');
    const stored = await plannerApi.get<{ events: Array<{ title: string; kind: string }> }>(
      `/api/institutions/${plan.institution.id}/calendar?from=2026-12-10&to=2026-12-10`,
    );
    expect(stored.body.events.filter((event) => event.kind === 'own').map((event) => event.title)).toEqual([
      'Yıl sonu değerlendirme toplantısı',
    ]);
    expect(errors).toEqual([]);
  });

  it('filters by unit: only the unit’s deadlines and reports, and its own task given a unit by a planner', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.planner,
      '/calendar?view=list&month=2026-12',
      '/calendar',
    );
    await page.waitForSelector('.calendar-list');
    const all = await events(page).count();
    const unit = page.locator('#main').getByLabel('Birim', { exact: true });
    await unit.selectOption({ label: 'Zabıta Müdürlüğü' });
    // The council's duties concern no unit: the server leaves them out.
    await page.waitForFunction(
      () => !document.querySelector('.calendar-list')?.textContent?.includes('denetim komisyonu'),
    );
    const zabita = await events(page).allTextContents();
    expect(zabita.length).toBeGreaterThan(0);
    expect(zabita.length).toBeLessThan(all);
    expect(zabita.join('\n')).toContain('birim faaliyet raporları');
    expect(zabita.every((text) => text.includes('Kim yapacak: birim yöneticisi'))).toBe(true);

    await page.getByRole('button', { name: 'Etkinlik ekle' }).click();
    await page.getByLabel('Başlık').fill('Park birimi yıl sonu toplantısı');
    await page.getByLabel('Tarih', { exact: true }).fill('2026-12-11');
    await page
      .getByLabel('İlgili birim (isteğe bağlı)')
      .selectOption({ label: 'Park ve Bahçeler Müdürlüğü' });
    await page.getByRole('button', { name: 'Ekle' }).click();
    await waitForAnnouncement(page, 'takvime eklendi');
    // Still filtered by Zabıta: Park's task is not among its events.
    await expect(
      page.locator('.calendar-event', { hasText: 'Park birimi yıl sonu toplantısı' }).count(),
    ).resolves.toBe(0);
    await unit.selectOption({ label: 'Park ve Bahçeler Müdürlüğü' });
    const task = page.locator('.calendar-event', { hasText: 'Park birimi yıl sonu toplantısı' });
    await task.waitFor();
    await expect(task.textContent()).resolves.toContain('Park ve Bahçeler Müdürlüğü');
    expect(errors).toEqual([]);
  });

  it('fits a 390 px phone, month and list', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.planner,
      '/calendar?month=2026-12',
      '/calendar',
      PHONE,
    );
    await page.waitForSelector('.month-grid');
    await expect(overflowing(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.waitForSelector('.calendar-list');
    await expect(overflowing(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('unit manager’s tasks', () => {
  it('lands on the tasks: a returned value with its comment, linking to its entry', async () => {
    const value = `/api/plans/${plan.id}/indicators/PG1.1.1/values/2026-H1`;
    expect((await parkApi.put(value, { value: 120000 })).status).toBe(201);
    expect((await parkApi.post(`${value}/submit`, {})).status).toBe(200);
    expect((await plannerApi.post(`${value}/return`, { comment: 'Kanıt belgesi eksik' })).status).toBe(200);

    const { page, errors } = await t.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, accounts.park.email, accounts.park.password);
    await waitForScreen(page, '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Görevlerim');
    const returned = page.locator('.tasks-returned li[data-indicator="PG1.1.1"][data-period="2026-H1"]');
    await expect(returned.textContent()).resolves.toContain('İade gerekçesi: Kanıt belgesi eksik');
    await expect(returned.textContent()).resolves.toContain('Son gün: 15.07.2026');
    // What is still owed, late ones first: PG1.1.2 and PG1.1.3 of 2026-H1 were due on 15 July.
    await expect(page.locator('.tasks-due li').first().textContent()).resolves.toContain('gecikti');
    await expect(page.locator('.tasks-due li[data-indicator="PG1.2.1"]').count()).resolves.toBe(0);
    // The plans are still listed below.
    await expect(page.getByRole('link', { name: plan.title }).count()).resolves.toBe(1);

    await returned.getByRole('link').click();
    await waitForScreen(page, '/plans/:planId/entry');
    expect(page.url()).toContain('show=returned');
    await expect(
      page.locator('li.entry[data-indicator="PG1.1.1"][data-period="2026-H1"]').count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
