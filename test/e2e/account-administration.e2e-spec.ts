import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MeResponse, PasswordResetResponse } from '../../src/contracts/auth.js';
import type { ImportResponse, IndicatorValueResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { addMember } from '../support/requests.js';

/**
 * What an administrator does to accounts besides roles: deactivate and reactivate them, and issue
 * a one-time password reset link; and the unit's withdrawal of a value it submitted. Every route
 * with its refusals, and the audit rows the database writes for each change.
 *
 * The worked example (H1.1 PARK holds PG1.1.1, H1.2 ZABITA holds PG1.2.1) in institution A, with
 * an institution admin, a planner and the two unit managers; institution B has an admin of its own.
 */

const PASSWORD = 'account-admin-password-1';
let t: TestApp;
let planId: string;
let institutionId: string;
const ids: Record<string, string> = {};
const clients: Record<string, ApiClient> = {};

/** Adds the account to `institution` and keeps its id and signed-in client under its email. */
async function account(email: string, role: string, institution: string, units?: string[]): Promise<void> {
  const added = await addMember(t, {
    email,
    name: email.split('@')[0],
    password: PASSWORD,
    role,
    units,
    institutionId: institution,
  });
  ids[email] = added.id;
  clients[email] = added.client;
}

async function ok<T>(response: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const answer = await response;
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  return answer.body;
}

/** The audit rows of one entity id, oldest first. */
async function auditOf(
  entity: string,
  entityId: string,
): Promise<Array<{ action: string; actor_email: string | null; new_value: Record<string, unknown> }>> {
  return t.dataSource.query(
    'SELECT action, actor_email, new_value FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id',
    [entity, entityId],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.api.post<ImportResponse>('/api/plans/import', workedExampleDocument());
  expect(imported.status).toBe(201);
  planId = imported.body.id;
  institutionId = (await ok(t.api.get<{ institution: { id: string } }>(`/api/plans/${planId}`))).institution
    .id;
  const other = await ok(
    t.api.post<{ id: string }>('/api/institutions', { name: 'Komşu Belediyesi', kind: 'belediye' }),
    201,
  );
  await account('yonetici@accounts.test', 'admin', institutionId);
  await account('planci@accounts.test', 'planner', institutionId);
  await account('park@accounts.test', 'unit_manager', institutionId, ['PARK']);
  await account('zabita@accounts.test', 'unit_manager', institutionId, ['ZABITA']);
  await account('meclis@accounts.test', 'reviewer', institutionId);
  await account('komsu@accounts.test', 'admin', other.id);
  await ok(t.api.post(`/api/plans/${planId}/periods`, { period: '2026-H1' }), 201);
  await ok(t.api.post(`/api/plans/${planId}/periods`, { period: '2026' }), 201);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('POST …/values/:period/withdraw', () => {
  const value = (code: string, period = '2026-H1') =>
    `/api/plans/${planId}/indicators/${code}/values/${period}`;

  it('the unit takes back its submitted value: a draft again, without the submission, audited with the unit manager as actor', async () => {
    const park = clients['park@accounts.test'];
    await ok(park.put(value('PG1.1.1'), { value: 125000 }), 201);
    const submitted = await ok(park.post<IndicatorValueResponse>(`${value('PG1.1.1')}/submit`, {}));
    expect(submitted.status).toBe('submitted');

    const withdrawn = await ok(
      park.post<IndicatorValueResponse>(`${value('PG1.1.1')}/withdraw`, { version: submitted.version }),
    );
    expect(withdrawn).toMatchObject({
      status: 'draft',
      value: 125000,
      submittedAt: null,
      submittedBy: null,
      version: submitted.version + 1,
    });
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      "SELECT v.id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.plan_id = $1 AND i.code = 'PG1.1.1' AND v.period = '2026-H1'",
      [planId],
    );
    const audit = await auditOf('indicator_value', id);
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      actor_email: 'park@accounts.test',
      new_value: { status: 'draft', submitted_at: null, submitted_by: null },
    });
    // A draft again: the unit edits it and submits once more.
    await ok(park.put(value('PG1.1.1'), { value: 126000 }));
    await ok(park.post(`${value('PG1.1.1')}/submit`, {}));
  });

  it('refuses a draft, an approved value and a stale version with 409 and changes nothing', async () => {
    const park = clients['park@accounts.test'];
    await ok(park.put(value('PG1.1.2'), { value: 8 }), 201);
    expectError(await park.post(`${value('PG1.1.2')}/withdraw`, {}), 409, 'VALUE_STATUS');

    const submitted = await ok(park.post<IndicatorValueResponse>(`${value('PG1.1.2')}/submit`, {}));
    expectError(
      await park.post(`${value('PG1.1.2')}/withdraw`, { version: submitted.version - 1 }),
      409,
      'STALE_VERSION',
    );
    await ok(clients['planci@accounts.test'].post(`${value('PG1.1.2')}/approve`, {}));
    const before = await t.countRows();
    const refused = expectError(await park.post(`${value('PG1.1.2')}/withdraw`, {}), 409, 'VALUE_STATUS');
    expect(refused.message).toContain('onaylandı');
    expect(await t.countRows()).toEqual(before);
    const values = await ok(
      park.get<IndicatorValueResponse[]>(`/api/plans/${planId}/indicators/PG1.1.2/values`),
    );
    expect(values.find((item) => item.period === '2026-H1')?.status).toBe('approved');
  });

  it('refuses another unit, the planner, the reviewer, an unknown entry and an anonymous caller', async () => {
    // 5 against A = 50 is implausible (issue 11): it carries its note.
    await ok(clients['park@accounts.test'].put(value('PG1.1.3'), { value: 5, note: 'Deneme' }), 201);
    await ok(clients['park@accounts.test'].post(`${value('PG1.1.3')}/submit`, {}));
    const route = `${value('PG1.1.3')}/withdraw`;
    expectError(await clients['zabita@accounts.test'].post(route, {}), 403, 'NOT_YOUR_UNIT');
    expectError(await clients['planci@accounts.test'].post(route, {}), 403, 'FORBIDDEN');
    expectError(await clients['meclis@accounts.test'].post(route, {}), 403, 'FORBIDDEN');
    expectError(await t.anonymous.post(route, {}), 401, 'UNAUTHORIZED');
    expectError(
      await clients['park@accounts.test'].post(`${value('PG1.1.1', '2026-H2')}/withdraw`, {}),
      404,
      'VALUE_NOT_FOUND',
    );
    expectError(
      await clients['park@accounts.test'].post(`${value('PG1.1.1', '2031')}/withdraw`, {}),
      400,
      'VALUE_PERIOD',
    );
    expectError(
      await clients['park@accounts.test'].post(route, { version: 'one' }),
      400,
      'VALIDATION_FAILED',
    );
    const values = await ok(
      t.api.get<IndicatorValueResponse[]>(`/api/plans/${planId}/indicators/PG1.1.3/values`),
    );
    expect(values.find((item) => item.period === '2026-H1')?.status).toBe('submitted');
  });
});

