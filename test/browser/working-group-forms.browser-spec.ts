import { describe, expect, it } from '@jest/globals';
import type { Page, ViewportSize } from 'playwright-core';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import type { CouncilMemberResponse, GroupSummaryResponse } from '../../src/contracts/working-groups.js';
import { DEMO_PASSWORD } from '../../src/database/seed-demo.js';
import { ok } from '../support/requests.js';
import {
  createUser,
  overflowing,
  waitForAnnouncement,
  waitForScreen,
  type BrowserApp,
  type WatchedPage,
} from './support/browser-app.js';
import { DEMO_PLANNER, PHONE, openSignedIn, useDemoPlan } from './support/fixtures.js';

/**
 * The secretariat's forms of the city council's working groups (issue 15): it adds a member,
 * proposes a group with six founders, records the executive board's acceptance, an election (first
 * refused with five present: WG_QUORUM at the list of those present), a meeting and a
 * recommendation linked to a Bilecik plan target, and sends it step by step to the municipal
 * council, which accepts it; the Bilecik planner sees it on the target card and replies; the
 * public page shows the group's decisions and the recommendation and no member's contact.
 */

const SECRETARIAT = { email: 'sekreterlik@pusula.local', password: DEMO_PASSWORD };
const FOUNDERS = ['Ece Karaağaç', 'Onur Sönmez', 'Pelin Yücel', 'Rıza Tunç', 'Selin Ova', 'Tarık Balcı'];
const GROUP = 'Bisiklet Yolları Çalışma Grubu';
const TITLE = 'Okul çevrelerinde korunaklı bisiklet yolu';
const CONTACT = 'tarik.balci@ornek.org';

let t: BrowserApp;
let councilId = '';
let bilecik: PlanSummaryResponse;
let targetCode = '';

useDemoPlan('Kahramanmaraş Kent Meclisi', async (demo) => {
  t = demo.app;
  councilId = demo.plan.institution.id;
  bilecik = demo.demoPlan('Bilecik Belediyesi');
  const document = await ok(t.api.get<PlanDocument>(`/api/plans/${bilecik.id}/document`));
  // Not H1.1: the demo's recommendation is linked there.
  targetCode =
    document.plan.aims.flatMap((aim) => aim.targets).find((target) => target.code !== 'H1.1')?.code ?? '';
  // Five of the six founders are already members; the sixth is added through the form.
  for (const name of FOUNDERS.slice(0, 5)) {
    await ok(
      t.api.post(`/api/institutions/${councilId}/council-members`, {
        name,
        represents: 'Bisiklet Derneği',
        contact: `${name.split(' ')[0]?.toLowerCase() ?? 'uye'}@ornek.org`,
        activeFrom: '2026-01-01',
      }),
      201,
    );
  }
});

async function tick(page: Page, form: string, list: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await page
      .locator(`${form} [data-list="${list}"] .person-choice`)
      .filter({ hasText: name })
      .locator('input[type="checkbox"]')
      .check();
  }
}

/** The council's working groups as the API lists them. */
function councilGroups(): Promise<GroupSummaryResponse[]> {
  return ok(t.api.get<GroupSummaryResponse[]>(`/api/institutions/${councilId}/working-groups`));
}

/** GROUP's page (found among `groups`), opened signed in as `account`. */
function openGroup(
  account: { email: string; password: string },
  groups: GroupSummaryResponse[],
  viewport?: ViewportSize,
): Promise<WatchedPage> {
  const group = groups.find((candidate) => candidate.name === GROUP);
  return openSignedIn(
    t,
    account,
    `/councils/${councilId}/groups/${group?.id ?? ''}`,
    '/councils/:institutionId/groups/:groupId',
    viewport,
  );
}

async function openDisclosure(page: Page, className: string): Promise<void> {
  await page.locator(`details.${className} > summary`).click();
}

