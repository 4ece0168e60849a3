import { describe, expect, it } from '@jest/globals';
import type { PlanResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { ok } from '../support/requests.js';
import { waitForScreen } from './support/browser-app.js';
import { openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

const USERS = {
  planner: { email: 'planlama@lifecycle.test', name: 'Ayşe Planlamacı', role: 'planner' },
  reviewer: { email: 'meclis@lifecycle.test', name: 'Zeynep Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;

/** The worked example as a draft not yet sent to the council. */
function draft() {
  const document = workedExampleDocument({
    institutionName: 'Yaşam Döngüsü Belediyesi',
    planStatus: 'taslak',
  });
  delete document.plan.submittedToCouncil;
  delete document.plan.councilDecision;
  return document;
}

const { app: t, plan, accounts } = usePlanWithUsers(USERS, draft(), 90_000);

describe('the plan lifecycle on the overview', () => {
  it('a planner submits a draft once its errors are fixed, enacts it with the council decision and publishes it', async () => {
    // A planner's edit leaves H1.1's weights at 97: a draft is let off that until it is submitted.
    const api = await t.login(accounts.planner.email, accounts.planner.password);
    await ok(api.patch(`/api/plans/${plan.id}/indicators/PG1.1.1`, { weight: 37 }));
    const { page, errors } = await openSignedIn(t, accounts.planner, `/plans/${plan.id}`, '/plans/:planId');
    const submit = page.locator('form.lifecycle-submit');
    // Weights of H1.1 sum to 97: the button is disabled and says why.
    await expect(submit.locator('button[type=submit]').isDisabled()).resolves.toBe(true);
    await expect(submit.locator('.lifecycle-blocked').textContent()).resolves.toContain('1 hata var');
    await expect(submit.locator('.lifecycle-blocked li').first().textContent()).resolves.toContain('H1.1');

    // The weight is fixed (as the card editor will do), the page read again.
    await ok(api.patch(`/api/plans/${plan.id}/indicators/PG1.1.1`, { weight: 40 }));
    await page.reload();
    await waitForScreen(page, '/plans/:planId');
    await expect(submit.locator('button[type=submit]').isDisabled()).resolves.toBe(false);
    await submit.getByLabel('Meclise sunuş tarihi').fill('2024-09-02');
    await submit.getByRole('button', { name: 'Meclise sun' }).click();

    const enact = page.locator('form.lifecycle-enact');
    await enact.waitFor();
    await expect(page.locator('.lifecycle > p.muted').textContent()).resolves.toContain('meclis onayında');
    // The number is required: refused in the form, beside the field, and nothing is sent.
    await enact.getByRole('button', { name: 'Yürürlüğe al' }).click();
    await expect(enact.locator('[aria-invalid="true"]').getAttribute('name')).resolves.toBe('number');
    await enact.getByLabel('Meclis karar tarihi').fill('2024-09-05');
    await enact.getByLabel('Karar sayısı').fill('2024/138');
    await enact.getByRole('button', { name: 'Yürürlüğe al' }).click();

    const publish = page.locator('form.lifecycle-publish');
    await page.locator('form.lifecycle-close').waitFor();
    await expect(publish.textContent()).resolves.toContain('yayımda değil');
    await publish.getByRole('button', { name: 'Yayımla' }).click();
    await publish.getByRole('button', { name: 'Yayından kaldır' }).waitFor();
    // Taking it off the public pages asks first; "Vazgeç" leaves it published.
    await publish.getByRole('button', { name: 'Yayından kaldır' }).click();
    await expect(publish.locator('.lifecycle-confirm').textContent()).resolves.toContain(
      'Yayından kaldırılsın mı?',
    );
    await publish.getByRole('button', { name: 'Vazgeç' }).click();
    await expect(publish.getByRole('button', { name: 'Yayından kaldır' }).isVisible()).resolves.toBe(true);
    // Closing asks too.
    const close = page.locator('form.lifecycle-close');
    await close.getByRole('button', { name: 'Kapat' }).click();
    await expect(close.locator('.lifecycle-confirm').isVisible()).resolves.toBe(true);
    await close.getByRole('button', { name: 'Vazgeç' }).click();

    const stored = await ok(api.get<PlanResponse>(`/api/plans/${plan.id}`));
    expect(stored).toMatchObject({
      status: 'yururlukte',
      submittedToCouncil: '2024-09-02',
      councilDecision: { date: '2024-09-05', number: '2024/138' },
    });
    expect(stored.publishedAt).not.toBeNull();
    expect((await t.anonymous.get(`/api/public/plans/${plan.id}`)).status).toBe(200);
    expect(errors).toEqual([]);
  }, 120_000);

  it('is not offered to a council member', async () => {
    const { page, errors } = await openSignedIn(t, accounts.reviewer, `/plans/${plan.id}`, '/plans/:planId');
    await expect(page.locator('.lifecycle').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
