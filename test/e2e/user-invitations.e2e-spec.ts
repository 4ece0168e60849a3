import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { InvitationResponse, MembershipResponse, MeResponse } from '../../src/contracts/auth.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import type { ApiClient } from '../support/api-client.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { workedExampleDocument } from '../factories/plan-documents.js';

/**
 * Issue 9, point 11: user data across institutions. An institution admin sees only the roles of
 * a shared account in institutions they may list, and cannot adopt another institution's account:
 * adding it sends an invitation that its owner accepts or declines; a superadmin adds directly.
 */
const PASSWORD = 'kurum-parolasi-42';
jest.setTimeout(60_000);

describe('users across institutions and invitations', () => {
  let t: TestApp;
  let institutionA: string;
  let institutionB: string;
  let adminA: ApiClient;
  let adminB: ApiClient;

  async function account(email: string, grants: Array<[string, string, string[]?]>): Promise<MeResponse> {
    const created = await t.api.post<MeResponse>('/api/users', { email, name: email, password: PASSWORD });
    expect(created.status).toBe(201);
    for (const [institutionId, role, units] of grants) {
      const granted = await t.api.put(`/api/institutions/${institutionId}/members/${created.body.id}`, {
        role,
        units,
      });
      expect(granted.status).toBe(200);
    }
    return created.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of ['A Belediyesi', 'B Belediyesi'])
      expect(
        (await t.api.post('/api/plans/import', workedExampleDocument({ institutionName: name }))).status,
      ).toBe(201);
    const plans = (await t.api.get<PlanSummaryResponse[]>('/api/plans')).body;
    institutionA = plans.find((plan) => plan.institution.name === 'A Belediyesi')!.institution.id;
    institutionB = plans.find((plan) => plan.institution.name === 'B Belediyesi')!.institution.id;
    await account('admin-a@test.local', [[institutionA, 'admin']]);
    await account('admin-b@test.local', [[institutionB, 'admin']]);
    adminA = await t.login('admin-a@test.local', PASSWORD);
    adminB = await t.login('admin-b@test.local', PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  it("shows an institution admin only a shared account's roles in their own institutions", async () => {
    const shared = await account('shared@test.local', [
      [institutionA, 'planner'],
      [institutionB, 'unit_manager', ['ZABITA']],
    ]);
    const listed = (await adminA.get<MeResponse[]>('/api/users')).body.find((user) => user.id === shared.id);
    expect(listed?.memberships).toEqual([
      { institutionId: institutionA, institution: 'A Belediyesi', role: 'planner', units: [] },
    ]);
    // Every account adminA sees carries roles in A only.
    const institutions = (await adminA.get<MeResponse[]>('/api/users')).body.flatMap((user) =>
      user.memberships.map((membership) => membership.institutionId),
    );
    expect(new Set(institutions)).toEqual(new Set([institutionA]));
    // A superadmin still sees all of them.
    const all = (await t.api.get<MeResponse[]>('/api/users')).body.find((user) => user.id === shared.id);
    expect(all?.memberships.map((membership) => membership.institution)).toEqual([
      'A Belediyesi',
      'B Belediyesi',
    ]);
    // Changing the role of an account already in A needs no invitation.
    const changed = await adminA.put<MembershipResponse>(
      `/api/institutions/${institutionA}/members/${shared.id}`,
      {
        role: 'reviewer',
      },
    );
    expect([changed.status, changed.body.role]).toEqual([200, 'reviewer']);
  });

  it("does not adopt another institution's account: it invites it, and the invitation becomes a role only when accepted", async () => {
    const outsider = await account('outsider@test.local', [[institutionB, 'reviewer']]);
    const invited = await adminA.put<InvitationResponse>(
      `/api/institutions/${institutionA}/members/${outsider.id}`,
      { role: 'unit_manager', units: ['PARK'] },
    );
    expect(invited.status).toBe(202);
    expect(invited.body).toMatchObject({
      institutionId: institutionA,
      institution: 'A Belediyesi',
      userId: outsider.id,
      email: 'outsider@test.local',
      role: 'unit_manager',
      units: ['PARK'],
      invitedBy: { name: 'admin-a@test.local' },
    });
    // Nothing granted yet: the outsider holds no role in A, and A's lists do not show them.
    const outsiderClient = await t.login('outsider@test.local', PASSWORD);
    const me = (await outsiderClient.get<MeResponse>('/api/auth/me')).body;
    expect(me.memberships.map((membership) => membership.institutionId)).toEqual([institutionB]);
    expect((await adminA.get<MeResponse[]>('/api/users')).body.map((user) => user.email)).not.toContain(
      'outsider@test.local',
    );
    // The invitation shows to its user and to A's admin, not to B's admin nor another user.
    const mine = await outsiderClient.get<InvitationResponse[]>('/api/invitations');
    expect(mine.body).toEqual([invited.body]);
    expect(
      (await adminA.get<InvitationResponse[]>(`/api/institutions/${institutionA}/invitations`)).body,
    ).toEqual([invited.body]);
    expectError(
      await adminB.get(`/api/institutions/${institutionA}/invitations`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(
      await adminB.delete(`/api/institutions/${institutionA}/invitations/${invited.body.id}`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(await adminA.post(`/api/invitations/${invited.body.id}/accept`), 404, 'INVITATION_NOT_FOUND');
    expectError(await outsiderClient.post('/api/invitations/not-a-uuid/accept'), 404, 'INVITATION_NOT_FOUND');

    const accepted = await outsiderClient.post<MembershipResponse>(
      `/api/invitations/${invited.body.id}/accept`,
    );
    expect([accepted.status, accepted.body]).toEqual([
      200,
      { institutionId: institutionA, institution: 'A Belediyesi', role: 'unit_manager', units: ['PARK'] },
    ]);
    expect((await outsiderClient.get<InvitationResponse[]>('/api/invitations')).body).toEqual([]);
    expect(
      (await adminA.get<InvitationResponse[]>(`/api/institutions/${institutionA}/invitations`)).body,
    ).toEqual([]);
    const after = (await outsiderClient.get<MeResponse>('/api/auth/me')).body;
    expect(after.memberships.map((membership) => membership.institution).sort()).toEqual([
      'A Belediyesi',
      'B Belediyesi',
    ]);
    expectError(
      await outsiderClient.post(`/api/invitations/${invited.body.id}/accept`),
      404,
      'INVITATION_NOT_FOUND',
    );
  });

  it('lets the invited user decline and the admin cancel; neither grants anything', async () => {
    const decliner = await account('decliner@test.local', [[institutionB, 'planner']]);
    const cancelled = await account('cancelled@test.local', [[institutionB, 'planner']]);
    const first = await adminA.put<InvitationResponse>(
      `/api/institutions/${institutionA}/members/${decliner.id}`,
      {
        role: 'planner',
      },
    );
    const second = await adminA.put<InvitationResponse>(
      `/api/institutions/${institutionA}/members/${cancelled.id}`,
      {
        role: 'reviewer',
      },
    );
    expect([first.status, second.status]).toEqual([202, 202]);
    const declinerClient = await t.login('decliner@test.local', PASSWORD);
    expect((await declinerClient.post(`/api/invitations/${first.body.id}/decline`)).status).toBe(204);
    expect(
      (await adminA.delete(`/api/institutions/${institutionA}/invitations/${second.body.id}`)).status,
    ).toBe(204);
    const cancelledClient = await t.login('cancelled@test.local', PASSWORD);
    expect((await cancelledClient.get<InvitationResponse[]>('/api/invitations')).body).toEqual([]);
    expectError(
      await cancelledClient.post(`/api/invitations/${second.body.id}/accept`),
      404,
      'INVITATION_NOT_FOUND',
    );
    const memberships = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM memberships WHERE institution_id = $1 AND user_id = ANY($2::uuid[])',
      [institutionA, [decliner.id, cancelled.id]],
    );
    expect(memberships[0].count).toBe(0);
  });

  it('still adds directly a brand-new account, and any account when a superadmin does it', async () => {
    const created = await adminA.post<MeResponse>('/api/users', {
      email: 'fresh@test.local',
      name: 'Yeni Kişi',
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    const granted = await adminA.put<MembershipResponse>(
      `/api/institutions/${institutionA}/members/${created.body.id}`,
      {
        role: 'planner',
      },
    );
    expect([granted.status, granted.body.role]).toEqual([200, 'planner']);
    const elsewhere = await account('elsewhere@test.local', [[institutionB, 'reviewer']]);
    const direct = await t.api.put<MembershipResponse>(
      `/api/institutions/${institutionA}/members/${elsewhere.id}`,
      {
        role: 'reviewer',
      },
    );
    expect([direct.status, direct.body.institutionId]).toEqual([200, institutionA]);
  });
});
