import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as activityProgress from './support/activity-progress.js';
import { overflowing } from './support/browser-app.js';
import { PHONE, openSignedIn, usePlanWithUsers, type UserSpec } from './support/fixtures.js';

/*
 * Monitoring a programme-budget programme's activities (issue 14 point 5) through the screens, on
 * the worked example's plan (2025–2029): its 2026 programme, made and accepted through the API in
 * the programme-budget format, has programme 01, sub-programme 01.1, goal AH1 (H1.1) with F01
 * Park yapımı (PARK, bütçe içi 03: 1,000 TL in 2026) and F02 Denetim (ZABITA, 01: 500 TL); the
 * 2026-H1 period is open. The park unit's manager enters F01's progress in the worklist on a
 * phone — 40 % done, 350.50 TL under 03 — and submits it; the planner approves it in the approval
 * queue; the budget screen then shows it beside F01's costs: %40, 350,5 TL, 03 only.
 */

const USERS = {
  planner: { email: 'planlama@butceizleme.test', name: 'Ayşe Planlamacı', role: 'planner' },
  park: { email: 'park@butceizleme.test', name: 'Mehmet Park', role: 'unit_manager', units: ['PARK'] },
} satisfies Record<string, UserSpec>;
const { app: t, plan, accounts } = usePlanWithUsers(USERS, undefined, 120_000);

const shots = process.env.PUSULA_SCREENSHOTS;

beforeAll(async () => {
  const pp = `/api/plans/${plan.id}/programmes/2026`;
  const must = async <T>(answer: Promise<{ status: number; body: T }>): Promise<T> => {
    const { status, body } = await answer;
    if (status >= 300) throw new Error(`${status} ${JSON.stringify(body)}`);
    return body;
  };
  type Card = {
    programmes: Array<{ id: string; subProgrammes: Array<{ id: string; goals: Array<{ id: string }> }> }>;
  };
  await must(t.api.put(pp, { format: 'programme-budget', proposal: { '01': 500, '03': 1000 } }));
  let card = await must(t.api.post<Card>(`${pp}/budget/programmes`, { code: '01', name: 'Kentsel Yaşam' }));
  card = await must(
    t.api.post<Card>(`${pp}/budget/sub-programmes`, {
      programme: card.programmes[0].id,
      code: '01.1',
      name: 'Yeşil Alanlar',
    }),
  );
  card = await must(
    t.api.post<Card>(`${pp}/budget/goals`, {
      subProgramme: card.programmes[0].subProgrammes[0].id,
      code: 'AH1',
      title: 'Yeşil alanlar artırılacak',
      targets: ['H1.1'],
    }),
  );
  const goal = card.programmes[0].subProgrammes[0].goals[0].id;
  for (const activity of [
    { code: 'F01', name: 'Park yapımı', unit: 'PARK', costs: { budget: { '03': { t: 1000 } } } },
    { code: 'F02', name: 'Denetim', unit: 'ZABITA', costs: { budget: { '01': { t: 500 } } } },
  ])
    await must(t.api.post(`${pp}/budget/activities`, { goal, ...activity }));
  await must(t.api.post(`${pp}/submit`, { date: '2025-10-01' }));
  await must(t.api.post(`${pp}/accept`, { date: '2025-10-10', number: '2025/78' }));
  await must(t.api.post(`/api/plans/${plan.id}/periods`, { period: '2026-H1' }));
}, 120_000);

describe('a programme-budget activity’s progress', () => {
  it('a unit manager enters it on a phone, the planner approves it, and the budget screen shows it beside the costs', async () => {
    const { unit, item } = await activityProgress.openParkWorklist(t, accounts.park, plan.id);
    // Its sub-programme goal where a classic activity shows its PH.
    await expect(item.locator('.entry-head p.muted').textContent()).resolves.toMatch(/^AH1 · /);
    const form = await activityProgress.openProgressForm(item);
    await activityProgress.fillProgress(form);
    await activityProgress.submitProgress(unit, form);
    expect(await overflowing(unit.page)).toEqual([]);
    expect(unit.errors).toEqual([]);

    const { planner, queued } = await activityProgress.openActivityQueue(t, accounts.planner, plan.id);
    await activityProgress.approveQueued(planner, queued);
    expect(planner.errors).toEqual([]);

    const screen = await openSignedIn(
      t,
      accounts.planner,
      `/plans/${plan.id}/programmes/2026`,
      '/plans/:planId/programmes/:year',
      PHONE,
    );
    await screen.page.waitForSelector('section.pb-card');
    const f01 = screen.page.locator('.pb-activity[data-activity="F01"] .pb-progress');
    await expect(f01.getAttribute('data-progress-period')).resolves.toBe('2026-H1');
    await expect(f01.locator('.pb-progress-figures').textContent()).resolves.toBe(
      '2026 ara dönem (Ocak–Haziran) · Gerçekleşme %40 · Harcama 350,5 TL',
    );
    await expect(f01.locator('.pb-progress-codes li').allTextContents()).resolves.toEqual([
      '03 Mal ve Hizmet Alım Giderleri: 350,5 TL',
    ]);
    await expect(f01.locator('.pb-progress-note').textContent()).resolves.toBe('Zemin etüdü bitti');
    // F02: nothing approved, said so, never 0 %.
    await expect(
      screen.page.locator('.pb-activity[data-activity="F02"] .pb-progress').textContent(),
    ).resolves.toBe('İzleme: son onaylanan ilerleme ve harcamaHenüz onaylanmış ilerleme yok.');
    expect(await overflowing(screen.page)).toEqual([]);
    // docs/images/programme-budget-progress.png: the phone's screen with F01 at its top.
    if (shots) {
      await screen.page
        .locator('.pb-activity[data-activity="F01"]')
        .evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await screen.page.screenshot({ path: join(shots, 'programme-budget-progress.png') });
    }
    expect(screen.errors).toEqual([]);
  }, 240_000);
});
