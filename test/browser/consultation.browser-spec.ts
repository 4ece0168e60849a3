import { beforeAll, describe, expect, it } from '@jest/globals';
import { COMMENT_BAR_COLOUR } from '../../client/charts/consultation-chart.js';
import { istanbulDate } from '../../src/common/clock.js';
import type { ConsultationResponse } from '../../src/contracts/consultations.js';
import type { ApiClient } from '../support/api-client.js';
import { ok } from '../support/requests.js';
import { canvasPixels, pixelsNear, waitForAnnouncement, waitForScreen } from './support/browser-app.js';
import { DESKTOP, PHONE, openPlanScreen, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/**
 * Public consultation (issue 13): an anonymous visitor finds an open consultation from the public
 * plan page and comments (told it is published after moderation); the planner publishes it from
 * the moderation queue; the visitor then reads it as plain text, with the results charts drawn.
 */

const USERS = {
  planner: { email: 'planlama@gorus.test', name: 'Gül Planlamacı', role: 'planner' },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS);
let planner: ApiClient;
let consultation: ConsultationResponse;

// Typed by a visitor: it must stay text (no bold, no link) on both screens.
const COMMENT = 'Parka <b>gece aydınlatması</b> gerekli, bkz. https://ornek.example/park';

beforeAll(async () => {
  expect((await t.api.post(`/api/plans/${plan.id}/publish`)).status).toBe(200);
  planner = await t.login(accounts.planner.email, accounts.planner.password);
  const today = istanbulDate();
  consultation = await ok(
    planner.post<ConsultationResponse>(`/api/plans/${plan.id}/consultations`, {
      title: 'Parklar hedefleri halkın görüşünde',
      scope: 'plan',
      opensOn: today,
      closesOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
    }),
    201,
  );
  await ok(planner.post(`/api/plans/${plan.id}/consultations/${consultation.id}/open`));
}, 60_000);

describe('public consultation', () => {
  it('takes an anonymous comment, which the planner publishes and the public then reads as text', async () => {
    // The visitor, not signed in, on a phone: from the public plan page to the consultation.
    const visitor = await t.newPage({ viewport: PHONE });
    const { page } = visitor;
    await page.goto(`${t.baseUrl}/#/public/plans/${plan.id}`);
    await waitForScreen(page, '/public/plans/:id');
    await page.getByRole('link', { name: 'Parklar hedefleri halkın görüşünde' }).click();
    await waitForScreen(page, '/public/consultations/:id');
    await expect(page.locator('[data-phase]').textContent()).resolves.toBe('Görüşe açık');
    await expect(page.getByText('Henüz yayımlanan görüş yok.').count()).resolves.toBe(1);

    // An empty comment is stopped at its field; nothing is sent.
    await page.getByRole('button', { name: 'Görüşü gönder' }).click();
    await expect(page.locator('.field-error').first().textContent()).resolves.toContain('Görüşünüzü yazın.');

    await page.getByLabel('Görüşünüz (en çok 2.000 karakter)').fill(COMMENT);
    await page.getByLabel('Adınız (isteğe bağlı; görüşle birlikte gösterilir)').fill('Deniz Ak');
    await page
      .getByLabel('E-posta adresiniz (isteğe bağlı; hiçbir zaman gösterilmez)')
      .fill('deniz@ornek.example');
    await page.getByLabel('Hangi amaç ya da hedef hakkında?').selectOption('H1.1');
    await page.getByRole('button', { name: 'Görüşü gönder' }).click();
    await page.waitForFunction(
      () => document.querySelector('.comment-status')?.textContent?.includes('moderasyondan sonra') === true,
    );
    await expect(page.locator('.comment-status').textContent()).resolves.toBe(
      'Teşekkürler, yorumunuz moderasyondan sonra yayımlanacak.',
    );
    // Pending: still not on the public page.
    await page.reload();
    await waitForScreen(page, '/public/consultations/:id');
    await expect(page.locator('.comment-list').count()).resolves.toBe(0);

    // The planner's moderation queue, reached from the plan's consultations.
    const moderator = await openPlanScreen(t, accounts.planner, plan.id, 'consultations', '', DESKTOP);
    await moderator.page.getByRole('link', { name: 'Parklar hedefleri halkın görüşünde: yönet' }).click();
    await waitForScreen(moderator.page, '/plans/:planId/consultations/:id');
    const queued = moderator.page.locator('li[data-comment]');
    await expect(queued.locator('.comment-text').textContent()).resolves.toBe(COMMENT);
    await expect(queued.locator('.comment-text b, .comment-text a').count()).resolves.toBe(0);
    await expect(queued.textContent()).resolves.toContain('deniz@ornek.example');
    await queued.getByRole('button', { name: 'Yayımla' }).click();
    await waitForAnnouncement(moderator.page, 'Görüş yayımlandı');
    await moderator.page.waitForSelector('li[data-comment][data-status="published"]');
    await moderator.page.locator('[data-chart="by-day"] canvas').waitFor();
    // An answer needs its text: an empty one is refused in its own form, a written one is published.
    const answerForm = moderator.page.locator('li[data-comment] form[data-action="answer"]');
    await answerForm.getByRole('button', { name: 'Yanıtla' }).click();
    await expect(answerForm.textContent()).resolves.toContain('Yanıtı yazın.');
    await answerForm.locator('textarea[name="answer"]').fill('Teşekkürler, plana eklendi.');
    await answerForm.getByRole('button', { name: 'Yanıtla' }).click();
    await waitForAnnouncement(moderator.page, 'Yanıt yayımlandı');
    expect(moderator.errors).toEqual([]);

    // The public reads it as typed: text, no markup, no link, no e-mail; the charts are drawn.
    await page.reload();
    await waitForScreen(page, '/public/consultations/:id');
    const shown = page.locator('.comment-list li[data-comment]');
    await expect(shown.count()).resolves.toBe(1);
    // The comment first, then the institution's answer.
    await expect(shown.locator('.comment-text').first().textContent()).resolves.toBe(COMMENT);
    await expect(shown.textContent()).resolves.toContain('Teşekkürler, plana eklendi.');
    await expect(shown.locator('b, a').count()).resolves.toBe(0);
    await expect(shown.textContent()).resolves.toContain('Deniz Ak');
    await expect(page.locator('#main').textContent()).resolves.not.toContain('deniz@ornek.example');
    await page.locator('[data-chart="by-subject"] canvas').waitFor();
    const pixels = await canvasPixels(page, '[data-chart="by-subject"] canvas');
    expect(pixelsNear(pixels, COMMENT_BAR_COLOUR)).toBeGreaterThan(50);
    expect(visitor.errors).toEqual([]);
  });
});
