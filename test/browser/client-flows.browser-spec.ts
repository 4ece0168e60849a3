import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import { openHeaderMenu, waitForScreen, type BrowserApp } from './support/browser-app.js';
import { DESKTOP, PHONE, openSignedIn, setUpPlanWithUsers, type Account } from './support/fixtures.js';

/**
 * The client as a new user meets it: the status toast that clears, an ended session that says so
 * and comes back, the entry editor closing on Esc, a unit withdrawing a submitted value, the
 * administrator's account actions (deactivate, reset link) and units, the phone header menu, and
 * landmark names that axe's landmark-unique rule would accept. Worked example: PARK owes
 * PG1.1.1–PG1.1.3 for 2026-H2, ZABITA PG1.2.1.
 */

let t: BrowserApp;
let plan: PlanResponse;
let accounts: Record<'admin' | 'planner' | 'park' | 'reviewer', Account>;
let parkApi: ApiClient;

beforeAll(async () => {
  ({
    app: t,
    plan,
    accounts,
  } = await setUpPlanWithUsers({
    admin: { email: 'yonetici@flows.test', name: 'Ayşe Yönetici', role: 'admin' },
    planner: { email: 'planci@flows.test', name: 'Ali Planlamacı', role: 'planner' },
    park: { email: 'park@flows.test', name: 'Mehmet Parkçı', role: 'unit_manager', units: ['PARK'] },
    reviewer: { email: 'meclis@flows.test', name: 'Can Meclis', role: 'reviewer' },
  }));
  const opened = await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026' });
  if (opened.status !== 201) throw new Error(`open period: ${opened.status}`);
  parkApi = await t.login(accounts.park.email, accounts.park.password);
}, 60_000);

afterAll(async () => {
  await t?.close();
}, 30_000);

const entry = (page: Page, code: string, period = '2026-H2') =>
  page.locator(`li.entry[data-indicator="${code}"][data-period="${period}"]`);

async function valueStatus(code: string, period = '2026-H2'): Promise<string | undefined> {
  const response = await t.api.get<IndicatorValueResponse[]>(
    `/api/plans/${plan.id}/indicators/${code}/values`,
  );
  return response.body.find((row) => row.period === period)?.status;
}

/**
 * The landmarks of the page that axe compares (banner, navigation, main, region, form, …) with
 * their role and accessible name; landmark-unique asks that no two share both.
 */
