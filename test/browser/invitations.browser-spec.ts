import { beforeAll, describe, expect, it } from '@jest/globals';
import type { InvitationResponse, MeResponse } from '../../src/contracts/auth.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createUser, importPlan, waitForScreen } from './support/browser-app.js';
import { DESKTOP, openSignedIn, usePlanWithUsers, type UserSpec, type Account } from './support/fixtures.js';

/**
 * Issue 9, point 11: an institution admin adds someone who belongs to another institution. That
 * sends an invitation, shown to the admin as "davet gönderildi"; the invited user accepts it on
 * their account page and only then holds the role.
 */

let neighbour: Account;

const USERS = {
  admin: { email: 'yonetici@davet.test', name: 'Yönetici Ayşe', role: 'admin' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);

beforeAll(async () => {
  const other = await importPlan(t, workedExampleDocument({ institutionName: 'Komşu Belediyesi' }));
  neighbour = await createUser(t, {
    email: 'komsu@davet.test',
    name: 'Komşu Kerem',
    role: 'reviewer',
    institutionId: other.institution.id,
  });
}, 60_000);

describe('invitations', () => {
  it('an admin invites a member of another institution, who accepts on the account page', async () => {
    const adminApi = await t.login(accounts.admin.email, accounts.admin.password);
    const invited = await adminApi.put<InvitationResponse>(
      `/api/institutions/${plan.institution.id}/members/${neighbour.id}`,
      { role: 'planner' },
    );
    expect(invited.status).toBe(202);

    // The admin sees the pending invitation, not a role.
    const adminPage = await openSignedIn(t, accounts.admin, '/users', '/users', DESKTOP);
    const pending = adminPage.page.locator(`li.invitation[data-email="${neighbour.email}"]`);
    await expect(pending.textContent()).resolves.toContain('davet gönderildi');
    await expect(pending.textContent()).resolves.toContain('Örnek Belediyesi: strateji geliştirme');
    await expect(
      adminPage.page.locator(`li.user:not(.invitation)[data-email="${neighbour.email}"]`).count(),
    ).resolves.toBe(0);

    // The invited user answers on "Hesabım".
    const { page, errors } = await openSignedIn(t, neighbour, '/account', '/account', DESKTOP);
    const invitation = page.locator('section.invitations li');
    await expect(invitation.textContent()).resolves.toContain('Örnek Belediyesi: strateji geliştirme');
    await expect(invitation.textContent()).resolves.toContain('Davet eden: Yönetici Ayşe');
    await invitation.getByRole('button', { name: 'Kabul et' }).click();
    await page.locator('section.invitations').waitFor({ state: 'detached' });
    await waitForScreen(page, '/account');
    await expect(page.locator('.identity-list .membership-list').textContent()).resolves.toContain(
      'Örnek Belediyesi: strateji geliştirme',
    );
    const me = await t.login(neighbour.email, neighbour.password);
    await expect(
      me.get<MeResponse>('/api/auth/me').then((response) => response.body.memberships),
    ).resolves.toEqual(
      expect.arrayContaining([
        expect.objectContaining({ institutionId: plan.institution.id, role: 'planner' }),
      ]),
    );
    // The header now offers the new institution too.
    await expect(
      page.locator('#app-header select[name="institution"] option').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining(['Örnek Belediyesi', 'Komşu Belediyesi']));

    // The admin's list now shows the member with the role in their institution only, and no invitation.
    await adminPage.page.reload();
    await waitForScreen(adminPage.page, '/users');
    await expect(
      adminPage.page.locator(`li.invitation[data-email="${neighbour.email}"]`).count(),
    ).resolves.toBe(0);
    await expect(
      adminPage.page
        .locator(`li.user[data-email="${neighbour.email}"] .membership-list li > span:first-child`)
        .allTextContents(),
    ).resolves.toEqual(['Örnek Belediyesi: strateji geliştirme']);
    expect(errors).toEqual([]);
    expect(adminPage.errors).toEqual([]);
  }, 90_000);
});
