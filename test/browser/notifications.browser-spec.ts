import { describe, expect, it } from '@jest/globals';
import { waitForScreen } from './support/browser-app.js';
import { DESKTOP, PHONE, openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/**
 * Issue 16 point 3: a unit manager's value is returned; the bell in the header counts it, the
 * inbox shows it in Turkish with a link, marking it read empties the bell, and the account page
 * offers the notification settings (in-app only here: the test server has no SMTP). On a phone
 * the bell stays beside the menu button, with its count.
 */

const USERS = {
  unit: { email: 'park@bildirim.test', name: 'Park Birimi', role: 'unit_manager', units: ['PARK'] },
  planner: { email: 'plan@bildirim.test', name: 'Planlamacı', role: 'planner' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

describe('the bell and the inbox', () => {
  it('counts a returned value, lists it with its comment and link, and marks it read', async () => {
    const route = `/api/plans/${plan.id}/indicators/PG1.1.2/values/2026-H1`;
    expect((await t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026-H1' })).status).toBe(201);
    const unit = await t.login(accounts.unit.email, accounts.unit.password);
    expect((await unit.put(route, { value: 8 })).status).toBe(201);
    expect((await unit.post(`${route}/submit`, {})).status).toBe(200);
    const planner = await t.login(accounts.planner.email, accounts.planner.password);
    expect((await planner.post(`${route}/return`, { comment: 'Belgeyi ekleyin' })).status).toBe(200);

    const { page, errors } = await openSignedIn(t, accounts.unit, '/account', '/account', DESKTOP);
    const bell = page.getByTestId('notification-bell');
    await expect(bell.locator('.bell-count').textContent({ timeout: 5000 })).resolves.toBe('1');
    await expect(bell.getAttribute('aria-label')).resolves.toBe('Bildirimler: 1 okunmamış');
    // The settings: in-app only, since the server sends no e-mail.
    const settings = page.locator('form.notification-settings');
    await expect(settings.textContent()).resolves.toContain('bildirimler yalnızca uygulamada görünür');
    await expect(settings.locator('select[name="value-returned"]').isDisabled()).resolves.toBe(true);

    // On a phone the header folds into a menu; the count stays in sight beside the menu button.
    const phone = await openSignedIn(t, accounts.unit, '/tasks', '/tasks', PHONE);
    const phoneBell = phone.page.getByTestId('notification-bell-phone');
    await expect(phoneBell.locator('.bell-count').textContent({ timeout: 5000 })).resolves.toBe('1');
    await expect(phoneBell.isVisible()).resolves.toBe(true);
    await expect(phone.page.getByTestId('notification-bell').isVisible()).resolves.toBe(false);
    await expect(phone.page.locator('.header-menu').isVisible()).resolves.toBe(false);
    await phoneBell.click();
    await waitForScreen(phone.page, '/inbox');
    await expect(phone.page.locator('li.notification.unread').count()).resolves.toBe(1);
    expect(phone.errors).toEqual([]);

    await bell.click();
    await waitForScreen(page, '/inbox');
    const item = page.locator('li.notification.unread');
    await expect(item.textContent()).resolves.toContain('PG1.1.2 değeri size geri gönderildi');
    await expect(item.textContent()).resolves.toContain('Açıklama: Belgeyi ekleyin');
    await expect(item.getByRole('link', { name: 'Aç' }).getAttribute('href')).resolves.toBe(
      `#/plans/${plan.id}/entry`,
    );
    await item.getByRole('button', { name: 'Okundu işaretle' }).click();
    await page.locator('li.notification.unread').waitFor({ state: 'detached' });
    await expect(page.getByTestId('inbox-unread').textContent()).resolves.toBe('0 okunmamış bildirim');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('a.bell .bell-count')?.hidden === true,
    );
    // Hidden is not drawn: no "0" badge is left in the header.
    await expect(bell.locator('.bell-count').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});
