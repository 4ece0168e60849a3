import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { InstitutionResponse } from '../../src/contracts/resources.js';
import type {
  BoardResponse,
  CouncilMemberResponse,
  CouncilValidationResponse,
  GroupResponse,
  GroupSummaryResponse,
  PublicCouncilResponse,
  PublicCouncilSummary,
  RecommendationResponse,
} from '../../src/contracts/working-groups.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import { docxParagraphs } from '../../src/modules/reports/test-fixtures.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import {
  importPlan,
  newMembers,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  type Member,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * City-council working groups over HTTP (issue 15, planning-cycle.md 7): the general assembly,
 * the board, groups from proposal to closing, elections, meetings and recommendations travelling
 * to the municipal council and showing on the linked plan; every rule refused with its code and
 * nothing changed; roles, tenancy, the public page without contact details, the exports.
 */

const t = useTestApp();

let council: string;
let councilId: string;
let otherCouncil: string;
let municipality: ImportedPlan;
let secretariat: Member;
let reviewer: Member;
let chairUser: Member;
let foreignSecretariat: Member;
let municipalPlanner: Member;
const members: CouncilMemberResponse[] = [];
let first: GroupResponse;
let second: GroupResponse;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CONTACT = 'gizli-iletisim@ornek.local';

async function institution(name: string, kind: string): Promise<string> {
  return (await ok(t.api.post<InstitutionResponse>('/api/institutions', { name, kind }), 201)).id;
}

const ids = (from: number, count: number): string[] => members.slice(from, from + count).map((m) => m.id);

const proposal = (founderIds: string[], name = 'Engelsiz Kent Çalışma Grubu') => ({
  name,
  aim: 'Kentte engelli bireylerin erişimini iyileştirmek',
  scope: 'Kaldırımlar, toplu taşıma, kamu binaları',
  duration: '12 ay',
  workPlan: 'Ayda bir toplantı; altı ayda bir rapor',
  proposedOn: '2026-01-05',
  founderIds,
});

const election = (present: string[], chairId: string, managerIds: string[], date = '2026-02-02') => ({
  date,
  presentIds: present,
  chairId,
  managerIds,
  votes: [{ memberId: chairId, votes: present.length }],
});

const meeting = (date: string, attendanceIds: string[]) => ({
  date,
  place: 'Kent Konseyi Toplantı Salonu',
  agenda: 'Kaldırım erişilebilirliği\n=Gündem dışı',
  attendanceIds,
  decisions: ['Rampa envanteri çıkarılacak', '+90 hattı kurulacak'],
});

beforeAll(async () => {
  setClock('2026-12-05T09:00:00Z');
  councilId = await institution('Deneme Kent Konseyi', 'kent-konseyi');
  council = `/api/institutions/${councilId}`;
  otherCouncil = `/api/institutions/${await institution('Komşu Kent Konseyi', 'kent-konseyi')}`;
  municipality = await importPlan(t.api, workedExampleDocument({ institutionName: 'Deneme Belediyesi' }));
  const member = newMembers(t, 'konsey.local', 'Konsey');
  secretariat = await member(councilId, 'secretariat');
  reviewer = await member(councilId, 'reviewer');
  chairUser = await member(councilId, 'reviewer');
  foreignSecretariat = await member(otherCouncil.split('/').at(-1) ?? '', 'secretariat');
  municipalPlanner = await member(municipality.institutionId, 'planner');
  for (let index = 1; index <= 12; index += 1) {
    members.push(
      await ok(
        secretariat.client.post<CouncilMemberResponse>(`${council}/council-members`, {
          name: `Üye ${String(index).padStart(2, '0')}`,
          represents: index % 2 === 0 ? 'Mimarlar Odası' : null,
          contact: CONTACT,
          userId: index === 1 ? chairUser.id : null,
          activeFrom: '2025-01-01',
        }),
        201,
      ),
    );
  }
});

afterAll(() => resetClock());

describe('council members and the board', () => {
  it('every role of the council reads the members; the secretariat adds them, a reviewer may not', async () => {
    const list = await ok(reviewer.client.get<CouncilMemberResponse[]>(`${council}/council-members`));
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({ name: 'Üye 01', contact: CONTACT, userId: chairUser.id, onBoard: false });
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      reviewer.client.post(`${council}/council-members`, { name: 'X', activeFrom: '2026-01-01' }),
    );
  });

  it("lets the secretariat list its council's accounts to link members to, and no other institution's", async () => {
    const accounts = await ok(
      secretariat.client.get<Array<{ userId: string; role: string }>>(
        `/api/institutions/${councilId}/members`,
      ),
    );
    expect(accounts.map((account) => account.userId)).toEqual(
      expect.arrayContaining([secretariat.id, reviewer.id, chairUser.id]),
    );
    expect(accounts.map((account) => account.userId)).not.toContain(municipalPlanner.id);
    // Its role gives it nothing in another institution, and a reviewer of the council may not list them.
    expect(
      (await secretariat.client.get(`/api/institutions/${municipality.institutionId}/members`)).status,
    ).toBeGreaterThanOrEqual(403);
    expectError(await reviewer.client.get(`/api/institutions/${councilId}/members`), 403, 'FORBIDDEN');
  });

  it('answers 404 for an institution that is not a city council, and across councils', async () => {
    expectError(
      await t.api.get(`/api/institutions/${municipality.institutionId}/council-members`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(
      await t.api.get(`/api/institutions/${municipality.institutionId}/working-groups`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(
      await foreignSecretariat.client.get(`${council}/council-members`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(await municipalPlanner.client.get(`${council}/validation`), 404, 'INSTITUTION_NOT_FOUND');
  });

  it('changes a member with its version; a stale version, dates out of order and an outsider account are refused', async () => {
    const member = members[11];
    await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      secretariat.client.patch(`${council}/council-members/${member.id}`, { activeTo: '2024-12-31' }),
    );
    await refusedUnchanged(t, 400, 'PREP_NOT_A_MEMBER', () =>
      secretariat.client.patch(`${council}/council-members/${member.id}`, { userId: municipalPlanner.id }),
    );
    const changed = await ok(
      secretariat.client.patch<CouncilMemberResponse>(`${council}/council-members/${member.id}`, {
        version: member.version,
        represents: 'Ziraat Odası',
      }),
    );
    expect(changed).toMatchObject({ represents: 'Ziraat Odası', version: member.version + 1 });
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      secretariat.client.patch(`${council}/council-members/${member.id}`, {
        version: member.version,
        name: 'Y',
      }),
    );
    expectError(
      await secretariat.client.patch(`${council}/council-members/${UNKNOWN}`, { name: 'Y' }),
      404,
      'COUNCIL_MEMBER_NOT_FOUND',
    );
    members[11] = changed;
  });

  it('replaces the executive board with active members only', async () => {
    const body = await refusedUnchanged(t, 400, 'WG_UNKNOWN_MEMBER', () =>
      secretariat.client.put(`${council}/board`, { memberIds: [members[0].id, UNKNOWN] }),
    );
    expect(body.details).toEqual([
      { path: 'memberIds[1]', code: 'WG_UNKNOWN_MEMBER', message: expect.any(String) },
    ]);
    const board = await ok(
      secretariat.client.put<BoardResponse>(`${council}/board`, { memberIds: ids(9, 3) }),
    );
    expect(board.members.map((m) => m.name)).toEqual(['Üye 10', 'Üye 11', 'Üye 12']);
    expect((await ok(reviewer.client.get<BoardResponse>(`${council}/board`))).members).toHaveLength(3);
    expectError(await reviewer.client.put(`${council}/board`, { memberIds: [] }), 403, 'FORBIDDEN');
  });
});

describe('working groups', () => {
  it('refuses a proposal whose fifth founder is not a member (WG_FOUNDERS), naming them', async () => {
    const body = await refusedUnchanged(t, 400, 'WG_FOUNDERS', () =>
      secretariat.client.post(`${council}/working-groups`, proposal([...ids(0, 4), UNKNOWN])),
    );
    expect(body.details).toEqual([
      { path: 'founderIds[4]', code: 'WG_FOUNDERS', message: expect.any(String) },
      { path: 'founderIds', code: 'WG_FOUNDERS', message: expect.stringContaining('4') },
    ]);
    await refusedUnchanged(t, 400, 'WG_FOUNDERS', () =>
      secretariat.client.post(`${council}/working-groups`, proposal(ids(0, 4))),
    );
  });

  it('takes a proposal of 5 founders, proposed; a meeting or an election before acceptance is refused', async () => {
    first = await ok(
      secretariat.client.post<GroupResponse>(`${council}/working-groups`, proposal(ids(0, 5))),
      201,
    );
    expect(first).toMatchObject({ state: 'proposed', founders: expect.any(Array), chair: null });
    expect(first.founders).toHaveLength(5);
    await refusedUnchanged(t, 409, 'WG_GROUP_STATE', () =>
      secretariat.client.post(
        `${council}/working-groups/${first.id}/meetings`,
        meeting('2026-01-10', ids(0, 5)),
      ),
    );
    await refusedUnchanged(t, 409, 'WG_GROUP_STATE', () =>
      secretariat.client.post(`${council}/working-groups/${first.id}/close`, {
        date: '2026-02-01',
        reason: 'x',
      }),
    );
  });

  it('the executive board accepts it with a date and number; not before the proposal, not twice', async () => {
    const decision = { decision: 'accepted', date: '2026-01-20', number: '2026/3' };
    await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      secretariat.client.post(`${council}/working-groups/${first.id}/decision`, {
        ...decision,
        date: '2026-01-01',
      }),
    );
    expectError(
      await reviewer.client.post(`${council}/working-groups/${first.id}/decision`, decision),
      403,
      'FORBIDDEN',
    );
    first = await ok(
      secretariat.client.post<GroupResponse>(`${council}/working-groups/${first.id}/decision`, decision),
    );
    expect(first).toMatchObject({ state: 'active', decisionDate: '2026-01-20', decisionNumber: '2026/3' });
    await refusedUnchanged(t, 409, 'WG_GROUP_STATE', () =>
      secretariat.client.post(`${council}/working-groups/${first.id}/decision`, decision),
    );
    const body = await refusedUnchanged(t, 409, 'WG_GROUP_STATE', () =>
      secretariat.client.post(
        `${council}/working-groups/${first.id}/meetings`,
        meeting('2026-01-19', ids(0, 5)),
      ),
    );
    expect(body.details?.[0]).toMatchObject({ path: 'date', code: 'WG_GROUP_STATE' });
    first = await ok(
      secretariat.client.post<GroupResponse>(`${council}/working-groups/${first.id}/members`, {
        memberIds: ids(5, 3),
      }),
    );
    expect(first.members).toHaveLength(8);
  });

  it('refuses an election with 5 present (WG_QUORUM), 1 + 3 elected (WG_BOARD_SIZE) and people outside the group', async () => {
    const elections = `${council}/working-groups/${first.id}/elections`;
    const [chair, ...rest] = ids(0, 6);
    const quorum = await refusedUnchanged(t, 400, 'WG_QUORUM', () =>
      secretariat.client.post(elections, election(ids(0, 5), chair, rest.slice(0, 4))),
    );
    expect(quorum.details).toEqual([
      { path: 'presentIds', code: 'WG_QUORUM', message: expect.stringContaining('5') },
    ]);
    await refusedUnchanged(t, 400, 'WG_BOARD_SIZE', () =>
      secretariat.client.post(elections, election(ids(0, 6), chair, rest.slice(0, 3))),
    );
    const absent = await refusedUnchanged(t, 400, 'WG_BOARD_SIZE', () =>
      secretariat.client.post(elections, election(ids(0, 6), ids(7, 1)[0], rest.slice(0, 4))),
    );
    expect(absent.details?.[0]).toMatchObject({
      path: 'chairId',
      message: expect.stringContaining('Üye 08'),
    });
    const outsider = await refusedUnchanged(t, 400, 'WG_NOT_GROUP_MEMBER', () =>
      secretariat.client.post(elections, election([...ids(0, 6), members[9].id], chair, rest.slice(0, 4))),
    );
    expect(outsider.details?.[0]).toMatchObject({
      path: 'presentIds[6]',
      message: expect.stringContaining('Üye 10'),
    });
  });

  it('records a valid election: 6 present, 1 chair + 4 managers', async () => {
    const [chair, ...rest] = ids(0, 6);
    first = await ok(
      secretariat.client.post<GroupResponse>(
        `${council}/working-groups/${first.id}/elections`,
        election(ids(0, 6), chair, rest.slice(0, 4)),
      ),
      201,
    );
    expect(first.chair).toEqual({ id: chair, name: 'Üye 01' });
    expect(first.managers.map((m) => m.name)).toEqual(['Üye 02', 'Üye 03', 'Üye 04', 'Üye 05']);
    expect(first.elections[0].termEnd).toBeNull();
  });

  it('refuses a chair who already manages another group (WG_ONE_GROUP_PER_MANAGER), naming them and the group', async () => {
    second = await ok(
      secretariat.client.post<GroupResponse>(
        `${council}/working-groups`,
        proposal(ids(4, 6), 'Kent Tarımı Çalışma Grubu'),
      ),
      201,
    );
    second = await ok(
      secretariat.client.post<GroupResponse>(`${council}/working-groups/${second.id}/decision`, {
        decision: 'accepted',
        date: '2026-01-25',
        number: '2026/4',
      }),
    );
    const body = await refusedUnchanged(t, 409, 'WG_ONE_GROUP_PER_MANAGER', () =>
      secretariat.client.post(
        `${council}/working-groups/${second.id}/elections`,
        election(ids(4, 6), members[4].id, ids(5, 4)),
      ),
    );
    expect(body.message).toContain('Üye 05');
    expect(body.details).toEqual([
      {
        path: 'chairId',
        code: 'WG_ONE_GROUP_PER_MANAGER',
        message: expect.stringContaining('Engelsiz Kent Çalışma Grubu'),
      },
    ]);
    second = await ok(
      secretariat.client.post<GroupResponse>(
        `${council}/working-groups/${second.id}/elections`,
        election(ids(4, 6), members[5].id, ids(6, 4)),
      ),
      201,
    );
    expect(second.chair?.name).toBe('Üye 06');
  });

  it('lists the groups with state, chair and managers; a group of another council is 404', async () => {
    const list = await ok(reviewer.client.get<GroupSummaryResponse[]>(`${council}/working-groups`));
    expect(list.map((g) => [g.name, g.state, g.chair?.name, g.managers.length])).toEqual([
      ['Engelsiz Kent Çalışma Grubu', 'active', 'Üye 01', 4],
      ['Kent Tarımı Çalışma Grubu', 'active', 'Üye 06', 4],
    ]);
    expectError(
      await t.api.get(`${otherCouncil}/working-groups/${first.id}`),
      404,
      'WORKING_GROUP_NOT_FOUND',
    );
    expectError(
      await reviewer.client.get(`${council}/working-groups/not-an-id`),
      404,
      'WORKING_GROUP_NOT_FOUND',
    );
  });
});

describe('meetings', () => {
  it('the secretariat and the group’s chair record meetings; another reviewer may not; attendance is of the group', async () => {
    const meetings = `${council}/working-groups/${first.id}/meetings`;
    first = await ok(secretariat.client.post<GroupResponse>(meetings, meeting('2026-02-10', ids(0, 6))), 201);
    first = await ok(chairUser.client.post<GroupResponse>(meetings, meeting('2026-04-07', ids(0, 8))), 201);
    expect(first.meetings.map((m) => m.date)).toEqual(['2026-02-10', '2026-04-07']);
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      reviewer.client.post(meetings, meeting('2026-05-05', ids(0, 6))),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      chairUser.client.post(
        `${council}/working-groups/${second.id}/meetings`,
        meeting('2026-05-05', ids(4, 6)),
      ),
    );
    await refusedUnchanged(t, 400, 'WG_NOT_GROUP_MEMBER', () =>
      secretariat.client.post(meetings, meeting('2026-05-05', [members[11].id])),
    );
  });

  it('the minutes (tutanak) come as .docx with the attendance and the decisions', async () => {
    const response = await reviewer.client.download(
      `${council}/working-groups/${first.id}/meetings/${first.meetings[0].id}/minutes.docx`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX_CONTENT_TYPE);
    const paragraphs = docxParagraphs(response.body);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'TOPLANTI TUTANAĞI',
        'Tarih: 10.02.2026',
        'Katılanlar (6)',
        '1. Üye 01',
        '1. Rampa envanteri çıkarılacak',
        '2. +90 hattı kurulacak',
      ]),
    );
    expect(paragraphs.join('\n')).not.toContain(CONTACT);
  });
});

