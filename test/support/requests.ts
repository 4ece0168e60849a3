import { beforeAll, expect } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument, PlanStatus } from '../../src/contracts/plan-document.js';
import type { ImportResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ApiClient, ApiResponse } from './api-client.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { TestApp } from './create-test-app.js';
import { expectError } from './expect-error.js';

/**
 * Awaits a request and asserts its status and that it has a body; answers the body. On a wrong
 * status the failure shows the body, so the error code is in the test's output.
 */
export async function ok<T>(response: Promise<ApiResponse<T>>, status = 200): Promise<T> {
  const answer = await response;
  expect({ status: answer.status, body: answer.body }).toEqual({ status, body: expect.anything() });
  return answer.body;
}

export interface ImportedPlan {
  planId: string;
  /** The plan's route, `/api/plans/<id>`. */
  plan: string;
  institutionId: string;
}

/** Imports a plan document through the API (201 expected) and reads its institution's id. */
export async function importPlan(api: ApiClient, document: PlanDocument): Promise<ImportedPlan> {
  const { id: planId } = await ok(api.post<ImportResponse>('/api/plans/import', document), 201);
  const plan = `/api/plans/${planId}`;
  const { institution } = await ok(api.get<PlanResponse>(plan));
  return { planId, plan, institutionId: institution.id };
}

/** Imports the worked example (workedExampleDocument, with its `overrides`) as a new plan. */
export function importExample(
  api: ApiClient,
  overrides?: Parameters<typeof workedExampleDocument>[0],
): Promise<ImportedPlan> {
  return importPlan(api, workedExampleDocument(overrides));
}

export interface Member {
  /** Signed in as the new account. */
  client: ApiClient;
  id: string;
  email: string;
}

/** The password of the accounts addMember creates when the test names none. */
export const MEMBER_PASSWORD = 'a-long-password';

/**
 * Creates an account as the superadmin, grants it a role in an institution (with units for a
 * unit manager) and signs it in.
 */
export async function addMember(
  t: Pick<TestApp, 'api' | 'login'>,
  account: {
    email: string;
    name: string;
    password?: string;
    institutionId: string;
    role: string;
    units?: string[];
  },
): Promise<Member> {
  const { email, name, password = MEMBER_PASSWORD, institutionId, role, units } = account;
  const created = await ok(t.api.post<MeResponse>('/api/users', { email, name, password }), 201);
  await ok(t.api.put(`/api/institutions/${institutionId}/members/${created.id}`, { role, units }));
  return { client: await t.login(email, password), id: created.id, email };
}

/** An institution's planner and administrator, `planner@<domain>` and `admin@<domain>`, each signed in. */
export async function plannerAndAdmin(
  t: Pick<TestApp, 'api' | 'login'>,
  institutionId: string,
  domain: string,
  password: string,
): Promise<{ planner: Member; admin: Member }> {
  const member = (role: string): Promise<Member> => {
    const email = `${role}@${domain}`;
    return addMember(t, { email, name: email, password, institutionId, role });
  };
  return { planner: await member('planner'), admin: await member('admin') };
}

/** A write that must be refused with `status`/`code` and leave every table's row count as it was. */
export async function refusedUnchanged(
  t: Pick<TestApp, 'countRows'>,
  status: number,
  code: string,
  request: () => Promise<ApiResponse>,
): Promise<ErrorBody> {
  const before = await t.countRows();
  const body = expectError(await request(), status, code);
  expect(await t.countRows()).toEqual(before);
  return body;
}

/**
 * After a successful write: the row counts are `before` changed by `changes` (table → rows added,
 * negative for removed), and the audit trail has grown, as it records every change.
 */
export async function expectRowsChanged(
  t: Pick<TestApp, 'countRows'>,
  before: Record<string, number>,
  changes: Record<string, number>,
): Promise<void> {
  const after = await t.countRows();
  expect(after.audit_log).toBeGreaterThan(before.audit_log);
  const expected: Record<string, number> = { ...before, audit_log: after.audit_log };
  for (const [table, change] of Object.entries(changes)) expected[table] = before[table] + change;
  expect(after).toEqual(expected);
}

/**
 * A test file's new members: each call creates the account `<role>-<n>@<domain>`, named
 * `<name> <n>`, with `role` (and `units`) in the institution, and answers it signed in.
 */
export function newMembers(
  t: Pick<TestApp, 'api' | 'login'>,
  domain: string,
  name: string,
): (institutionId: string, role: string, units?: string[]) => Promise<Member> {
  let count = 0;
  return (institutionId, role, units) => {
    count += 1;
    return addMember(t, {
      email: `${role}-${count}@${domain}`,
      name: `${name} ${count}`,
      institutionId,
      role,
      units,
    });
  };
}