describe('deactivating and reactivating an account', () => {
  it('a deactivated account cannot sign in and its sessions end; reactivated, it signs in again; both audited', async () => {
    const email = 'meclis@accounts.test';
    const session = clients[email];
    await ok(session.get('/api/auth/me'));
    const admin = clients['yonetici@accounts.test'];

    const deactivated = await ok(admin.post<MeResponse>(`/api/users/${ids[email]}/deactivate`));
    expect(deactivated).toMatchObject({ id: ids[email], active: false });
    expectError(await session.get('/api/auth/me'), 401, 'UNAUTHORIZED');
    expectError(
      await t.anonymous.post('/api/auth/login', { email, password: PASSWORD }),
      403,
      'ACCOUNT_DEACTIVATED',
    );
    // A wrong password says nothing about the account's state.
    expectError(
      await t.anonymous.post('/api/auth/login', { email, password: 'wrong-password-1' }),
      401,
      'INVALID_CREDENTIALS',
    );
    const listed = await ok(admin.get<MeResponse[]>('/api/users'));
    expect(listed.find((user) => user.id === ids[email])?.active).toBe(false);
    expectError(await admin.post(`/api/users/${ids[email]}/deactivate`), 409, 'USER_INACTIVE');

    const reactivated = await ok(admin.post<MeResponse>(`/api/users/${ids[email]}/reactivate`));
    expect(reactivated.active).toBe(true);
    clients[email] = await t.login(email, PASSWORD);
    expectError(await admin.post(`/api/users/${ids[email]}/reactivate`), 409, 'USER_ACTIVE');

    const audit = await auditOf('user', ids[email]);
    expect(audit.map((row) => [row.action, row.actor_email, row.new_value.deactivated_at === null])).toEqual([
      ['update', 'yonetici@accounts.test', false],
      ['update', 'yonetici@accounts.test', true],
    ]);
    // Only the deactivation columns reach the trail: never a name or a password hash.
    expect(Object.keys(audit[0].new_value).sort()).toEqual(['deactivated_at', 'deactivated_by']);
  });

  it('refuses one’s own account, a superadmin, an account of another institution, a non-admin and an unknown id', async () => {
    const admin = clients['yonetici@accounts.test'];
    expectError(
      await admin.post(`/api/users/${ids['yonetici@accounts.test']}/deactivate`),
      409,
      'CANNOT_DEACTIVATE_SELF',
    );
    const superadmin = await ok(t.api.get<MeResponse>('/api/auth/me'));
    expectError(await t.api.post(`/api/users/${superadmin.id}/deactivate`), 409, 'CANNOT_DEACTIVATE_SELF');
    expectError(await admin.post(`/api/users/${superadmin.id}/deactivate`), 404, 'USER_NOT_FOUND');
    expectError(
      await clients['komsu@accounts.test'].post(`/api/users/${ids['park@accounts.test']}/deactivate`),
      404,
      'USER_NOT_FOUND',
    );
    expectError(
      await clients['planci@accounts.test'].post(`/api/users/${ids['park@accounts.test']}/deactivate`),
      403,
      'FORBIDDEN',
    );
    expectError(await admin.post('/api/users/not-a-uuid/deactivate'), 404, 'USER_NOT_FOUND');
    expectError(
      await t.anonymous.post(`/api/users/${ids['park@accounts.test']}/deactivate`),
      401,
      'UNAUTHORIZED',
    );
    await ok(clients['park@accounts.test'].get('/api/auth/me'));
    await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
  });
});

