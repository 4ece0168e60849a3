import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { QuestionResponse } from '../../src/contracts/questions.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import {
  addMember,
  importPlan as importPlanDocument,
  type ImportedPlan,
  type Member,
} from '../support/requests.js';

/**
 * Reviewers' questions (issue: a reviewer asks on an aim, target or indicator, the responsible
 * unit answers, the reviewer closes). The worked example: H1.1 is PARK's, H1.2 ZABITA's, both
 * under A1. Questions are internal: never in /api/public.
 */

const PASSWORD = 'a-long-password';

let t: TestApp;
let serial = 0;
let planId: string;
let institutionId: string;
let reviewer: Member;
let otherReviewer: Member;
let planner: Member;
let park: Member;
let zabita: Member;
let foreignPlanner: Member;

async function member(institutionId: string, role: string, units?: string[]): Promise<Member> {
  serial += 1;
  const email = `${role.replace('_', '-')}-${serial}@questions.test`;
  return addMember(t, { email, name: `Üye ${serial}`, password: PASSWORD, institutionId, role, units });
}

function importPlan(institutionName: string): Promise<ImportedPlan> {
  return importPlanDocument(t.api, workedExampleDocument({ institutionName }));
}

function path(suffix = ''): string {
  return `/api/plans/${planId}/questions${suffix}`;
}