describe('working-group forms', () => {
  it('forms a group, elects, meets and sends a recommendation to the municipal council', async () => {
    const { page, errors } = await openSignedIn(
      t,
      SECRETARIAT,
      `/councils/${councilId}`,
      '/councils/:institutionId',
    );

    // A member of the general assembly, with a contact that must never be public.
    await openDisclosure(page, 'add-member');
    const memberForm = page.locator('form.member-form');
    await memberForm.locator('input[name="name"]').fill('Tarık Balcı');
    await memberForm.locator('input[name="represents"]').fill('Bisiklet Derneği');
    await memberForm.locator('input[name="contact"]').fill(CONTACT);
    await memberForm.locator('input[name="activeFrom"]').fill('2026-01-01');
    await memberForm.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Üye kaydedildi.');
    await page.locator('.council-member-table th', { hasText: 'Tarık Balcı' }).waitFor();

    // The proposal with six founders.
    await openDisclosure(page, 'propose');
    const propose = page.locator('form.propose-form');
    await propose.locator('input[name="name"]').fill(GROUP);
    await propose.locator('textarea[name="aim"]').fill('Kentte güvenli bisiklet ulaşımı');
    await propose.locator('textarea[name="scope"]').fill('Okul ve iş merkezleri çevresi');
    await propose.locator('input[name="duration"]').fill('12 ay');
    await propose.locator('textarea[name="workPlan"]').fill('Ayda bir toplantı, altı ayda bir rapor');
    await propose.locator('input[name="proposedOn"]').fill('2026-09-01');
    await tick(page, 'form.propose-form', 'founderIds', FOUNDERS);
    await propose.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Çalışma grubu önerisi kaydedildi.');
    const row = page.locator('.council-groups tbody tr', { hasText: GROUP });
    await row.waitFor();
    await expect(row.locator('td').nth(0).textContent()).resolves.toBe('önerildi');

    // The group's page: the executive board accepts it.
    await row.locator('th a').click();
    await waitForScreen(page, '/councils/:institutionId/groups/:groupId');
    const decision = page.locator('form.decision-form');
    await decision.locator('select[name="decision"]').selectOption('accepted');
    await decision.locator('input[name="date"]').fill('2026-09-10');
    await decision.locator('input[name="number"]').fill('2026/41');
    await decision.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Yürütme kurulunun kararı kaydedildi.');
    await page.locator('.group-state.state-active').waitFor();
    await expect(page.locator('.group-state').textContent()).resolves.toBe('etkin');

    // An election with five present is refused at the list of those present (WG_QUORUM) …
    await openDisclosure(page, 'election');
    const election = page.locator('form.election-form');
    await election.locator('input[name="date"]').fill('2026-09-15');
    await tick(page, 'form.election-form', 'presentIds', FOUNDERS.slice(0, 5));
    await election.locator('select[name="chairId"]').selectOption({ label: FOUNDERS[0] ?? '' });
    await tick(page, 'form.election-form', 'managerIds', FOUNDERS.slice(1, 5));
    await election.locator('button[type="submit"]').click();
    const refusal = election.locator('[data-list="presentIds"] + .field-error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe('Seçimde 5 üye hazır bulundu; en az 6 gerekir');
    await expect(election.locator('.error-summary').getAttribute('data-error-code')).resolves.toBe(
      'WG_QUORUM',
    );
    await expect(page.locator('.election-table').count()).resolves.toBe(0);

    // … and recorded with the sixth present, their votes given.
    await tick(page, 'form.election-form', 'presentIds', FOUNDERS.slice(5));
    await election.locator(`.person-choice`, { hasText: FOUNDERS[0] }).locator('input.votes').fill('6');
    await election.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Seçim kaydedildi.');
    await page.locator('.election-table').waitFor();
    const elected = page.locator('.election-table tbody tr');
    await expect(elected.count()).resolves.toBe(1);
    await expect(elected.locator('td').nth(0).textContent()).resolves.toBe(FOUNDERS[0]);

    // A meeting with its attendance and two decisions.
    await openDisclosure(page, 'meeting');
    const meeting = page.locator('form.meeting-form');
    await meeting.locator('input[name="date"]').fill('2026-09-20');
    await meeting.locator('input[name="place"]').fill('Kent Konseyi Toplantı Salonu');
    await meeting.locator('textarea[name="agenda"]').fill('Okul güzergâhları');
    await tick(page, 'form.meeting-form', 'attendanceIds', FOUNDERS.slice(0, 4));
    await meeting
      .locator('textarea[name="decisions"]')
      .fill('Okul çevreleri haritalanacak\nBelediyeye öneri yazılacak');
    await meeting.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Toplantı kaydedildi.');
    await page.locator('.meeting-table').waitFor();
    await expect(page.locator('.meeting-table tbody tr').count()).resolves.toBe(1);
    await expect(
      page.locator('.month-grid .month[data-month="2026-10"]').getAttribute('class'),
    ).resolves.toContain('missed');
    await page.locator('.attendance-chart canvas').waitFor();

    // The recommendation, linked to a target of the Bilecik plan.
    await openDisclosure(page, 'recommend');
    const recommend = page.locator('form.recommendation-form');
    await recommend.locator('input[name="title"]').fill(TITLE);
    await recommend
      .locator('textarea[name="text"]')
      .fill('Okul çevrelerinde korunaklı bisiklet yolu yapılsın.');
    await recommend.locator('select[name="planId"]').selectOption(bilecik.id);
    await recommend.locator('input[name="planCode"]').fill(targetCode);
    await recommend.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Öneri kaydedildi.');
    const journey = page.locator('.group-recommendations .journey', { hasText: TITLE });
    await journey.waitFor();
    await expect(journey.locator('.timeline li').count()).resolves.toBe(1);

    // Step by step to the municipal council, which accepts it.
    const steps: Array<[string, string]> = [
      ['executive-board', '2026-09-25'],
      ['general-assembly', '2026-10-05'],
      ['municipal-council', '2026-10-20'],
    ];
    for (const [stage, date] of steps) {
      const form = journey.locator('form.step-form');
      await expect(form.locator('select[name="stage"]').inputValue()).resolves.toBe(stage);
      await form.locator('input[name="date"]').fill(date);
      await form.locator('select[name="decision"]').selectOption('accepted');
      await form.locator('button[type="submit"]').click();
      await journey.locator(`.timeline li[data-stage="${stage}"]`).waitFor();
    }
    await expect(journey.getAttribute('data-closed')).resolves.toBe('true');
    await expect(journey.locator('form.step-form').count()).resolves.toBe(0);
    // The one refusal is the election with five present.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/status of 400 .*\/elections\)$/);
  }, 120_000);

  it('shows the group’s chair the meeting and recommendation forms, and not the secretariat’s', async () => {
    // The chair has an account of the council (a reviewer there); the secretariat links the
    // chair's member record to it through the member form.
    const account = await createUser(t, {
      email: 'ece.karaagac@ornek.org',
      name: FOUNDERS[0] ?? '',
      role: 'reviewer',
      institutionId: councilId,
    });
    const keeper = await openSignedIn(t, SECRETARIAT, `/councils/${councilId}`, '/councils/:institutionId');
    await keeper.page.getByRole('button', { name: `${FOUNDERS[0] ?? ''} üyesini düzenle` }).click();
    const edit = keeper.page.locator('form.member-edit-form');
    await edit.locator('select[name="userId"]').selectOption(account.id);
    await edit.locator('button[type="submit"]').click();
    await waitForAnnouncement(keeper.page, 'Üye kaydedildi.');
    const members = await ok(
      t.api.get<CouncilMemberResponse[]>(`/api/institutions/${councilId}/council-members`),
    );
    expect(members.find((member) => member.name === FOUNDERS[0])?.userId).toBe(account.id);
    expect(keeper.errors).toEqual([]);
    const groups = await councilGroups();
    const { page, errors } = await openGroup(account, groups);
    await expect(page.locator('form.meeting-form').count()).resolves.toBe(1);
    await expect(page.locator('form.recommendation-form').count()).resolves.toBe(1);
    await expect(page.locator('form.election-form, form.close-form, form.step-form').count()).resolves.toBe(
      0,
    );
    // The chair records the group's next meeting.
    await openDisclosure(page, 'meeting');
    const meeting = page.locator('form.meeting-form');
    await meeting.locator('input[name="date"]').fill('2026-11-18');
    await meeting.locator('input[name="place"]').fill('Kent Konseyi Toplantı Salonu');
    await meeting.locator('textarea[name="agenda"]').fill('Yolların ilk taslağı');
    await tick(page, 'form.meeting-form', 'attendanceIds', FOUNDERS);
    await meeting.locator('button[type="submit"]').click();
    await waitForAnnouncement(page, 'Toplantı kaydedildi.');
    await page.waitForFunction(() => document.querySelectorAll('.meeting-table tbody tr').length === 2);
    // Another group's page offers them nothing.
    const other = groups.find((candidate) => candidate.state === 'active' && candidate.name !== GROUP);
    await page.goto(`${t.baseUrl}/#/councils/${councilId}/groups/${other?.id ?? ''}`);
    await page.waitForFunction(
      (name) => document.querySelector('h1')?.textContent === name,
      other?.name ?? '',
    );
    await waitForScreen(page, '/councils/:institutionId/groups/:groupId');
    await expect(page.locator('form.meeting-form, form.recommendation-form').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the recommendation on the linked Bilecik target, where the planner replies', async () => {
    const { page, errors } = await openSignedIn(
      t,
      DEMO_PLANNER,
      `/plans/${bilecik.id}/targets/${targetCode}`,
      '/plans/:planId/targets/:code',
    );
    const journey = page.locator('.council-recommendations .journey', { hasText: TITLE });
    await expect(journey.getAttribute('data-closed')).resolves.toBe('true');
    await expect(journey.locator('.timeline li').count()).resolves.toBe(4);
    await expect(
      journey.locator('.timeline li[data-stage="municipal-council"]').textContent(),
    ).resolves.toContain('Belediye meclisi');
    await journey
      .locator('form.reply-form textarea[name="text"]')
      .fill('Okul güzergâhları 2027 programına alındı.');
    await journey.locator('form.reply-form button[type="submit"]').click();
    await waitForAnnouncement(page, 'Cevap kaydedildi.');
    await page.locator('.council-recommendations .journey-reply').waitFor();
    // The plan's overview lists it too, its code leading to the target card.
    await page.goto(`${t.baseUrl}/#/plans/${bilecik.id}`);
    await waitForScreen(page, '/plans/:planId');
    const onOverview = page.locator('.council-recommendations .journey', { hasText: TITLE });
    await expect(onOverview.locator(`a[href$="/targets/${targetCode}"]`).count()).resolves.toBe(1);
    await expect(onOverview.locator('.journey-reply').textContent()).resolves.toContain('2027 programına');
    await page.goto(`${t.baseUrl}/#/plans/${bilecik.id}/targets/${targetCode}`);
    await waitForScreen(page, '/plans/:planId/targets/:code');
    await expect(
      page
        .locator('.council-recommendations .journey', { hasText: TITLE })
        .locator('.journey-reply')
        .textContent(),
    ).resolves.toContain('Okul güzergâhları 2027 programına alındı.');
    expect(errors).toEqual([]);
  });

  it('shows the public page without signing in, and no member’s contact on it', async () => {
    const { page, errors } = await t.newPage({ viewport: PHONE });
    // A citizen starts at the public page and finds the council there.
    await page.goto(`${t.baseUrl}/#/public`);
    await waitForScreen(page, '/public');
    await page.locator(`.public-councils [data-council="${councilId}"] a`).click();
    await waitForScreen(page, '/public/councils/:institutionId');
    const group = page.locator('.public-group', { hasText: GROUP });
    await expect(group.locator('.public-meetings').textContent()).resolves.toContain(
      'Okul çevreleri haritalanacak',
    );
    await expect(group.locator('.journey h4').textContent()).resolves.toBe(TITLE);
    await expect(page.locator('.public-group').count()).resolves.toBe(3);
    const members = await ok(
      t.api.get<CouncilMemberResponse[]>(`/api/institutions/${councilId}/council-members`),
    );
    const contacts = members
      .map((member) => member.contact)
      .filter((contact): contact is string => !!contact);
    expect(contacts).toContain(CONTACT);
    await expect(overflowing(page)).resolves.toEqual([]);
    const text = (await page.locator('body').textContent()) ?? '';
    const html = await page.content();
    for (const contact of contacts) {
      expect(text).not.toContain(contact);
      expect(html).not.toContain(contact);
    }
    expect(errors).toEqual([]);
  });

  it('fits a phone: the council page and a group page with its forms open', async () => {
    const { page, errors } = await openGroup(SECRETARIAT, await councilGroups(), PHONE);
    await openDisclosure(page, 'election');
    await openDisclosure(page, 'meeting');
    await expect(overflowing(page)).resolves.toEqual([]);
    await page.goto(`${t.baseUrl}/#/councils/${councilId}`);
    await waitForScreen(page, '/councils/:institutionId');
    await openDisclosure(page, 'propose');
    await expect(overflowing(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});
