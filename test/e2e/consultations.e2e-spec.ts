import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { resetClock, setClock } from '../../src/common/clock.js';
import type { AnalysisItemResponse } from '../../src/contracts/analysis.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type {
  CommentResponse,
  ConsultationResponse,
  ConsultationResults,
  PublicConsultation,
  PublicConsultationSummary,
} from '../../src/contracts/consultations.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import { seedDemo } from '../../src/database/seed-demo.js';
import { COMMENT_HEADERS } from '../../src/modules/consultations/consultation-workbook.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import {
  addMember,
  expectRowsChanged,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  type Member,
  importExample,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

// The client address comes from X-Forwarded-For, so each test comments from addresses of its own.
const t = useTestApp({ PUSULA_TRUST_PROXY: 'true' });

let home: ImportedPlan;
let other: ImportedPlan;
let planner: Member;
let unitManager: Member;
let reviewer: Member;
let foreignPlanner: Member;
let consultations: string;
let consultation: ConsultationResponse;

let lastAddress = 0;
/** A client address used by no other request of the file. */
function freshAddress(): string {
  lastAddress += 1;
  return `10.1.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

function comment(id: string, body: unknown, address = freshAddress()): Promise<ApiResponse<ErrorBody>> {
  return t.anonymous.request<ErrorBody>('POST', `/api/public/consultations/${id}/comments`, body, {
    'x-forwarded-for': address,
  });
}

function publicView(id: string): Promise<PublicConsultation> {
  return ok(t.anonymous.get<PublicConsultation>(`/api/public/consultations/${id}`));
}

/**
 * A comment accepted for moderation: 202, one row more, nothing else changed (no audit of an
 * arrival) but the planners' notification of the day (one a day per consultation and planner).
 */
async function accepted(id: string, body: unknown, address?: string): Promise<void> {
  const before = await t.countRows();
  const response = await comment(id, body, address);
  expect({ status: response.status, body: response.body }).toEqual({
    status: 202,
    body: { status: 'pending' },
  });
  const after = await t.countRows();
  expect(after).toEqual({
    ...before,
    consultation_comments: before.consultation_comments + 1,
    notifications: after.notifications,
  });
  expect(after.notifications - before.notifications).toBeLessThanOrEqual(1);
}

async function queue(): Promise<CommentResponse[]> {
  return ok(planner.client.get<CommentResponse[]>(`${consultations}/${consultation.id}/comments`));
}

async function findComment(text: string): Promise<CommentResponse> {
  const found = (await queue()).find((item) => item.text === text);
  if (!found) throw new Error(`no comment ${text}`);
  return found;
}

const PARK = 'Mahallemizdeki parkın aydınlatması yetersiz, akşamları çocuklar oynayamıyor.';
const YOL = 'Köy yollarının bakımı için hedefe bir gösterge eklenmeli.';
const HAKARET = 'Bu plan tamamen boş, hazırlayanlar işini bilmiyor!!!';
const FORMULA = '=HYPERLINK("http://kotu.example","tıkla")';
const HTML = '<script>alert(1)</script> <a href="http://kotu.example">bağlantı</a>';

beforeAll(async () => {
  // 10 January 2026, 12:00 in Istanbul.
  setClock('2026-01-10T09:00:00Z');
  home = await importExample(t.api, { institutionName: 'Görüş Belediyesi', planStatus: 'taslak' });
  other = await importExample(t.api, { institutionName: 'Öteki Belediye', planStatus: 'taslak' });
  consultations = `${home.plan}/consultations`;
  const member = (email: string, institutionId: string, role: string, units?: string[]) =>
    addMember(t, { email, name: email, institutionId, role, units });
  planner = await member('planlama@gorus.local', home.institutionId, 'planner');
  unitManager = await member('park@gorus.local', home.institutionId, 'unit_manager', ['PARK']);
  reviewer = await member('denetci@gorus.local', home.institutionId, 'reviewer');
  foreignPlanner = await member('planlama@oteki.local', other.institutionId, 'planner');
});

afterAll(() => resetClock());

const JANUARY = {
  title: 'Taslak stratejik planımız halkın görüşüne açıldı',
  description: 'Planın tamamı hakkında görüşlerinizi bekliyoruz.',
  scope: 'plan',
  opensOn: '2026-01-05',
  closesOn: '2026-01-31',
};

/** A consultation the planner prepares (201): JANUARY with `fields` over it. */
function prepared(
  fields: Partial<Record<keyof typeof JANUARY | 'aimCode', string>>,
): Promise<ConsultationResponse> {
  return ok(planner.client.post<ConsultationResponse>(consultations, { ...JANUARY, ...fields }), 201);
}

describe('preparing a consultation', () => {
  it('lets a planner prepare one: a draft, audited as plan content', async () => {
    const before = await t.countRows();
    consultation = await prepared({});
    expect(consultation).toEqual({
      id: expect.any(String),
      planId: home.planId,
      ...JANUARY,
      aimCode: null,
      phase: 'draft',
      openedAt: null,
      closedAt: null,
      counts: { pending: 0, published: 0, hidden: 0 },
      version: 1,
    });
    await expectRowsChanged(t, before, { consultations: 1 });
    const trail = await ok(t.api.get<AuditPageResponse>(`${home.plan}/audit?entity=consultation`));
    expect(trail.items).toEqual([
      expect.objectContaining({
        entityId: consultation.id,
        action: 'insert',
        actor: expect.objectContaining({ id: planner.id }),
      }),
    ]);
  });

  it.each([
    ['the closing day before the opening day', { closesOn: '2026-01-04' }, 'DATE_ORDER', 'closesOn'],
    ['one aim’s targets without the aim', { scope: 'aim-targets' }, 'CONSULTATION_SUBJECT', 'aimCode'],
    ['an aim the plan lacks', { scope: 'aim-targets', aimCode: 'A9' }, 'CONSULTATION_SUBJECT', 'aimCode'],
    ['an aim for the whole plan', { aimCode: 'A1' }, 'CONSULTATION_SUBJECT', 'aimCode'],
    ['a date that does not exist', { opensOn: '2026-02-30' }, 'VALIDATION_FAILED', 'opensOn'],
    ['an unknown scope', { scope: 'everything' }, 'VALIDATION_FAILED', 'scope'],
    ['no title', { title: '' }, 'VALIDATION_FAILED', 'title'],
  ])('refuses %s with 400 at the field, changing nothing', async (_case, change, code, path) => {
    const body = await refusedUnchanged(t, 400, code, () =>
      planner.client.post(consultations, { ...JANUARY, ...change }),
    );
    expect(body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('takes one aim’s targets with the aim', async () => {
    const aim = await prepared({ title: 'A1 hedefleri', scope: 'aim-targets', aimCode: 'A1' });
    expect([aim.scope, aim.aimCode, aim.phase]).toEqual(['aim-targets', 'A1', 'draft']);
  });

  it.each([
    ['a unit manager', () => unitManager.client, 403, 'FORBIDDEN'],
    ['a reviewer', () => reviewer.client, 403, 'FORBIDDEN'],
    ['another institution’s planner', () => foreignPlanner.client, 404, 'PLAN_NOT_FOUND'],
    ['an anonymous caller', () => t.anonymous, 401, 'UNAUTHORIZED'],
  ])('refuses %s', async (_who, client, status, code) => {
    await refusedUnchanged(t, status, code, () => client().post(consultations, JANUARY));
  });

  it('changes the title, refusing a stale version', async () => {
    const changed = await ok(
      planner.client.patch<ConsultationResponse>(`${consultations}/${consultation.id}`, {
        title: 'Taslak plan görüşe açıldı',
        version: 1,
      }),
    );
    expect([changed.title, changed.version]).toEqual(['Taslak plan görüşe açıldı', 2]);
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      planner.client.patch(`${consultations}/${consultation.id}`, { title: 'Eski', version: 1 }),
    );
    consultation = changed;
  });

  it('is not public while a draft: 404 to read and to comment, not listed', async () => {
    expectError(
      await t.anonymous.get(`/api/public/consultations/${consultation.id}`),
      404,
      'CONSULTATION_NOT_FOUND',
    );
    await refusedUnchanged(t, 404, 'CONSULTATION_NOT_FOUND', () => comment(consultation.id, { text: PARK }));
    expect(await ok(t.anonymous.get(`/api/public/institutions/${home.institutionId}/consultations`))).toEqual(
      [],
    );
  });
});

describe('opening it', () => {
  it('opens it once: the public lists it and reads it with the subjects it covers', async () => {
    const opened = await ok(
      planner.client.post<ConsultationResponse>(`${consultations}/${consultation.id}/open`),
    );
    expect([opened.phase, opened.openedAt]).toEqual(['open', '2026-01-10T09:00:00.000Z']);
    await refusedUnchanged(t, 409, 'CONSULTATION_STATE', () =>
      planner.client.post(`${consultations}/${consultation.id}/open`),
    );
    const listed = await ok(
      t.anonymous.get<PublicConsultationSummary[]>(
        `/api/public/institutions/${home.institutionId}/consultations`,
      ),
    );
    expect(listed).toEqual([
      expect.objectContaining({
        id: consultation.id,
        planId: home.planId,
        institutionName: 'Görüş Belediyesi',
        phase: 'open',
        publishedComments: 0,
      }),
    ]);
    const view = await publicView(consultation.id);
    expect(view.subjects.map((subject) => [subject.kind, subject.code])).toEqual([
      ['aim', 'A1'],
      ['target', 'H1.1'],
      ['target', 'H1.2'],
    ]);
    expect(view.comments).toEqual([]);
  });

  it('answers 404 for an unknown institution or consultation', async () => {
    expectError(
      await t.anonymous.get(`/api/public/institutions/${other.planId}/consultations`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(await t.anonymous.get('/api/public/consultations/nope'), 404, 'CONSULTATION_NOT_FOUND');
    await refusedUnchanged(t, 404, 'CONSULTATION_NOT_FOUND', () =>
      comment('2f0f5c1e-8f0b-4d7a-9a8c-0c1f2e3d4b5a', { text: PARK }),
    );
  });
});

describe('an anonymous comment', () => {
  it('is taken without an account and waits for moderation, with the e-mail kept from the public', async () => {
    await accepted(consultation.id, {
      text: PARK,
      name: 'Ayşe Yılmaz',
      email: 'Ayse@Ornek.tr',
      subjectCode: 'H1.1',
    });
    for (const text of [YOL, HAKARET, FORMULA, HTML]) await accepted(consultation.id, { text });
    expect((await publicView(consultation.id)).comments).toEqual([]);
    expect(await findComment(PARK)).toEqual(
      expect.objectContaining({
        authorName: 'Ayşe Yılmaz',
        authorEmail: 'ayse@ornek.tr',
        subjectCode: 'H1.1',
        status: 'pending',
        createdAt: '2026-01-10T09:00:00.000Z',
      }),
    );
  });

  it('tells the planner in the inbox once that day, linking to the moderation queue; not the other roles', async () => {
    const inbox = await ok(
      planner.client.get<{ items: Array<{ kind: string; link: string }> }>('/api/account/notifications'),
    );
    expect(inbox.items.filter((item) => item.kind === 'consultation-comment')).toEqual([
      expect.objectContaining({ link: `#/plans/${home.planId}/consultations/${consultation.id}` }),
    ]);
    for (const member of [reviewer, unitManager, foreignPlanner]) {
      const other = await ok(member.client.get<{ total: number }>('/api/account/notifications'));
      expect(other.total).toBe(0);
    }
  });

  it('stores text as text: tags and links exactly as typed', async () => {
    expect((await findComment(HTML)).text).toBe(HTML);
  });

  it('drops a comment whose honeypot is filled, answering as for any other', async () => {
    const before = await t.countRows();
    const response = await comment(consultation.id, {
      text: 'Ucuz ilaç satılır',
      website: 'http://spam.example',
    });
    expect({ status: response.status, body: response.body }).toEqual({
      status: 202,
      body: { status: 'pending' },
    });
    expect(await t.countRows()).toEqual(before);
  });

  it.each([
    [
      'the same text again, differently cased and spaced',
      { text: `  ${PARK.toLocaleUpperCase('tr')}  ` },
      409,
      'COMMENT_DUPLICATE',
    ],
    [
      'a subject the plan lacks',
      { text: 'Yeni bir görüş', subjectCode: 'H9.9' },
      400,
      'CONSULTATION_SUBJECT',
    ],
    ['text over 2,000 characters', { text: 'a'.repeat(2001) }, 400, 'VALIDATION_FAILED'],
    ['no text', { text: '' }, 400, 'VALIDATION_FAILED'],
    ['text of control characters only', { text: '\u0000\u0007' }, 400, 'VALIDATION_FAILED'],
    ['a malformed e-mail', { text: 'Başka bir görüş', email: 'yok' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { text: 'Başka bir görüş', status: 'published' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s, changing nothing', async (_case, body, status, code) => {
    await refusedUnchanged(t, status, code, () => comment(consultation.id, body));
  });

  it('refuses a body over 16 KiB with 413 before reading its fields', async () => {
    await refusedUnchanged(t, 413, 'PAYLOAD_TOO_LARGE', () =>
      t.anonymous.raw(
        'POST',
        `/api/public/consultations/${consultation.id}/comments`,
        JSON.stringify({
          text: 'ç'.repeat(9000),
        }),
      ),
    );
  });

  it('refuses a subject outside what an aim-targets consultation covers', async () => {
    const narrow = await prepared({ title: 'Yalnızca A1', scope: 'aims' });
    await ok(planner.client.post(`${consultations}/${narrow.id}/open`));
    const body = await refusedUnchanged(t, 400, 'CONSULTATION_SUBJECT', () =>
      comment(narrow.id, { text: 'Hedef hakkında', subjectCode: 'H1.1' }),
    );
    expect(body.details).toEqual([expect.objectContaining({ path: 'subjectCode' })]);
    await accepted(narrow.id, { text: 'Amaç hakkında', subjectCode: 'A1' });
  });
});

describe('the rate limit', () => {
  it('takes five comments from one address in ten minutes and answers the sixth 429 with Retry-After', async () => {
    const address = '192.0.2.10';
    for (let index = 1; index <= 5; index += 1) {
      setClock(`2026-01-10T09:0${index}:00Z`);
      await accepted(consultation.id, { text: `Sınır denemesi ${index}` }, address);
    }
    setClock('2026-01-10T09:08:30Z');
    const before = await t.countRows();
    const response = await comment(consultation.id, { text: 'Altıncı görüş' }, address);
    expectError(response, 429, 'COMMENT_RATE_LIMIT');
    // The first of the five (09:01) leaves the window at 09:11: 150 s later.
    expect(response.headers.get('retry-after')).toBe('150');
    expect(await t.countRows()).toEqual(before);
    // Another address is not held back.
    await accepted(consultation.id, { text: 'Başka adresten görüş' }, '192.0.2.11');
    // Once the first leaves the window, one more is taken.
    setClock('2026-01-10T09:11:01Z');
    await accepted(consultation.id, { text: 'Altıncı görüş' }, address);
    setClock('2026-01-10T09:00:00Z');
  });
});

describe('moderation', () => {
  it.each([
    ['a unit manager', () => unitManager.client, 403, 'FORBIDDEN'],
    ['a reviewer', () => reviewer.client, 403, 'FORBIDDEN'],
    ['another institution’s planner', () => foreignPlanner.client, 404, 'PLAN_NOT_FOUND'],
  ])('is refused to %s', async (_who, client, status, code) => {
    const park = await findComment(PARK);
    await refusedUnchanged(t, status, code, () =>
      client().post(`${consultations}/${consultation.id}/comments/${park.id}/moderate`, {
        action: 'publish',
      }),
    );
  });

  it('lets members who read see the queue', async () => {
    const seen = await ok(
      reviewer.client.get<CommentResponse[]>(`${consultations}/${consultation.id}/comments`),
    );
    expect(seen.length).toBeGreaterThan(5);
  });

  it('publishes, hides with a reason and answers, each in the audit trail', async () => {
    const moderate = async (text: string, body: object): Promise<CommentResponse> => {
      const target = await findComment(text);
      return ok(
        planner.client.post<CommentResponse>(
          `${consultations}/${consultation.id}/comments/${target.id}/moderate`,
          body,
        ),
      );
    };
    expect((await moderate(PARK, { action: 'publish' })).status).toBe('published');
    const hakaret = await findComment(HAKARET);
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${consultations}/${consultation.id}/comments/${hakaret.id}/moderate`, {
        action: 'hide',
      }),
    );
    const hidden = await moderate(HAKARET, { action: 'hide', reason: 'Hakaret içeriyor (iç not)' });
    expect([hidden.status, hidden.hiddenReason]).toEqual(['hidden', 'Hakaret içeriyor (iç not)']);
    const answered = await moderate(YOL, {
      action: 'answer',
      answer: 'Teşekkürler; H1.2 hedefine yol bakımı göstergesi ekledik.',
    });
    expect([answered.status, answered.answeredAt]).toEqual(['published', '2026-01-10T09:00:00.000Z']);
    await moderate(FORMULA, { action: 'publish' });
    await moderate(HTML, { action: 'publish' });
    const trail = await ok(t.api.get<AuditPageResponse>(`${home.plan}/audit?entity=consultation_comment`));
    expect(trail.items.map((item) => item.action)).toEqual([
      'update',
      'update',
      'update',
      'update',
      'update',
    ]);
    expect(trail.items.every((item) => item.actor?.id === planner.id)).toBe(true);
  });

  it('shows the public only published comments and answers: never hidden ones, e-mails or notes', async () => {
    const response = await t.anonymous.get<PublicConsultation>(
      `/api/public/consultations/${consultation.id}`,
    );
    const view = response.body;
    // The clock stands still in this file, so the comments share one instant: compare as a set.
    expect(view.comments.map((item) => item.text).sort()).toEqual([PARK, YOL, FORMULA, HTML].sort());
    expect(view.comments.find((item) => item.text === YOL)?.answer).toBe(
      'Teşekkürler; H1.2 hedefine yol bakımı göstergesi ekledik.',
    );
    expect(Object.keys(view.comments[0]).sort()).toEqual(
      [
        'answer',
        'answeredAt',
        'authorName',
        'createdAt',
        'id',
        'linkedFinding',
        'linkedTarget',
        'subjectCode',
        'text',
      ].sort(),
    );
    const raw = JSON.stringify(view);
    for (const secret of [HAKARET, 'ayse@ornek.tr', 'Hakaret içeriyor', 'addressKey', 'textKey', 'pending'])
      expect(raw).not.toContain(secret);
    expect(view.publishedComments).toBe(4);
  });
});

describe('where a comment went', () => {
  it('links a comment to a need and a target of the plan, shown on the plan and publicly', async () => {
    const need = await ok(
      planner.client.post<AnalysisItemResponse>(`${home.plan}/analysis/findings`, {
        kind: 'ihtiyac',
        text: 'Parkların aydınlatılması',
      }),
      201,
    );
    const park = await findComment(PARK);
    const linked = await ok(
      planner.client.patch<CommentResponse>(`${consultations}/${consultation.id}/comments/${park.id}/links`, {
        finding: need.code,
        target: 'H1.1',
      }),
    );
    expect([linked.linkedFinding, linked.linkedTarget]).toEqual([need.code, 'H1.1']);
    expect(await ok(reviewer.client.get(`${home.plan}/consultation-inputs`))).toEqual([
      expect.objectContaining({ commentId: park.id, finding: need.code, target: 'H1.1', text: PARK }),
    ]);
    const shown = (await publicView(consultation.id)).comments.find((item) => item.id === park.id);
    expect([shown?.linkedFinding, shown?.linkedTarget]).toEqual([need.code, 'H1.1']);
  });

  it('refuses a finding or target the plan lacks, at its field', async () => {
    const park = await findComment(PARK);
    const body = await refusedUnchanged(t, 400, 'CONSULTATION_LINK', () =>
      planner.client.patch(`${consultations}/${consultation.id}/comments/${park.id}/links`, {
        finding: 'T99',
        target: 'H9.9',
      }),
    );
    expect(body.details?.map((item) => item.path)).toEqual(['finding', 'target']);
  });
});

describe('the results', () => {
  it('counts every comment by subject and by day for members, published ones for the public', async () => {
    const results = await ok(
      reviewer.client.get<ConsultationResults>(`${consultations}/${consultation.id}/results`),
    );
    expect(results.bySubject).toEqual([
      { subjectCode: null, count: results.total - 1 },
      { subjectCode: 'H1.1', count: 1 },
    ]);
    expect(results.byDay).toEqual([{ day: '2026-01-10', count: results.total }]);
    const published = (await publicView(consultation.id)).results;
    expect(published).toEqual({
      total: 4,
      bySubject: [
        { subjectCode: null, count: 3 },
        { subjectCode: 'H1.1', count: 1 },
      ],
      byDay: [{ day: '2026-01-10', count: 4 }],
    });
  });

  it('writes the report workbook: every comment, its status and answer, Turkish headers, formulas as text', async () => {
    const response = await reviewer.client.download(`${consultations}/${consultation.id}/report.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Görüşler');
    if (!sheet) throw new Error('no sheet Görüşler');
    const headerRow = 6;
    expect((sheet.getRow(headerRow).values as unknown[]).slice(1)).toEqual(COMMENT_HEADERS);
    const rows = new Map<string, ExcelJS.Row>();
    for (let index = headerRow + 1; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      rows.set(row.getCell(4).text, row);
    }
    const queued = await queue();
    expect(rows.size).toBe(queued.length);
    const hidden = rows.get(HAKARET);
    expect([hidden?.getCell(7).value, hidden?.getCell(8).value]).toEqual([
      'Gizlendi',
      'Hakaret içeriyor (iç not)',
    ]);
    expect(rows.get(YOL)?.getCell(9).value).toBe('Teşekkürler; H1.2 hedefine yol bakımı göstergesi ekledik.');
    expect(rows.get(PARK)?.getCell(6).value).toBe('ayse@ornek.tr');
    const formula = rows.get(FORMULA)?.getCell(4);
    expect([formula?.type, formula?.value, formula?.numFmt]).toEqual([
      ExcelJS.ValueType.String,
      FORMULA,
      '@',
    ]);
  });
});

describe('closing', () => {
  it('refuses comments after the last day with 409 CONSULTATION_CLOSED', async () => {
    setClock('2026-01-31T20:59:00Z');
    await accepted(consultation.id, { text: 'Son dakika görüşü' });
    setClock('2026-01-31T21:00:00Z');
    await refusedUnchanged(t, 409, 'CONSULTATION_CLOSED', () =>
      comment(consultation.id, { text: 'Geç kaldım' }),
    );
    expect((await publicView(consultation.id)).phase).toBe('closed');
    setClock('2026-01-10T09:00:00Z');
  });

  it('lets a planner close it early: comments refused, edits refused, still public with its comments', async () => {
    const closed = await ok(
      planner.client.post<ConsultationResponse>(`${consultations}/${consultation.id}/close`),
    );
    expect(closed.phase).toBe('closed');
    await refusedUnchanged(t, 409, 'CONSULTATION_CLOSED', () =>
      comment(consultation.id, { text: 'Kapandı mı?' }),
    );
    await refusedUnchanged(t, 409, 'CONSULTATION_STATE', () =>
      planner.client.patch(`${consultations}/${consultation.id}`, { closesOn: '2026-02-28' }),
    );
    await refusedUnchanged(t, 409, 'CONSULTATION_STATE', () =>
      planner.client.post(`${consultations}/${consultation.id}/close`),
    );
    const view = await publicView(consultation.id);
    expect([view.phase, view.comments.length]).toEqual(['closed', 4]);
  });

  it('keeps an opened consultation whose first day has not come off the public page', async () => {
    const later = await prepared({ title: 'Şubat', opensOn: '2026-02-01', closesOn: '2026-02-28' });
    const opened = await ok(planner.client.post<ConsultationResponse>(`${consultations}/${later.id}/open`));
    expect(opened.phase).toBe('scheduled');
    expectError(
      await t.anonymous.get(`/api/public/consultations/${later.id}`),
      404,
      'CONSULTATION_NOT_FOUND',
    );
    await refusedUnchanged(t, 404, 'CONSULTATION_NOT_FOUND', () => comment(later.id, { text: 'Erken' }));
  });
});

describe('tenancy', () => {
  it('hides a plan’s consultations from another institution', async () => {
    expectError(await foreignPlanner.client.get(consultations), 404, 'PLAN_NOT_FOUND');
    expectError(
      await foreignPlanner.client.get(`${other.plan}/consultations/${consultation.id}`),
      404,
      'CONSULTATION_NOT_FOUND',
    );
    await refusedUnchanged(t, 404, 'CONSULTATION_NOT_FOUND', () =>
      foreignPlanner.client.post(`${other.plan}/consultations/${consultation.id}/open`),
    );
    expect(await ok(foreignPlanner.client.get(`${other.plan}/consultations`))).toEqual([]);
  });

  it('lists the consultations of a published plan’s institution on its public page', async () => {
    expectError(
      await t.anonymous.get(`/api/public/plans/${home.planId}/consultations`),
      404,
      'PLAN_NOT_FOUND',
    );
  });
});

describe('the demo', () => {
  it('gives the Kızıltepe draft a closed consultation: answered comments public, the hidden one not', async () => {
    await seedDemo(t.app, () => undefined);
    const [kiziltepe] = await t.ownerQuery<{ id: string }>(
      `SELECT id FROM institutions WHERE name = 'Kızıltepe Belediyesi'`,
    );
    const [listed] = await ok(
      t.anonymous.get<PublicConsultationSummary[]>(`/api/public/institutions/${kiziltepe.id}/consultations`),
    );
    expect([listed.phase, listed.publishedComments, listed.closesOn]).toEqual(['closed', 4, '2019-08-31']);
    const view = await publicView(listed.id);
    expect(view.comments.filter((item) => item.answer !== null)).toHaveLength(3);
    expect(JSON.stringify(view)).not.toContain('torpille');
    expect(view.comments[0]).toEqual(
      expect.objectContaining({ subjectCode: 'H1.1', linkedFinding: 'İ1', linkedTarget: 'H1.1' }),
    );
    expect(view.results.byDay[0]).toEqual({ day: '2019-08-02', count: 1 });
  });
});
