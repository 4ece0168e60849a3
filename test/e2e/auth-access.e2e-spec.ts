import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { LoginResponse, MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { addMember } from '../support/requests.js';

const PASSWORD = 'a-long-password';
// Many sign-ins and several apps per test: give a loaded machine time.
jest.setTimeout(30_000);

describe('accounts, roles and tenancy', () => {
  let t: TestApp;
  let planA: string;
  let planB: string;
  let institutionA: string;
  let institutionB: string;

  async function userWithRole(
    email: string,
    institutionId: string,
    role: string,
    units?: string[],
  ): Promise<ApiClient> {
    return (await addMember(t, { email, name: email, password: PASSWORD, institutionId, role, units }))
      .client;
  }

  beforeAll(async () => {
    t = await createTestApp();
    // A draft: its planner edits aims one by one below (a plan in force changes only through updates).
    const draftA = workedExampleDocument({ institutionName: 'A Belediyesi' });
    draftA.plan.status = 'taslak';
    planA = (await t.api.post<{ id: string }>('/api/plans/import', draftA)).body.id;
    planB = (
      await t.api.post<{ id: string }>(
        '/api/plans/import',
        workedExampleDocument({ institutionName: 'B Belediyesi' }),
      )
    ).body.id;
    const plans = (await t.api.get<PlanSummaryResponse[]>('/api/plans')).body;
    institutionA = plans.find((plan) => plan.id === planA)!.institution.id;
    institutionB = plans.find((plan) => plan.id === planB)!.institution.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in, tells who is signed in, and refuses anonymous calls with 401 while health stays public', async () => {
    const login = await t.anonymous.post<LoginResponse>('/api/auth/login', TEST_ADMIN);
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toMatch(/^[0-9a-f-]{36}\./);
    expect(login.headers.get('set-cookie')).toMatch(/pusula_session=.*HttpOnly.*SameSite=Strict/i);
    const me = await t.anonymous.as(login.body.accessToken).get<MeResponse>('/api/auth/me');
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, isSuperadmin: true });
    const anonymous = await t.anonymous.get<ErrorBody>('/api/plans');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHORIZED');
    expect((await t.anonymous.get('/api/health')).status).toBe(200);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS and an unknown account the same way', async () => {
    const wrong = await t.anonymous.post<ErrorBody>('/api/auth/login', {
      email: TEST_ADMIN.email,
      password: 'not-the-password',
    });
    const unknown = await t.anonymous.post<ErrorBody>('/api/auth/login', {
      email: 'nobody@test.local',
      password: 'whatever-long',
    });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect([unknown.status, unknown.body.code, unknown.body.message]).toEqual([
      401,
      'INVALID_CREDENTIALS',
      wrong.body.message,
    ]);
  });

  it('locks an account after five failed sign-ins, even with the right password then', async () => {
    await t.api.post('/api/users', { email: 'locked@test.local', name: 'Locked', password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (
          await t.anonymous.post('/api/auth/login', {
            email: 'locked@test.local',
            password: 'wrong-password',
          })
        ).status,
      ).toBe(401);
    }
    const locked = await t.anonymous.post<ErrorBody>('/api/auth/login', {
      email: 'locked@test.local',
      password: PASSWORD,
    });
    expect([locked.status, locked.body.code]).toEqual([423, 'ACCOUNT_LOCKED']);
  });

  it('ends a session on logout and refuses expired tokens', async () => {
    const client = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/plans')).status).toBe(401);
    const other = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      other.token!.split('.')[0],
    ]);
    expect((await other.get('/api/plans')).status).toBe(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    await t.api.post('/api/users', { email: 'changer@test.local', name: 'Changer', password: PASSWORD });
    const first = await t.login('changer@test.local', PASSWORD);
    const second = await t.login('changer@test.local', PASSWORD);
    const wrongCurrent = await first.post<ErrorBody>('/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'brand-new-password',
    });
    expect(wrongCurrent.status).toBe(400);
    expect(
      (
        await first.post('/api/auth/password', {
          currentPassword: PASSWORD,
          newPassword: 'brand-new-password',
        })
      ).status,
    ).toBe(204);
    expect((await first.get('/api/auth/me')).status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: 'changer@test.local', password: PASSWORD })).status,
    ).toBe(401);
    expect(
      (
        await t.anonymous.post('/api/auth/login', {
          email: 'changer@test.local',
          password: 'brand-new-password',
        })
      ).status,
    ).toBe(200);
  });

  it('keeps each institution to itself: another institution’s ids answer 404 and lists leave them out', async () => {
    const planner = await userWithRole('planner-a@test.local', institutionA, 'planner');
    expect((await planner.get<PlanSummaryResponse[]>('/api/plans')).body.map((plan) => plan.id)).toEqual([
      planA,
    ]);
    expect(
      (await planner.get<Array<{ id: string }>>('/api/institutions')).body.map((item) => item.id),
    ).toEqual([institutionA]);
    for (const path of [
      `/api/plans/${planB}`,
      `/api/plans/${planB}/document`,
      `/api/plans/${planB}/progress?period=2025`,
      `/api/plans/${planB}/validation`,
      `/api/plans/${planB}/indicators/PG1.1.1`,
    ]) {
      const response = await planner.get<ErrorBody>(path);
      expect([path, response.status, response.body.code]).toEqual([path, 404, 'PLAN_NOT_FOUND']);
    }
    const patch = await planner.patch<ErrorBody>(`/api/plans/${planB}`, { title: 'Başkasının planı' });
    expect([patch.status, patch.body.code]).toEqual([404, 'PLAN_NOT_FOUND']);
    const institution = await planner.get<ErrorBody>(`/api/institutions/${institutionB}`);
    expect([institution.status, institution.body.code]).toEqual([404, 'INSTITUTION_NOT_FOUND']);
    const union = await planner.get<Array<{ planId: string }>>('/api/progress?period=2025');
    expect(union.body.map((row) => row.planId)).toEqual([planA]);
    const foreignImport = await planner.post<ErrorBody>(
      '/api/plans/import',
      workedExampleDocument({ institutionName: 'B Belediyesi' }),
    );
    expect([foreignImport.status, foreignImport.body.code]).toEqual([403, 'FORBIDDEN']);
    const newInstitutionImport = await planner.post<ErrorBody>(
      '/api/plans/import',
      workedExampleDocument({ institutionName: 'Yeni Belediye' }),
    );
    expect([newInstitutionImport.status, newInstitutionImport.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('lets a planner edit the plan and a reviewer only read it', async () => {
    const planner = await userWithRole('planner-a2@test.local', institutionA, 'planner');
    const reviewer = await userWithRole('reviewer-a@test.local', institutionA, 'reviewer');
    expect((await planner.patch(`/api/plans/${planA}/aims/A1`, { title: 'Yeşil kent' })).status).toBe(200);
    const refused = await reviewer.patch<ErrorBody>(`/api/plans/${planA}/aims/A1`, {
      title: 'İnceleyici değiştiremez',
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await reviewer.get(`/api/plans/${planA}/progress?period=2025`)).status).toBe(200);
    expect(
      (await reviewer.post('/api/users', { email: 'x@test.local', name: 'X', password: PASSWORD })).status,
    ).toBe(403);
    expect(
      (await planner.post('/api/institutions', { name: 'Planlamacı Kurumu', kind: 'belediye' })).status,
    ).toBe(403);
  });

  it('records who changed what, and why, in the audit trail', async () => {
    const planner = await t.login('planner-a2@test.local', PASSWORD);
    const response = await planner.patch(
      `/api/plans/${planA}/aims/A1`,
      { title: 'Yaşanabilir kent' },
      { 'x-pusula-reason': encodeURIComponent('Meclis kararı gereği') },
    );
    expect(response.status).toBe(200);
    const rows = await t.dataSource.query<
      Array<{ actor_email: string; reason: string; old_value: unknown; new_value: unknown }>
    >(
      `SELECT actor_email, reason, old_value, new_value FROM audit_log WHERE entity = 'aim' AND action = 'update' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({
      actor_email: 'planner-a2@test.local',
      reason: 'Meclis kararı gereği',
      old_value: { title: 'Yeşil kent' },
      new_value: { title: 'Yaşanabilir kent' },
    });
  });

  it('sends security headers and keeps CORS closed unless origins are configured', async () => {
    const response = await fetch(`${t.baseUrl}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const open = await createTestApp({ PUSULA_CORS_ORIGINS: 'https://belediye.example' });
    try {
      const allowed = await fetch(`${open.baseUrl}/api/health`, {
        headers: { origin: 'https://belediye.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://belediye.example');
    } finally {
      await open.close();
    }
  });

  it('counts sign-in failures per client address from X-Forwarded-For only when PUSULA_TRUST_PROXY trusts the proxy', async () => {
    const plain = await createTestApp();
    const proxied = await createTestApp({ PUSULA_TRUST_PROXY: '1' });
    try {
      /** One failed sign-in of an unknown account from `client`, as a reverse proxy forwards it. */
      const attempt = async (app: TestApp, client: string): Promise<{ status: number; code: string }> => {
        const response = await fetch(`${app.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          body: JSON.stringify({ email: 'nobody@proxy.test', password: 'wrong-password' }),
        });
        return { status: response.status, code: ((await response.json()) as ErrorBody).code };
      };
      const refused = { status: 401, code: 'INVALID_CREDENTIALS' };
      const locked = { status: 423, code: 'ACCOUNT_LOCKED' };
      for (const app of [plain, proxied]) {
        // Five failures for one e-mail from one address, then that address is locked out of it.
        for (let index = 0; index < 5; index += 1) expect(await attempt(app, '203.0.113.7')).toEqual(refused);
        expect(await attempt(app, '203.0.113.7')).toEqual(locked);
      }
      // Without the setting the header is ignored: every client behind the proxy is the proxy.
      expect(await attempt(plain, '198.51.100.20')).toEqual(locked);
      // With it, another client behind the same proxy is another address.
      expect(await attempt(proxied, '198.51.100.20')).toEqual(refused);
    } finally {
      await plain.close();
      await proxied.close();
    }
  }, 120_000);
});