describe('recommendations', () => {
  let recommendation: RecommendationResponse;
  const recommendations = (): string => `${council}/working-groups/${first.id}/recommendations`;
  const body = (extra: Record<string, unknown> = {}) => ({
    meetingId: first.meetings[0].id,
    title: 'Rampa standardı',
    text: 'Kaldırım rampaları TS 9111’e göre yapılmalı',
    ...extra,
  });

  it('refuses a link to an unknown plan or code, or half a link (WG_PLAN_LINK)', async () => {
    const plan = await refusedUnchanged(t, 400, 'WG_PLAN_LINK', () =>
      chairUser.client.post(recommendations(), body({ planId: UNKNOWN, planCode: 'H1.1' })),
    );
    expect(plan.details).toEqual([{ path: 'planId', code: 'WG_PLAN_LINK', message: expect.any(String) }]);
    const code = await refusedUnchanged(t, 400, 'WG_PLAN_LINK', () =>
      chairUser.client.post(recommendations(), body({ planId: municipality.planId, planCode: 'H9.9' })),
    );
    expect(code.details).toEqual([
      { path: 'planCode', code: 'WG_PLAN_LINK', message: expect.stringContaining('H9.9') },
    ]);
    await refusedUnchanged(t, 400, 'WG_PLAN_LINK', () =>
      chairUser.client.post(recommendations(), body({ planId: municipality.planId })),
    );
    expectError(
      await chairUser.client.post(recommendations(), body({ meetingId: UNKNOWN })),
      404,
      'WG_MEETING_NOT_FOUND',
    );
  });

  it('the chair writes one at a meeting, linked to a target of the municipality’s plan', async () => {
    recommendation = await ok(
      chairUser.client.post<RecommendationResponse>(
        recommendations(),
        body({ planId: municipality.planId, planCode: 'H1.1' }),
      ),
      201,
    );
    expect(recommendation).toMatchObject({
      planId: municipality.planId,
      planCode: 'H1.1',
      closed: false,
      nextStage: 'executive-board',
      steps: [{ stage: 'working-group', date: '2026-02-10', decision: 'accepted', note: null }],
    });
  });

  it('refuses a step out of order (WG_STEP_ORDER) and one dated before the last', async () => {
    const steps = `${recommendations()}/${recommendation.id}/steps`;
    const order = await refusedUnchanged(t, 409, 'WG_STEP_ORDER', () =>
      secretariat.client.post(steps, { stage: 'general-assembly', date: '2026-03-01', decision: 'accepted' }),
    );
    expect(order.details).toEqual([
      { path: 'stage', code: 'WG_STEP_ORDER', message: expect.stringContaining('yürütme kurulu') },
    ]);
    await refusedUnchanged(t, 409, 'WG_STEP_ORDER', () =>
      secretariat.client.post(steps, { stage: 'executive-board', date: '2026-02-01', decision: 'accepted' }),
    );
    expectError(
      await chairUser.client.post(steps, {
        stage: 'executive-board',
        date: '2026-03-01',
        decision: 'accepted',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('travels to the municipal council, whose answer closes it', async () => {
    const steps = `${recommendations()}/${recommendation.id}/steps`;
    await ok(
      secretariat.client.post(steps, {
        stage: 'executive-board',
        date: '2026-03-01',
        decision: 'amended',
        note: 'Kapsam daraltıldı',
      }),
      201,
    );
    await ok(
      secretariat.client.post(steps, { stage: 'general-assembly', date: '2026-03-20', decision: 'accepted' }),
      201,
    );
    recommendation = await ok(
      secretariat.client.post<RecommendationResponse>(steps, {
        stage: 'municipal-council',
        date: '2026-04-15',
        decision: 'accepted',
        note: '=Meclis kararı 2026/88',
      }),
      201,
    );
    expect(recommendation).toMatchObject({ closed: true, nextStage: null });
    expect(recommendation.steps.map((s) => s.stage)).toEqual([
      'working-group',
      'executive-board',
      'general-assembly',
      'municipal-council',
    ]);
    await refusedUnchanged(t, 409, 'WG_STEP_ORDER', () =>
      secretariat.client.post(steps, {
        stage: 'municipal-council',
        date: '2026-05-01',
        decision: 'accepted',
      }),
    );
  });

  it('shows on the linked plan to its planners, who may reply; the council’s reviewer does not see that plan', async () => {
    const route = `${municipality.plan}/council-recommendations`;
    const linked = await ok(municipalPlanner.client.get<RecommendationResponse[]>(route));
    expect(linked.map((r) => [r.title, r.planCode, r.closed, r.groupName])).toEqual([
      ['Rampa standardı', 'H1.1', true, 'Engelsiz Kent Çalışma Grubu'],
    ]);
    const replied = await ok(
      municipalPlanner.client.post<RecommendationResponse>(`${route}/${recommendation.id}/reply`, {
        text: 'Fen İşleri 2027 programına alındı',
      }),
    );
    expect(replied.reply).toEqual({
      text: 'Fen İşleri 2027 programına alındı',
      date: '2026-12-05',
      by: 'Konsey 5',
    });
    expectError(await reviewer.client.get(route), 404, 'PLAN_NOT_FOUND');
    expectError(
      await municipalPlanner.client.post(`${route}/${UNKNOWN}/reply`, { text: 'x' }),
      404,
      'RECOMMENDATION_NOT_FOUND',
    );
  });

  it('exports the journey as Excel with Turkish headers, text that reads like a formula kept as text', async () => {
    const response = await reviewer.client.download(`${recommendations()}/${recommendation.id}/journey.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(7).values).toEqual([undefined, 'Sıra', 'Aşama', 'Tarih', 'Karar', 'Not']);
    expect(sheet.getRow(9).values).toEqual([
      undefined,
      2,
      'yürütme kurulu',
      '01.03.2026',
      'değiştirilerek kabul',
      'Kapsam daraltıldı',
    ]);
    expect(sheet.getRow(11).getCell(2).value).toBe('belediye meclisi');
    expect(sheet.getRow(11).getCell(5).value).toBe('=Meclis kararı 2026/88');
    expect(sheet.getRow(11).getCell(5).numFmt).toBe('@');
  });
});

describe('validation, the register and the public page', () => {
  it('lists WG_MONTHLY_MEETING warnings per month without a meeting, in Turkish and English', async () => {
    const tr = await ok(reviewer.client.get<CouncilValidationResponse>(`${council}/validation`));
    const firstMonths = tr.issues.filter((i) => i.groupId === first.id).map((i) => i.month);
    expect(firstMonths).toEqual([
      '2026-03',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(tr).toMatchObject({ errors: 0, warnings: tr.issues.length });
    expect(tr.issues[0].message).toBe(
      '"Engelsiz Kent Çalışma Grubu" Mart 2026 ayında toplanmadı; çalışma grupları ayda en az bir kez toplanır',
    );
    const en = await ok(reviewer.client.get<CouncilValidationResponse>(`${council}/validation?lang=en`));
    expect(en.issues[0].message).toBe(
      '"Engelsiz Kent Çalışma Grubu" did not meet in March 2026; working groups meet at least once a month',
    );
  });

  it('exports the working-group register as Excel', async () => {
    const response = await reviewer.client.download(`${council}/working-groups/register.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(3).getCell(1).value).toBe('Çalışma grubu');
    expect(sheet.getRow(4).values).toEqual(
      expect.arrayContaining([
        'Engelsiz Kent Çalışma Grubu',
        'etkin',
        '05.01.2026',
        '20.01.2026',
        '2026/3',
        'Üye 01',
        8,
        2,
      ]),
    );
  });

  it('the public page shows active groups, their decisions and recommendations, never a contact', async () => {
    const response = await t.anonymous.get<PublicCouncilResponse>(
      `/api/public/councils/${councilId}/working-groups`,
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain(CONTACT);
    expect(JSON.stringify(response.body)).not.toContain('contact');
    expect(response.body.groups.map((g) => [g.name, g.chair, g.meetings.length])).toEqual([
      ['Engelsiz Kent Çalışma Grubu', 'Üye 01', 2],
      ['Kent Tarımı Çalışma Grubu', 'Üye 06', 0],
    ]);
    expect(response.body.groups[0].recommendations[0]).toMatchObject({
      title: 'Rampa standardı',
      closed: true,
    });
    expectError(
      await t.anonymous.get(`/api/public/councils/${municipality.institutionId}/working-groups`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    // The public list: the councils with an active group (not the other council, which has none,
    // nor the municipality), so that a citizen finds the page from #/public.
    const listed = await ok(t.anonymous.get<PublicCouncilSummary[]>('/api/public/councils'));
    expect(listed).toEqual([
      { institutionId: councilId, institution: 'Deneme Kent Konseyi', activeGroups: 2 },
    ]);
  });

  it('closes a group with a date and a reason, which ends its term; a closed group holds no election', async () => {
    const closing = `${council}/working-groups/${second.id}/close`;
    await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      secretariat.client.post(closing, { date: '2026-01-01', reason: 'Amaç gerçekleşti' }),
    );
    second = await ok(
      secretariat.client.post<GroupResponse>(closing, { date: '2026-11-30', reason: 'Amaç gerçekleşti' }),
    );
    expect(second).toMatchObject({ state: 'closed', closedOn: '2026-11-30', chair: null });
    expect(second.elections[0].termEnd).toBe('2026-11-30');
    await refusedUnchanged(t, 409, 'WG_GROUP_STATE', () =>
      secretariat.client.post(
        `${council}/working-groups/${second.id}/elections`,
        election(ids(4, 6), members[5].id, ids(6, 4)),
      ),
    );
  });
});
