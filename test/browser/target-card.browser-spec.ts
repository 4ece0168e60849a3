import { describe, expect, it } from '@jest/globals';
import { PARK_CARD_CELLS_TR } from '../../src/modules/plans/test-fixtures.js';
import { waitForScreen } from './support/browser-app.js';
import { openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

const USERS = {
  reviewer: { email: 'meclis@card.test', name: 'Zeynep Meclis', role: 'reviewer' },
} satisfies Record<string, UserSpec>;

const { app: t, plan, accounts } = usePlanWithUsers(USERS, undefined, 90_000);

describe('the target card page', () => {
  it('shows every field of a card to a council member, reached from the overview', async () => {
    const { page, errors } = await openSignedIn(t, accounts.reviewer, `/plans/${plan.id}`, '/plans/:planId');
    const target = page.locator('details.target[data-code="H1.1"]');
    await target.locator('summary').click();
    // The responsible unit by its name, not its code.
    await expect(target.locator('.target-body p.muted').first().textContent()).resolves.toBe(
      'Sorumlu birim: Park ve Bahçeler Müdürlüğü',
    );
    await target.getByRole('link', { name: 'Hedef kartı' }).click();
    await waitForScreen(page, '/plans/:planId/targets/:code');

    await expect(page.locator('h1').textContent()).resolves.toBe('H1.1 Yeşil alanları artırmak');
    await expect(page.locator('dd').first().textContent()).resolves.toBe('Park ve Bahçeler Müdürlüğü');
    await expect(page.locator('dd').nth(1).textContent()).resolves.toBe('Zabıta Müdürlüğü');
    const row = page.locator('table.card-indicators tr[data-code="PG1.1.1"] td');
    // Unit, weight, A, then the 2025–2029 targets.
    await expect(row.allTextContents()).resolves.toEqual([
      ...PARK_CARD_CELLS_TR,
      'artış (yüksek iyi)',
      'düzey',
      'F1',
      '6 / 6 ay',
      'belirtilmemiş',
    ]);
    await expect(page.locator('tr.weights-total td.number').textContent()).resolves.toBe('100');
    await expect(page.getByText('Kamulaştırma gecikmeleri').isVisible()).resolves.toBe(true);
    // The card's cost estimate, 2025–2029, and its total.
    await expect(page.locator('tr.cost-estimate td.number').allTextContents()).resolves.toEqual([
      '1.000.000',
      '1.200.000',
      '1.300.000',
      '1.400.000',
      '1.500.000',
      '6.400.000',
    ]);
    // An indicator links to its own page (with its chart).
    await page.getByRole('link', { name: 'PG1.1.1 Park alanı' }).click();
    await waitForScreen(page, '/plans/:planId/indicators/:code');
    expect(errors).toEqual([]);
  }, 60_000);
});