function landmarkDuplicates(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sectioning = 'article, aside, main, nav, section';
    const roleOf = (element: Element): string | null => {
      const explicit = element.getAttribute('role');
      if (explicit) return explicit;
      const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
      switch (element.tagName) {
        case 'MAIN':
          return 'main';
        case 'NAV':
          return 'navigation';
        case 'ASIDE':
          return 'complementary';
        case 'HEADER':
          return element.parentElement?.closest(sectioning) ? null : 'banner';
        case 'FOOTER':
          return element.parentElement?.closest(sectioning) ? null : 'contentinfo';
        case 'SECTION':
          return named ? 'region' : null;
        case 'FORM':
          return named ? 'form' : null;
        default:
          return null;
      }
    };
    const nameOf = (element: Element): string => {
      const ids = element.getAttribute('aria-labelledby');
      if (ids)
        return ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ');
      return element.getAttribute('aria-label')?.trim() ?? '';
    };
    const landmarks = [
      'banner',
      'navigation',
      'main',
      'complementary',
      'contentinfo',
      'region',
      'form',
      'search',
    ];
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('*')) {
      const role = roleOf(element);
      if (!role || !landmarks.includes(role)) continue;
      if (element.closest('[hidden]') || getComputedStyle(element).display === 'none') continue;
      const key = `${role}: ${nameOf(element)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
  });
}

describe('the status toast', () => {
  it('clears on navigation and after a few seconds, and never takes a click', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.planner,
      `/plans/${plan.id}/approvals`,
      '/plans/:planId/approvals',
    );
    const status = page.locator('#status');
    await page.getByRole('button', { name: 'Kapat 2026 yıl sonu' }).click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('kapatıldı'));
    await expect(status.evaluate((element) => getComputedStyle(element).pointerEvents)).resolves.toBe('none');

    await page.goto(`${t.baseUrl}/#/plans/${plan.id}`);
    await waitForScreen(page, '/plans/:planId');
    await expect(status.textContent()).resolves.toBe('');

    await page.goto(`${t.baseUrl}/#/plans/${plan.id}/approvals`);
    await waitForScreen(page, '/plans/:planId/approvals');
    await page.getByRole('button', { name: 'Yeniden aç 2026 yıl sonu' }).click();
    await page.waitForFunction(() =>
      document.getElementById('status')?.textContent?.includes('yeniden açıldı'),
    );
    const shownAt = Date.now();
    await page.waitForFunction(() => document.getElementById('status')?.textContent === '', undefined, {
      timeout: 10_000,
    });
    const shownFor = Date.now() - shownAt;
    expect(shownFor).toBeGreaterThan(4000);
    expect(shownFor).toBeLessThan(9000);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('an ended session', () => {
  it('says "oturumunuz sona erdi" on the sign-in screen and comes back to the page after signing in', async () => {
    const { page } = await openSignedIn(t, accounts.reviewer, `/plans/${plan.id}`, '/plans/:planId');
    // The page at rest first (the bell's count, the charts' data): the session ends between two
    // clicks of the user, not under a request the page is still making.
    await page.waitForLoadState('networkidle');
    await t.ownerQuery('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      accounts.reviewer.id,
    ]);
    await page.getByRole('link', { name: 'Birim karşılaştırması' }).click();
    await waitForScreen(page, '/login');
    await expect(page.getByTestId('session-expired').textContent()).resolves.toBe(
      'Oturumunuz sona erdi. Yeniden oturum açın; kaldığınız sayfaya döneceksiniz.',
    );
    await page.getByLabel('E-posta').fill(accounts.reviewer.email);
    await page.getByLabel('Parola').fill(accounts.reviewer.password);
    await page.getByRole('button', { name: 'Oturum aç' }).click();
    await waitForScreen(page, '/plans/:planId/units');
    expect(new URL(page.url()).hash).toBe(`#/plans/${plan.id}/units`);
  }, 60_000);

  it('a wrong password is said once', async () => {
    const { page } = await t.newPage({ viewport: DESKTOP });
    await page.goto(`${t.baseUrl}/#/login`);
    await waitForScreen(page, '/login');
    await page.getByLabel('E-posta').fill(accounts.reviewer.email);
    await page.getByLabel('Parola').fill('not-the-password');
    await page.getByRole('button', { name: 'Oturum aç' }).click();
    await page.waitForSelector('.error-summary[data-error-code="INVALID_CREDENTIALS"]');
    const text = (await page.locator('form.login-form').textContent()) ?? '';
    expect(text.split('E-posta adresi ya da parola hatalı.').length - 1).toBe(1);
  }, 30_000);
});

