import { expect } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ApiClient, ApiResponse } from './api-client.js';
import type { TestApp } from './create-test-app.js';

/**
 * Four eyes after approval (docs/api.md "Corrections"): a correction of an approved value is
 * proposed (202) and applied only when a second planner or admin approves it. Tests that need a
 * corrected value go through both steps here.
 */

const approvers = new WeakMap<TestApp, Map<string, ApiClient>>();
let serial = 0;

/** A planner of the plan's institution who proposed nothing: the second pair of eyes. */
export async function secondPlanner(t: TestApp, planId: string): Promise<ApiClient> {
  const { body: plan } = await t.api.get<PlanResponse>(`/api/plans/${planId}`);
  const institutionId = plan.institution.id;
  const known = approvers.get(t) ?? new Map<string, ApiClient>();
  approvers.set(t, known);
  const cached = known.get(institutionId);
  if (cached) return cached;
  serial += 1;
  const account = {
    email: `ikinci-goz-${serial}@corrections.test`,
    password: `ikinci göz parolası ${serial}`,
  };
  const created = await t.api.post<MeResponse>('/api/users', { ...account, name: `İkinci Göz ${serial}` });
  expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
  const granted = await t.api.put(`/api/institutions/${institutionId}/members/${created.body.id}`, {
    role: 'planner',
  });
  expect({ status: granted.status, body: granted.body }).toMatchObject({ status: 200 });
  const client = await t.login(account.email, account.password);
  known.set(institutionId, client);
  return client;
}

/**
 * POST `correctRoute` (…/values/:period/correct) as `proposer`, then approves the proposal as a
 * second planner (or `approver`). Answers the approval (200 with the corrected value), or the
 * proposal's answer when it was refused (nothing to approve then).
 */
export async function correctAndApprove(
  t: TestApp,
  proposer: ApiClient,
  correctRoute: string,
  body: unknown,
  approver?: ApiClient,
): Promise<ApiResponse<IndicatorValueResponse>> {
  const proposed = await proposer.post<IndicatorValueResponse>(correctRoute, body);
  if (proposed.status !== 202) return proposed;
  expect(proposed.body.pendingCorrection).toMatchObject({ status: 'proposed' });
  const planId = /^\/api\/plans\/([^/]+)\//.exec(correctRoute)?.[1] ?? '';
  const second = approver ?? (await secondPlanner(t, planId));
  return second.post<IndicatorValueResponse>(`${correctRoute}/approve`, {
    id: proposed.body.pendingCorrection?.id,
  });
}