/** The accounts most files sign in with: the institution's four roles and a planner elsewhere. */
export interface Cast {
  admin: Member;
  planner: Member;
  /** Unit manager of the PARK unit. */
  unitManager: Member;
  reviewer: Member;
  /** A planner of `otherInstitutionId`, for the 404s across institutions. */
  foreignPlanner: Member;
}

/**
 * Creates and signs in a file's cast: `yonetici@`, `planlama@`, `park@` and `denetci@<domain>` in
 * the institution, `planlama@baska.<domain>` in the other one; `names` gives them names (default:
 * the e-mail address).
 */
export async function newCast(
  t: Pick<TestApp, 'api' | 'login'>,
  institutions: { home: string; other: string },
  domain: string,
  names: Partial<Record<keyof Cast, string>> = {},
): Promise<Cast> {
  const member = (key: keyof Cast, email: string, institutionId: string, role: string, units?: string[]) =>
    addMember(t, { email, name: names[key] ?? email, institutionId, role, units });
  return {
    admin: await member('admin', `yonetici@${domain}`, institutions.home, 'admin'),
    planner: await member('planner', `planlama@${domain}`, institutions.home, 'planner'),
    unitManager: await member('unitManager', `park@${domain}`, institutions.home, 'unit_manager', ['PARK']),
    reviewer: await member('reviewer', `denetci@${domain}`, institutions.home, 'reviewer'),
    foreignPlanner: await member('foreignPlanner', `planlama@baska.${domain}`, institutions.other, 'planner'),
  };
}

/**
 * The set-up of a file that works on one plan: the worked example imported for the file's
 * institution (`home`) and for another one (`other`, for the 404s across institutions), then the
 * file's cast (newCast) in them.
 */
export async function exampleAndCast(
  t: Pick<TestApp, 'api' | 'login'>,
  setup: {
    home: Parameters<typeof workedExampleDocument>[0];
    other: Parameters<typeof workedExampleDocument>[0];
    domain: string;
    names?: Partial<Record<keyof Cast, string>>;
  },
): Promise<ExampleAndCast> {
  const home = await importExample(t.api, setup.home);
  const other = await importExample(t.api, setup.other);
  const cast = await newCast(
    t,
    { home: home.institutionId, other: other.institutionId },
    setup.domain,
    setup.names,
  );
  return { home, other, ...cast };
}

/** What exampleAndCast answers: the two imported plans and the file's cast. */
export type ExampleAndCast = Cast & { home: ImportedPlan; other: ImportedPlan };

/** How useExampleAndCast's plans and cast differ from the worked example's and newCast's. */
export interface CastOptions {
  /** Of both plans. */
  planStatus?: PlanStatus;
  names?: Partial<Record<keyof Cast, string>>;
  /** The name of a unit manager of ZABITA, `zabita@<domain>`, added after the cast. */
  zabita?: string;
}

/**
 * exampleAndCast in a beforeAll of the file, registered where this is called (after the hooks
 * above it): the worked example for the institutions named `home` and `other`, and the cast in
 * `domain`, as `more` says. The answer is filled in when that beforeAll has run, so use it inside
 * tests and later hooks only (as useTestApp's).
 */
export function useExampleAndCast(
  t: Pick<TestApp, 'api' | 'login'>,
  domain: string,
  institutions: [home: string, other: string],
  more: CastOptions & { zabita: string },
): ExampleAndCast & { zabita: Member };
export function useExampleAndCast(
  t: Pick<TestApp, 'api' | 'login'>,
  domain: string,
  institutions: [home: string, other: string],
  more?: CastOptions,
): ExampleAndCast;
export function useExampleAndCast(
  t: Pick<TestApp, 'api' | 'login'>,
  domain: string,
  [home, other]: [home: string, other: string],
  more: CastOptions = {},
): ExampleAndCast & { zabita?: Member } {
  const answer = {} as ExampleAndCast & { zabita?: Member };
  const plan = (institutionName: string) => ({ institutionName, planStatus: more.planStatus });
  beforeAll(async () => {
    Object.assign(
      answer,
      await exampleAndCast(t, { home: plan(home), other: plan(other), domain, names: more.names }),
    );
    if (more.zabita === undefined) return;
    answer.zabita = await addMember(t, {
      email: `zabita@${domain}`,
      name: more.zabita,
      institutionId: answer.home.institutionId,
      role: 'unit_manager',
      units: ['ZABITA'],
    });
  });
  return answer;
}