describe('password reset links', () => {
  const email = 'zabita@accounts.test';
  const NEW_PASSWORD = 'Ilkbahar-Kiraz-Dali-7';

  it('sets a new password once: the old one and every session stop working, the link is spent; audited', async () => {
    const admin = clients['yonetici@accounts.test'];
    const old = clients[email];
    const issued = await ok(
      admin.post<PasswordResetResponse>(`/api/users/${ids[email]}/password-reset`),
      201,
    );
    expect(issued.path).toBe(`/#/reset-password?token=${encodeURIComponent(issued.token)}`);
    const hours = (Date.parse(issued.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const [stored] = await t.dataSource.query<Array<{ token_hash: string }>>(
      'SELECT token_hash FROM password_resets WHERE user_id = $1',
      [ids[email]],
    );
    expect(issued.token).not.toContain(stored.token_hash);

    // A weak password is refused under the password policy; the link stays usable.
    expectError(
      await t.anonymous.post('/api/auth/password-reset', {
        token: issued.token,
        newPassword: 'zabita@accounts.test',
      }),
      400,
      'PASSWORD_WEAK',
    );
    expectError(
      await t.anonymous.post('/api/auth/password-reset', { token: issued.token }),
      400,
      'VALIDATION_FAILED',
    );
    const done = await t.anonymous.post('/api/auth/password-reset', {
      token: issued.token,
      newPassword: NEW_PASSWORD,
    });
    expect(done.status).toBe(204);

    expectError(await old.get('/api/auth/me'), 401, 'UNAUTHORIZED');
    expectError(
      await t.anonymous.post('/api/auth/login', { email, password: PASSWORD }),
      401,
      'INVALID_CREDENTIALS',
    );
    clients[email] = await t.login(email, NEW_PASSWORD);
    const reuse = async (query: string) =>
      expectError(
        await t.anonymous.post(`/api/auth/password-reset${query}`, {
          token: issued.token,
          newPassword: 'Sonbahar-Erik-Dali-8',
        }),
        400,
        'RESET_TOKEN_USED',
      );
    const again = await reuse('');
    expect(again.details).toEqual([expect.objectContaining({ path: 'token', code: 'RESET_TOKEN_USED' })]);
    expect((await reuse('?lang=tr')).message).toContain('zaten kullanıldı');
    const audit = await t.dataSource.query<Array<{ action: string; actor_email: string | null }>>(
      "SELECT action, actor_email FROM audit_log WHERE entity = 'password_reset' ORDER BY id",
    );
    expect(audit).toEqual([
      { action: 'insert', actor_email: 'yonetici@accounts.test' },
      { action: 'update', actor_email: null },
    ]);
  });

  it('an expired link, an earlier link after a new one and a made-up token are refused, and change nothing', async () => {
    const admin = clients['yonetici@accounts.test'];
    const first = await ok(admin.post<PasswordResetResponse>(`/api/users/${ids[email]}/password-reset`), 201);
    const second = await ok(
      admin.post<PasswordResetResponse>(`/api/users/${ids[email]}/password-reset`),
      201,
    );
    const attempt = (token: string) =>
      t.anonymous.post('/api/auth/password-reset', { token, newPassword: 'Kis-Ayva-Dali-9' });
    expectError(await attempt(first.token), 400, 'RESET_TOKEN_EXPIRED');
    await t.ownerQuery("UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      second.token.split('.')[0],
    ]);
    expectError(await attempt(second.token), 400, 'RESET_TOKEN_EXPIRED');
    expectError(await attempt('made-up'), 400, 'RESET_TOKEN_INVALID');
    expectError(await attempt(`${second.token.split('.')[0]}.${'x'.repeat(43)}`), 400, 'RESET_TOKEN_INVALID');
    // The password of the last successful reset still signs in.
    await t.login(email, NEW_PASSWORD);
  });

  it('is issued only by an administrator of the account, never for a deactivated account', async () => {
    const route = `/api/users/${ids['park@accounts.test']}/password-reset`;
    expectError(await clients['planci@accounts.test'].post(route), 403, 'FORBIDDEN');
    expectError(await clients['komsu@accounts.test'].post(route), 404, 'USER_NOT_FOUND');
    expectError(await t.anonymous.post(route), 401, 'UNAUTHORIZED');
    const admin = clients['yonetici@accounts.test'];
    await ok(admin.post(`/api/users/${ids['planci@accounts.test']}/deactivate`));
    expectError(
      await admin.post(`/api/users/${ids['planci@accounts.test']}/password-reset`),
      409,
      'USER_INACTIVE',
    );
    await ok(admin.post(`/api/users/${ids['planci@accounts.test']}/reactivate`));
    clients['planci@accounts.test'] = await t.login('planci@accounts.test', PASSWORD);
  });
});