describe('data entry', () => {
  it('Esc closes the entry editor and gives focus back to its button', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.park,
      `/plans/${plan.id}/entry`,
      '/plans/:planId/entry',
    );
    const toggle = entry(page, 'PG1.1.3').locator('.entry-toggle');
    await toggle.click();
    const value = entry(page, 'PG1.1.3').locator('input[name="value"]');
    await value.waitFor();
    await expect(value.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(entry(page, 'PG1.1.3').locator('.entry-editor').isHidden()).resolves.toBe(true);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the unit withdraws a submitted value: a draft again, editable', async () => {
    const path = `/api/plans/${plan.id}/indicators/PG1.1.2/values/2026-H2`;
    const put = await parkApi.put<IndicatorValueResponse>(path, { value: 7 });
    expect(put.status).toBe(201);
    expect((await parkApi.post(`${path}/submit`, { version: put.body.version })).status).toBe(200);

    const { page, errors } = await openSignedIn(
      t,
      accounts.park,
      `/plans/${plan.id}/entry`,
      '/plans/:planId/entry',
    );
    await expect(entry(page, 'PG1.1.2').getAttribute('data-state')).resolves.toBe('submitted');
    await entry(page, 'PG1.1.2')
      .getByRole('button', { name: /^Geri çek PG1\.1\.2 / })
      .click();
    await page.waitForSelector('li.entry[data-indicator="PG1.1.2"][data-state="draft"]');
    await expect(valueStatus('PG1.1.2')).resolves.toBe('draft');
    await page.waitForFunction(() =>
      document.getElementById('status')?.textContent?.includes('geri çekildi'),
    );
    await expect(entry(page, 'PG1.1.2').locator('.entry-toggle').isVisible()).resolves.toBe(true);
    await expect(
      entry(page, 'PG1.1.2')
        .getByRole('button', { name: /Geri çek/ })
        .count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('tells a council member what the entry page and the approval queue are for', async () => {
    const { page } = await openSignedIn(
      t,
      accounts.reviewer,
      `/plans/${plan.id}/entry`,
      '/plans/:planId/entry',
    );
    await expect(page.locator('.page-header .notice').textContent()).resolves.toContain(
      'Rolünüz değer girmeye izin vermez',
    );
    await page.goto(`${t.baseUrl}/#/plans/${plan.id}/approvals`);
    await waitForScreen(page, '/plans/:planId/approvals');
    const text = (await page.locator('#main').textContent()) ?? '';
    expect(text).toContain('inceleme sayfasından takip edebilirsiniz');
    expect(text).not.toContain('veri girişi sayfasını kullanın');
  }, 60_000);
});

describe('account administration', () => {
  const account = (page: Page, email: string) => page.locator(`li.user[data-email="${email}"]`);

  it('the admin deactivates an account, which can no longer sign in, and reactivates it', async () => {
    const { page, errors } = await openSignedIn(t, accounts.admin, '/users', '/users');
    const reviewer = account(page, accounts.reviewer.email);
    await reviewer.getByRole('button', { name: 'Hesabı devre dışı bırak: Can Meclis' }).click();
    await reviewer.getByRole('button', { name: 'Evet, devre dışı bırak' }).click();
    await page.waitForSelector(`li.user[data-email="${accounts.reviewer.email}"][data-active="false"]`);
    await expect(
      account(page, accounts.reviewer.email).locator('.badge-inactive').textContent(),
    ).resolves.toBe('Devre dışı');
    const refused = await t.anonymous.post('/api/auth/login', {
      email: accounts.reviewer.email,
      password: accounts.reviewer.password,
    });
    expect(refused.status).toBe(403);

    await account(page, accounts.reviewer.email)
      .getByRole('button', { name: 'Hesabı yeniden etkinleştir: Can Meclis' })
      .click();
    await page.waitForSelector(`li.user[data-email="${accounts.reviewer.email}"][data-active="true"]`);
    await expect(t.login(accounts.reviewer.email, accounts.reviewer.password)).resolves.toBeDefined();
    // One's own account has no such buttons.
    await expect(account(page, accounts.admin.email).locator('.account-actions').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a one-time reset link is shown to the admin; the user sets a new password with it once', async () => {
    const { page, errors } = await openSignedIn(t, accounts.admin, '/users', '/users');
    await account(page, accounts.planner.email)
      .getByRole('button', { name: 'Parola sıfırlama bağlantısı oluştur: Ali Planlamacı' })
      .click();
    const input = account(page, accounts.planner.email).getByLabel(
      'Ali Planlamacı için parola sıfırlama bağlantısı',
    );
    const link = await input.inputValue();
    expect(link).toMatch(new RegExp(`^${t.baseUrl}/#/reset-password\\?token=`));
    if (process.env.PUSULA_SCREENSHOTS)
      await account(page, accounts.planner.email).screenshot({
        path: `${process.env.PUSULA_SCREENSHOTS}/users-reset-link.png`,
      });

    const user = await t.newPage({ viewport: PHONE });
    await user.page.goto(link);
    await waitForScreen(user.page, '/reset-password');
    await user.page.getByLabel('Yeni parola', { exact: true }).fill('Kiraz-Agaci-Bahcesi-5');
    await user.page.getByLabel('Yeni parola (tekrar)').fill('Kiraz-Agaci-Bahcesi-6');
    await user.page.getByRole('button', { name: 'Parolayı belirle' }).click();
    await user.page.locator('.field-error').waitFor();
    await expect(user.page.locator('.field-error').textContent()).resolves.toBe('İki parola aynı değil.');
    await user.page.getByLabel('Yeni parola (tekrar)').fill('Kiraz-Agaci-Bahcesi-5');
    await user.page.getByRole('button', { name: 'Parolayı belirle' }).click();
    await user.page.locator('.reset-done p.notice').waitFor();
    await expect(user.page.locator('.reset-done').textContent()).resolves.toContain('Parolanız belirlendi.');
    await expect(t.login(accounts.planner.email, 'Kiraz-Agaci-Bahcesi-5')).resolves.toBeDefined();
    accounts.planner.password = 'Kiraz-Agaci-Bahcesi-5';

    // The same link again: refused with the API's message, in Turkish, without a raw code.
    await user.page.goto(`${t.baseUrl}/#/`);
    await user.page.goto(link);
    await waitForScreen(user.page, '/reset-password');
    await user.page.getByLabel('Yeni parola', { exact: true }).fill('Erik-Agaci-Bahcesi-7');
    await user.page.getByLabel('Yeni parola (tekrar)').fill('Erik-Agaci-Bahcesi-7');
    await user.page.getByRole('button', { name: 'Parolayı belirle' }).click();
    const summary = user.page.locator('.error-summary[data-error-code="RESET_TOKEN_USED"]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe(
      'Bu parola sıfırlama bağlantısı zaten kullanıldı; yöneticinizden yeni bir bağlantı isteyin',
    );
    expect(errors).toEqual([]);
    expect(user.errors.filter((error) => !error.includes('400'))).toEqual([]);
  }, 90_000);

  it('units are added and deleted on the users screen; one named on a target card is refused', async () => {
    const { page, errors } = await openSignedIn(t, accounts.admin, '/users', '/users');
    const units = page.locator('section.units-admin');
    await units.locator('li.unit-row').first().waitFor();
    const add = units.locator('form.unit-add');
    await add.getByLabel('Kod').fill('fen');
    await add.getByLabel('Birim adı').fill('Fen İşleri Müdürlüğü');
    await add.getByRole('button', { name: 'Birim ekle' }).click();
    await units.locator('li.unit-row[data-unit="FEN"]').waitFor();
    const listed = await t.api.get<Array<{ code: string }>>(`/api/institutions/${plan.institution.id}/units`);
    expect(listed.body.map((unit) => unit.code)).toContain('FEN');

    const park = units.locator('li.unit-row[data-unit="PARK"]');
    await park.getByRole('button', { name: 'Sil: Park ve Bahçeler Müdürlüğü', exact: true }).click();
    await park.getByRole('button', { name: 'Sil', exact: true }).click();
    await park.locator('.error-summary[data-error-code="UNIT_IN_USE"]').waitFor();

    const fen = units.locator('li.unit-row[data-unit="FEN"]');
    await fen.getByRole('button', { name: 'Sil: Fen İşleri Müdürlüğü', exact: true }).click();
    await fen.getByRole('button', { name: 'Sil', exact: true }).click();
    await units.locator('li.unit-row[data-unit="FEN"]').waitFor({ state: 'detached' });
    if (process.env.PUSULA_SCREENSHOTS)
      await units.screenshot({ path: `${process.env.PUSULA_SCREENSHOTS}/users-units.png` });
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  }, 60_000);

  it('the create form starts the next account from the first role, not the last one', async () => {
    const { page } = await openSignedIn(t, accounts.admin, '/users', '/users');
    const form = page.locator('form.user-form');
    await form.getByLabel('Ad soyad').fill('Deniz Birim');
    await form.getByLabel('E-posta', { exact: true }).fill('deniz@flows.test');
    await form.getByLabel('İlk parola').fill('deniz-first-password');
    await form.getByLabel('Rol', { exact: true }).selectOption('unit_manager');
    await form.getByLabel('Park ve Bahçeler Müdürlüğü', { exact: true }).check();
    await form.getByRole('button', { name: 'Kullanıcıyı oluştur' }).click();
    await form.locator('.form-done:not(:empty)').waitFor();
    await expect(form.getByLabel('Rol', { exact: true }).inputValue()).resolves.toBe('planner');
    await expect(form.locator('.units-fieldset').isHidden()).resolves.toBe(true);
  }, 60_000);
});

describe('the phone header', () => {
  it('folds into a menu at 390×844: the header stays short, the menu opens, closes on Esc and after a link', async () => {
    const { page, errors } = await openSignedIn(
      t,
      accounts.planner,
      `/plans/${plan.id}`,
      '/plans/:planId',
      PHONE,
    );
    const header = page.locator('#app-header');
    const toggle = header.getByRole('button', { name: 'Menü' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    const height = (await header.boundingBox())?.height ?? 0;
    expect(height).toBeLessThan(100);
    await expect(header.getByRole('link', { name: 'Hesabım' }).isVisible()).resolves.toBe(false);

    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(header.getByRole('link', { name: 'Hesabım' }).isVisible()).resolves.toBe(true);
    await expect(header.getByRole('link', { name: 'Onay kuyruğu' }).isVisible()).resolves.toBe(true);
    if (process.env.PUSULA_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.PUSULA_SCREENSHOTS}/phone-menu.png` });
    await page.keyboard.press('Escape');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await openHeaderMenu(page);
    await header.getByRole('link', { name: 'Hesabım' }).click();
    await waitForScreen(page, '/account');
    await expect(header.getByRole('button', { name: 'Menü' }).getAttribute('aria-expanded')).resolves.toBe(
      'false',
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('a wide screen shows the header links without a menu button', async () => {
    const { page } = await openSignedIn(t, accounts.planner, `/plans/${plan.id}`, '/plans/:planId');
    await expect(page.locator('#app-header .menu-toggle').isVisible()).resolves.toBe(false);
    await expect(
      page.locator('#app-header').getByRole('link', { name: 'Hesabım' }).isVisible(),
    ).resolves.toBe(true);
  }, 30_000);
});

describe('landmark names', () => {
  it('no two landmarks share a role and a name on the council review, the approval queue, the unit comparison and the users screen', async () => {
    const { page } = await openSignedIn(
      t,
      accounts.admin,
      `/plans/${plan.id}/review`,
      '/plans/:planId/review',
    );
    const screens: Array<[string, string]> = [
      [`/plans/${plan.id}/review`, '/plans/:planId/review'],
      [`/plans/${plan.id}/approvals`, '/plans/:planId/approvals'],
      [`/plans/${plan.id}/units`, '/plans/:planId/units'],
      ['/users', '/users'],
    ];
    for (const [path, route] of screens) {
      await page.goto(`${t.baseUrl}/#${path}`);
      await waitForScreen(page, route);
      await expect(landmarkDuplicates(page).then((duplicates) => ({ path, duplicates }))).resolves.toEqual({
        path,
        duplicates: [],
      });
    }
  }, 90_000);
});
