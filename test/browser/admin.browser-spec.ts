import { beforeAll, describe, expect, it } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { importPlan, openHeaderMenu, signIn, waitForScreen } from './support/browser-app.js';
import { PHONE, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/**
 * The administrator's users and roles screen and the change-password form (issue 4, screen 8):
 * an institution admin creates a unit manager bound to a unit; that user signs in, sees only
 * their institution, cannot open the admin screen and changes their password; the admin
 * revokes the role.
 */

const NEW_USER = { name: 'Deniz Birim', email: 'deniz@admin.test', password: 'deniz-first-password' };

/** The new account as the superadmin sees it (null: no such account). */
async function account(email: string): Promise<MeResponse | null> {
  const users = await t.api.get<MeResponse[]>('/api/users');
  expect(users.status).toBe(200);
  return users.body.find((user) => user.email === email) ?? null;
}

const USERS = {
  admin: { email: 'yonetici@admin.test', name: 'Yönetici Ayşe', role: 'admin' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(async () => {
  await importPlan(t, workedExampleDocument({ institutionName: 'Komşu Belediyesi' }));
}, 60_000);

describe('users and roles', () => {
  it('an admin creates a unit manager bound to PARK, who then sees only their institution', async () => {
    const { page, errors } = await t.newPage({ viewport: PHONE });
    await signIn(page, t.baseUrl, accounts.admin.email, accounts.admin.password);
    await openHeaderMenu(page);
    await page.locator('#app-header').getByRole('link', { name: 'Kullanıcılar' }).click();
    await waitForScreen(page, '/users');
    const form = page.locator('form.user-form');
    // Only the institution the admin administers is offered.
    await expect(
      form.getByLabel('Kurum', { exact: true }).locator('option').allTextContents(),
    ).resolves.toEqual(['Örnek Belediyesi']);
    await form.getByLabel('Ad soyad').fill(NEW_USER.name);
    await form.getByLabel('E-posta', { exact: true }).fill(NEW_USER.email);
    await form.getByLabel('İlk parola').fill(NEW_USER.password);
    await form.getByLabel('Rol', { exact: true }).selectOption('unit_manager');
    await form.getByLabel('Park ve Bahçeler Müdürlüğü', { exact: true }).waitFor();

    // A unit manager without a unit: refused at the field before anything is sent.
    await form.getByRole('button', { name: 'Kullanıcıyı oluştur' }).click();
    await expect(form.locator('fieldset.units-fieldset').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('.field-error').textContent()).resolves.toBe(
      'Birim yöneticisi için en az bir birim seçin.',
    );
    await expect(account(NEW_USER.email)).resolves.toBeNull();

    await form.getByLabel('Park ve Bahçeler Müdürlüğü', { exact: true }).check();
    await form.getByRole('button', { name: 'Kullanıcıyı oluştur' }).click();
    await form.locator('.form-done:not(:empty)').waitFor();
    await expect(form.locator('.form-done').textContent()).resolves.toBe(
      'Deniz Birim oluşturuldu: Örnek Belediyesi kurumunda birim yöneticisi.',
    );
    const created = page.locator(`li.user[data-email="${NEW_USER.email}"]`);
    await expect(created.locator('.membership-list li').textContent()).resolves.toContain(
      'Örnek Belediyesi: birim yöneticisi (Park ve Bahçeler Müdürlüğü)',
    );
    await expect(account(NEW_USER.email)).resolves.toMatchObject({
      name: NEW_USER.name,
      isSuperadmin: false,
      memberships: [{ institutionId: plan.institution.id, role: 'unit_manager', units: ['PARK'] }],
    });

    // The same e-mail again: the API's refusal is shown, nothing else is created.
    await form.getByLabel('Ad soyad').fill('Başka Deniz');
    await form.getByLabel('E-posta', { exact: true }).fill(NEW_USER.email);
    await form.getByLabel('İlk parola').fill('another-password-1');
    await form.getByRole('button', { name: 'Kullanıcıyı oluştur' }).click();
    await form.locator('.error-summary').waitFor();
    await expect(form.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe('USER_EXISTS');
    await expect(form.locator('.error-summary').textContent()).resolves.toContain(NEW_USER.email);

    // The new unit manager signs in and sees only their institution.
    const other = await t.newPage({ viewport: PHONE });
    await signIn(other.page, t.baseUrl, NEW_USER.email, NEW_USER.password);
    await waitForScreen(other.page, '/');
    await expect(other.page.locator('.plan-group h2').allTextContents()).resolves.toEqual([
      'Örnek Belediyesi',
    ]);
    await expect(other.page.locator('#main').textContent()).resolves.not.toContain('Komşu');
    await expect(
      other.page.locator('#app-header select[name="institution"] option').allTextContents(),
    ).resolves.toEqual(['Örnek Belediyesi']);
    await expect(
      other.page.locator('#app-header').getByRole('link', { name: 'Kullanıcılar' }).count(),
    ).resolves.toBe(0);
    await other.page.goto(`${t.baseUrl}/#/users`);
    await waitForScreen(other.page, '/users');
    await expect(other.page.locator('#main').textContent()).resolves.toContain(
      'Bu sayfayı yalnızca kurum yöneticileri görebilir.',
    );

    // Their own password: a wrong current one is refused at its field, then changed.
    await openHeaderMenu(other.page);
    await other.page.locator('#app-header').getByRole('link', { name: 'Hesabım' }).click();
    await waitForScreen(other.page, '/account');
    await expect(other.page.locator('.membership-list').textContent()).resolves.toBe(
      'Örnek Belediyesi: birim yöneticisi (Park ve Bahçeler Müdürlüğü)',
    );
    const password = other.page.locator('form.password-form');
    await password.getByLabel('Şimdiki parola').fill('not-my-password');
    await password.getByLabel('Yeni parola', { exact: true }).fill('deniz-second-password');
    await password.getByLabel('Yeni parola (yeniden)').fill('deniz-second-password');
    await password.getByRole('button', { name: 'Parolayı değiştir' }).click();
    await password.locator('.error-summary').waitFor();
    await expect(password.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe(
      'INVALID_CREDENTIALS',
    );
    await expect(password.getByLabel('Şimdiki parola').getAttribute('aria-invalid')).resolves.toBe('true');
    await password.getByLabel('Şimdiki parola').fill(NEW_USER.password);
    await password.getByLabel('Yeni parola (yeniden)').fill('deniz-other-password');
    await password.getByRole('button', { name: 'Parolayı değiştir' }).click();
    await expect(password.getByLabel('Yeni parola (yeniden)').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await password.getByLabel('Yeni parola (yeniden)').fill('deniz-second-password');
    await password.getByRole('button', { name: 'Parolayı değiştir' }).click();
    await password.locator('.form-done:not(:empty)').waitFor();
    await expect(password.locator('.form-done').textContent()).resolves.toContain('Parolanız değiştirildi.');
    await expect(t.login(NEW_USER.email, 'deniz-second-password')).resolves.toBeDefined();

    // The admin revokes the role: the account leaves the admin's list and holds no role.
    await page.reload();
    await waitForScreen(page, '/users');
    await created.getByRole('button', { name: `Rolü kaldır: ${NEW_USER.name}, Örnek Belediyesi` }).click();
    await created.getByRole('button', { name: 'Evet, kaldır' }).click();
    await created.waitFor({ state: 'detached' });
    await expect(account(NEW_USER.email)).resolves.toMatchObject({ memberships: [] });

    // 409 and 400 answers by design (the duplicate e-mail and the wrong password) and the sign-in probes.
    const unexpected = (list: string[]) => list.filter((error) => !/status of (400|401|409)/.test(error));
    expect(unexpected(errors)).toEqual([]);
    expect(unexpected(other.errors)).toEqual([]);
  }, 90_000);
});