async function ask(
  subjectType: string,
  subjectCode: string,
  text: string,
  by = reviewer,
): Promise<QuestionResponse> {
  const response = await by.client.post<QuestionResponse>(path(), { subjectType, subjectCode, text });
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ planId, institutionId } = await importPlan('Soru Belediyesi'));
  const foreign = await importPlan('Komşu Belediyesi');
  reviewer = await member(institutionId, 'reviewer');
  otherReviewer = await member(institutionId, 'reviewer');
  planner = await member(institutionId, 'planner');
  park = await member(institutionId, 'unit_manager', ['PARK']);
  zabita = await member(institutionId, 'unit_manager', ['ZABITA']);
  foreignPlanner = await member(foreign.institutionId, 'planner');
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('questions', () => {
  it('a reviewer asks on PG1.1.1, the PARK manager answers, the reviewer closes', async () => {
    const asked = await reviewer.client.post<QuestionResponse>(path(), {
      subjectType: 'indicator',
      subjectCode: 'PG1.1.1',
      period: '2025-H1',
      text: 'Park alanı neden hedefin altında kaldı?',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toEqual({
      id: expect.any(String),
      subjectType: 'indicator',
      subjectCode: 'PG1.1.1',
      period: '2025-H1',
      text: 'Park alanı neden hedefin altında kaldı?',
      askedBy: { id: reviewer.id, email: reviewer.email, name: expect.any(String) },
      askedAt: expect.any(String),
      answer: null,
      answeredBy: null,
      answeredAt: null,
      status: 'open',
      closedAt: null,
      version: 1,
    });
    const id = asked.body.id;

    // Unit managers read every question, not only their units'.
    const seen = await zabita.client.get<QuestionResponse[]>(path());
    expect(seen.status).toBe(200);
    expect(seen.body.map((question) => question.id)).toContain(id);

    const wrongUnit = await zabita.client.post<ErrorBody>(path(`/${id}/answer`), { text: 'Bizim değil' });
    expectError(wrongUnit, 403, 'NOT_YOUR_UNIT');

    const answered = await park.client.post<QuestionResponse>(path(`/${id}/answer`), {
      text: 'İhale gecikti; ikinci yarıda tamamlanacak.',
      version: 1,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answer: 'İhale gecikti; ikinci yarıda tamamlanacak.',
      answeredBy: { id: park.id, email: park.email },
      answeredAt: expect.any(String),
      version: 2,
    });

    // A new answer replaces the last one.
    const replaced = await park.client.post<QuestionResponse>(path(`/${id}/answer`), {
      text: 'Ek: ihale 3 Temmuz’da yapıldı.',
    });
    expect(replaced.body).toMatchObject({
      status: 'answered',
      answer: 'Ek: ihale 3 Temmuz’da yapıldı.',
      version: 3,
    });

    const closed = await reviewer.client.post<QuestionResponse>(path(`/${id}/close`), { version: 3 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String), version: 4 });

    const listed = await reviewer.client.get<QuestionResponse[]>(path(`?status=closed&subject=PG1.1.1`));
    expect(listed.body).toEqual([closed.body]);
  });

  it('answers 409 QUESTION_STATUS for a closed question and 409 STALE_VERSION with the current question', async () => {
    const question = await ask('target', 'H1.1', 'Kamulaştırma ne durumda?');
    const stale = await park.client.post<ErrorBody>(path(`/${question.id}/answer`), {
      text: 'Sürüyor',
      version: 7,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      statusCode: 409,
      code: 'STALE_VERSION',
      current: { id: question.id, status: 'open', version: 1 },
    });

    const staleClose = await reviewer.client.post<ErrorBody>(path(`/${question.id}/close`), { version: 2 });
    expect(staleClose.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 1 } });

    // An open question may be closed unanswered; then neither answer nor close applies.
    expect((await reviewer.client.post(path(`/${question.id}/close`), {})).status).toBe(200);
    const answerClosed = await park.client.post<ErrorBody>(path(`/${question.id}/answer`), {
      text: 'Geç kaldık',
    });
    expect(answerClosed.status).toBe(409);
    expect(answerClosed.body).toMatchObject({
      code: 'QUESTION_STATUS',
      current: { status: 'closed', answer: null },
    });
    const closeClosed = await reviewer.client.post<ErrorBody>(path(`/${question.id}/close`), {});
    expectError(closeClosed, 409, 'QUESTION_STATUS');
  });

  it('lets the units of an aim answer for it, a target only its own unit and planners any subject', async () => {
    const aim = await ask('aim', 'A1', 'Amaç genelinde gecikme var mı?');
    expect((await zabita.client.post(path(`/${aim.id}/answer`), { text: 'Temizlikte yok.' })).status).toBe(
      200,
    );
    expect((await park.client.post(path(`/${aim.id}/answer`), { text: 'Parklarda var.' })).status).toBe(200);

    const target = await ask('target', 'H1.2', 'Temizlik ekipleri yeterli mi?');
    const notPark = await park.client.post<ErrorBody>(path(`/${target.id}/answer`), { text: 'Bilmiyoruz' });
    expectError(notPark, 403, 'NOT_YOUR_UNIT');
    expect((await zabita.client.post(path(`/${target.id}/answer`), { text: 'Yeterli.' })).status).toBe(200);
    expect(
      (await planner.client.post(path(`/${target.id}/answer`), { text: 'Planlama: yeterli.' })).status,
    ).toBe(200);

    const reviewerAnswers = await reviewer.client.post<ErrorBody>(path(`/${target.id}/answer`), {
      text: 'Kendi cevabım',
    });
    expectError(reviewerAnswers, 403, 'FORBIDDEN');

    const stranger = await otherReviewer.client.post<ErrorBody>(path(`/${target.id}/close`), {});
    expectError(stranger, 403, 'NOT_YOUR_QUESTION');
    expect((await t.api.post(path(`/${target.id}/close`), {})).status).toBe(200);
  });

  it('refuses unknown subjects with 400 UNKNOWN_SUBJECT and askers other than reviewers and admins', async () => {
    const before = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM questions',
    );
    for (const [subjectType, subjectCode] of [
      ['indicator', 'PG9.9.9'],
      ['aim', 'H1.1'],
      ['target', 'A1'],
    ]) {
      const response = await reviewer.client.post<ErrorBody>(path(), {
        subjectType,
        subjectCode,
        text: 'Var mı?',
      });
      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 400,
        body: { code: 'UNKNOWN_SUBJECT', details: [{ path: 'subjectCode', code: 'UNKNOWN_SUBJECT' }] },
      });
    }
    // A subject type questions do not take, a period that is none, and a planner (not a reviewer).
    for (const [asker, subject, status, code] of [
      [reviewer, { subjectType: 'plan', subjectCode: 'A1' }, 400, 'VALIDATION_FAILED'],
      [reviewer, { subjectType: 'aim', subjectCode: 'A1', period: '2025-Q1' }, 400, 'VALIDATION_FAILED'],
      [planner, { subjectType: 'aim', subjectCode: 'A1' }, 403, 'FORBIDDEN'],
    ] as const)
      expectError(await asker.client.post(path(), { ...subject, text: 'Var mı?' }), status, code);
    expect(await t.dataSource.query('SELECT count(*)::int AS count FROM questions')).toEqual(before);
  });

  it('hides questions from anonymous callers (401) and other institutions (404)', async () => {
    const question = await ask('indicator', 'PG1.2.1', 'Denetim sayısı nasıl ölçülüyor?');
    const anonymous = await t.anonymous.get<ErrorBody>(path());
    expectError(anonymous, 401, 'UNAUTHORIZED');
    const anonymousAnswer = await t.anonymous.post<ErrorBody>(path(`/${question.id}/answer`), { text: 'x' });
    expect(anonymousAnswer.status).toBe(401);
    for (const response of [
      await foreignPlanner.client.get<ErrorBody>(path()),
      await foreignPlanner.client.post<ErrorBody>(path(`/${question.id}/answer`), { text: 'Bizden' }),
    ]) {
      expectError(response, 404, 'PLAN_NOT_FOUND');
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const missing = await park.client.post<ErrorBody>(path(`/${id}/answer`), { text: 'Yok' });
      expectError(missing, 404, 'QUESTION_NOT_FOUND');
    }
    const badFilter = await reviewer.client.get<ErrorBody>(path('?status=waiting'));
    expectError(badFilter, 400, 'VALIDATION_FAILED');
  });

  it('records every question change in the audit trail with its actor', async () => {
    const question = await ask('target', 'H1.1', 'Denetim izi sorusu');
    await park.client.post(path(`/${question.id}/answer`), { text: 'Denetim izi cevabı' });
    await reviewer.client.post(path(`/${question.id}/close`), {});
    const rows = await t.dataSource.query<
      Array<{ action: string; actor_id: string; plan_id: string; institution_id: string }>
    >(
      `SELECT action, actor_id, plan_id, institution_id FROM audit_log WHERE entity = 'question' AND entity_id = $1 ORDER BY id`,
      [question.id],
    );
    expect(rows).toEqual([
      { action: 'insert', actor_id: reviewer.id, plan_id: planId, institution_id: institutionId },
      { action: 'update', actor_id: park.id, plan_id: planId, institution_id: institutionId },
      { action: 'update', actor_id: reviewer.id, plan_id: planId, institution_id: institutionId },
    ]);
  });

  it('never shows questions or answers in the public API of a published plan', async () => {
    const published = await importPlan('Yayın Belediyesi');
    const publishedReviewer = await member(published.institutionId, 'reviewer');
    const text = `Gizli soru ${Date.now()}`;
    const answer = `Gizli cevap ${Date.now()}`;
    const asked = await publishedReviewer.client.post<QuestionResponse>(
      `/api/plans/${published.planId}/questions`,
      {
        subjectType: 'indicator',
        subjectCode: 'PG1.1.1',
        text,
      },
    );
    expect(asked.status).toBe(201);
    expect(
      (await t.api.post(`/api/plans/${published.planId}/questions/${asked.body.id}/answer`, { text: answer }))
        .status,
    ).toBe(200);
    expect((await t.api.post(`/api/plans/${published.planId}/publish`, {})).status).toBe(200);

    const bodies = await Promise.all(
      ['', `/${published.planId}`, `/${published.planId}/progress?period=2025`].map((suffix) =>
        t.anonymous.get(`/api/public/plans${suffix}`),
      ),
    );
    for (const response of bodies) {
      expect(response.status).toBe(200);
      const json = JSON.stringify(response.body);
      expect(json).not.toContain(text);
      expect(json).not.toContain(answer);
      expect(json).not.toContain(publishedReviewer.email);
    }
    expect(JSON.stringify(bodies[1].body)).toContain('PG1.1.1');
    expect((await t.anonymous.get(`/api/public/plans/${published.planId}/questions`)).status).toBe(404);
  });
});
