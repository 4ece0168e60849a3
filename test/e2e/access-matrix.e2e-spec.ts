import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { CoreValueDoc, PlanDocument, PlanStatus } from '../../src/contracts/plan-document.js';
import type {
  ImportResponse,
  IndicatorValueResponse,
  InstitutionResponse,
  PlanResponse,
} from '../../src/contracts/resources.js';
import type { AssessmentPeriodResponse, ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { istanbulDate } from '../../src/common/clock.js';

/**
 * Who may call what (domain.md 6), as a table: a row per route, every write route of the API and
 * the reads that differ by role; a column per caller. Each cell is one test asserting the exact
 * status and, for refusals, the error code, and that a refused write changed no row.
 *
 * Cells do not depend on each other: a cell that needs a record in a given state (a draft to
 * delete, a submitted value to approve, an open period to close) makes it first, as the
 * superadmin, and deletions act on records made for that cell alone.
 *
 * Institution A holds the worked example (H1.1: PARK responsible, ZABITA collaborating; H1.2:
 * ZABITA), a draft copy for content edits, a copy for period rows and a published copy for the
 * public reads. The foreign planner is a planner of institution B only.
 */

const COLUMNS = [
  'anonymous',
  'superadmin',
  'admin',
  'planner',
  'PARK manager',
  'ZABITA manager',
  'reviewer',
  'foreign planner',
] as const;
type Column = (typeof COLUMNS)[number];

/** A status; 401, 403 and 404 imply UNAUTHORIZED, FORBIDDEN and the route's *_NOT_FOUND; or "403 CODE". */
type Cell = number | `${number} ${string}`;
type Cells = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

interface CellRequest {
  path: string;
  body?: unknown;
  /** Another client than the column's own (a fresh session to end). */
  client?: ApiClient;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  cells: Cells;
  /** The request of one cell; what it needs is made first, by the superadmin. */
  request: (column: Column) => CellRequest | Promise<CellRequest>;
  /** Records what an allowed cell changed that later cells rely on (a new password). */
  after?: (column: Column, body: unknown) => void;
}

const PASSWORD = 'matrix-erguvan-yaprak-1';
const NYU = '403 NOT_YOUR_UNIT';
const INSTITUTION_A = 'Matris Belediyesi';
const INSTITUTION_B = 'Komşu Belediyesi';
/** The server judges today in Istanbul (common/clock.ts). */
const TODAY = istanbulDate();
/** 1 is far below every A and B: implausible (issue 11), so it carries its note. */
const DRAFT_VALUE = { value: 1, deviationReason: 'Ölçüm eksik', note: 'Deneme değeri' };

let t: TestApp;
let serial = 0;
const clients = {} as Record<Column, ApiClient>;
const accounts = {} as Record<Exclude<Column, 'anonymous'>, { email: string; password: string }>;
/** Signs in the login row's anonymous cell: an account without roles. */
const visitor = { email: 'visitor@matrix.test', password: PASSWORD };
let institutionA: string;
let institutionB: string;
/** The worked example: values, workflow and reads. */
let main: string;
/** The worked example as a draft (taslak): core values, aims, targets, indicators one by one. */
let draft: string;
/** The worked example for opening, closing and reopening assessment periods. */
let periods: string;
/** The worked example, published. */
let published: string;
const probes = { member: '', leaver: '' };

function next(): number {
  serial += 1;
  return serial;
}

/** A fixture step by the superadmin that must answer `status`. */
async function must<T>(response: Promise<ApiResponse<T>>, status: number): Promise<T> {
  const answer = await response;
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  return answer.body;
}

function documentFor(institutionName: string, status?: PlanStatus, valueStatus?: ValueStatus): PlanDocument {
  const document = workedExampleDocument({ institutionName, valueStatus });
  if (status) document.plan.status = status;
  return document;
}

async function importPlan(document: PlanDocument): Promise<string> {
  return (await must(t.api.post<ImportResponse>('/api/plans/import', document), 201)).id;
}

/** The worked example before the council's decision, elected three months ago (ELECTION_DEADLINE ahead). */
function lifecycleDocument(status: 'taslak' | 'meclis-onayinda'): PlanDocument {
  const document = documentFor(INSTITUTION_A, status);
  delete document.plan.councilDecision;
  if (status === 'taslak') delete document.plan.submittedToCouncil;
  else document.plan.submittedToCouncil = TODAY;
  const now = new Date();
  document.institution.electionDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1))
    .toISOString()
    .slice(0, 10);
  return document;
}

async function createUser(email: string): Promise<string> {
  return (await must(t.api.post<MeResponse>('/api/users', { email, name: email, password: PASSWORD }), 201))
    .id;
}

async function grant(institutionId: string, userId: string, role: string, units?: string[]): Promise<void> {
  await must(t.api.put(`/api/institutions/${institutionId}/members/${userId}`, { role, units }), 200);
}

/** Rows of every table around a refused write: it must add, remove and audit nothing. */
function snapshot(): Promise<Record<string, number>> {
  return t.countRows();
}

// Entries of indicator values, brought to the state a cell starts from through the workflow.

interface Slot {
  code: string;
  period: string;
}
type EntryState = IndicatorValueResponse['status'] | 'none';

function valuePath(slot: Slot, action = ''): string {
  return `/api/plans/${main}/indicators/${slot.code}/values/${slot.period}${action ? `/${action}` : ''}`;
}

async function stateOf(slot: Slot): Promise<EntryState> {
  const values = await must(
    t.api.get<IndicatorValueResponse[]>(`/api/plans/${main}/indicators/${slot.code}/values`),
    200,
  );
  return values.find((value) => value.period === slot.period)?.status ?? 'none';
}

/** Leaves the entry absent, a draft or submitted; an approved entry cannot go back. */
async function bring(slot: Slot, wanted: 'none' | 'draft' | 'submitted'): Promise<void> {
  let state = await stateOf(slot);
  if (state === 'approved') throw new Error(`${slot.code} ${slot.period} is approved already`);
  if (state === 'submitted' && wanted !== 'submitted') {
    await must(t.api.post(valuePath(slot, 'return'), { comment: 'Yeniden girilsin' }), 200);
    state = 'returned';
  }
  if (wanted === 'none') {
    if (state !== 'none') await must(t.api.delete(valuePath(slot)), 204);
    return;
  }
  // The responsible unit enters and submits, so that every approver column is a second pair of eyes.
  const unit = clients[slot.code.startsWith('PG1.2.') ? 'ZABITA manager' : 'PARK manager'];
  if (state === 'none' || state === 'returned') {
    await must(unit.put(valuePath(slot), DRAFT_VALUE), state === 'none' ? 201 : 200);
    state = 'draft';
  }
  if (wanted === 'submitted' && state === 'draft') await must(unit.post(valuePath(slot, 'submit'), {}), 200);
}

/** Leaves no correction waiting on an approved entry: a waiting one is rejected by the superadmin. */
async function noCorrectionWaiting(slot: Slot): Promise<void> {
  const values = await must(
    t.api.get<IndicatorValueResponse[]>(`/api/plans/${main}/indicators/${slot.code}/values`),
    200,
  );
  if (values.find((value) => value.period === slot.period)?.pendingCorrection)
    await must(t.api.post(valuePath(slot, 'correct/reject'), { comment: 'Yeniden önerilecek' }), 200);
}

/** A correction of an approved entry waiting, proposed by `proposer`. */
async function correctionWaiting(slot: Slot, proposer: ApiClient): Promise<void> {
  await noCorrectionWaiting(slot);
  await must(proposer.post(valuePath(slot, 'correct'), { value: 6, reason: `Düzeltme ${next()}` }), 202);
}

/** The first entry of the pool not approved yet, submitted: each approval uses one up. */
async function submittedFrom(pool: Slot[]): Promise<Slot> {
  for (const slot of pool) {
    if ((await stateOf(slot)) !== 'approved') {
      await bring(slot, 'submitted');
      return slot;
    }
  }
  throw new Error(`every entry of ${pool[0].code} is approved: add periods to the pool`);
}

function pool(code: string): Slot[] {
  return ['2026-H1', '2026-H2', '2027-H1', '2027-H2'].map((period) => ({ code, period }));
}

// Assessment periods of the `periods` plan.

async function periodState(period: string): Promise<AssessmentPeriodResponse | undefined> {
  const list = await must(t.api.get<AssessmentPeriodResponse[]>(`/api/plans/${periods}/periods`), 200);
  return list.find((item) => item.period === period);
}

async function bringPeriod(period: string, wanted: 'open' | 'closed'): Promise<void> {
  const current = await periodState(period);
  if (!current) await must(t.api.post(`/api/plans/${periods}/periods`, { period }), 201);
  const status = current?.status ?? 'open';
  if (status === wanted) return;
  await must(
    t.api.post(`/api/plans/${periods}/periods/${period}/${wanted === 'open' ? 'reopen' : 'close'}`, {}),
    200,
  );
}

/** Assessment periods the open row may still open (2029 and 2029-H1 belong to close and reopen). */
const OPENABLE = ['2025-H1', '2025', '2026-H1', '2026', '2027-H1', '2027', '2028-H1', '2028'];

// Records made for one cell, by the superadmin.

async function freshUnit(): Promise<string> {
  const code = `GECICI${next()}`;
  await must(t.api.post(`/api/institutions/${institutionA}/units`, { code, name: 'Geçici Birim' }), 201);
  return code;
}

async function freshCoreValue(): Promise<number> {
  await must(t.api.post(`/api/plans/${draft}/core-values`, { title: `Değer ${next()}` }), 201);
  return (await must(t.api.get<CoreValueDoc[]>(`/api/plans/${draft}/core-values`), 200)).length;
}

async function freshAim(): Promise<string> {
  const code = `A${next() + 1}`;
  await must(t.api.post(`/api/plans/${draft}/aims`, { code, title: 'Geçici amaç' }), 201);
  return code;
}

async function freshTarget(): Promise<string> {
  const code = `H1.${next() + 2}`;
  await must(t.api.post(`/api/plans/${draft}/targets`, targetBody(code)), 201);
  return code;
}

async function freshIndicator(): Promise<string> {
  const code = `PG1.1.${next() + 3}`;
  await must(t.api.post(`/api/plans/${draft}/indicators`, indicatorBody(code)), 201);
  return code;
}

/** A fresh plan in force with update 2 proposed by `proposer`; answers the version's route. */
async function proposedUpdate(proposer: ApiClient): Promise<string> {
  const planId = await importPlan(documentFor(INSTITUTION_A));
  const body = {
    effectiveYear: 2027,
    reason: 'Ara dönem güncellemesi',
    targets: { 'PG1.1.1': { '2027': 165000 } },
  };
  await must(proposer.post(`/api/plans/${planId}/updates`, body), 201);
  return `/api/plans/${planId}/versions/2`;
}

/** An open question on PG1.1.1 (PARK's), asked by the superadmin unless another asker is given. */
async function freshQuestion(asker: ApiClient = t.api): Promise<string> {
  const body = { subjectType: 'indicator', subjectCode: 'PG1.1.1', text: `Soru ${next()}` };
  return (await must(asker.post<{ id: string }>(`${plan()}/questions`, body), 201)).id;
}

function targetBody(code: string): unknown {
  return { aim: 'A1', code, title: 'Geçici hedef', responsibleUnit: 'PARK' };
}

function indicatorBody(code: string): unknown {
  return {
    target: 'H1.1',
    code,
    name: 'Dikilen ağaç sayısı',
    unit: 'adet',
    weight: 10,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 10,
    targets: { '2025': 20, '2026': 30, '2027': 40, '2028': 50, '2029': 60 },
  };
}

function credentials(column: Column): { email: string; password: string } {
  return column === 'anonymous' ? visitor : accounts[column];
}

// The matrix. Columns: anonymous, superadmin, admin, planner, PARK manager, ZABITA manager, reviewer, foreign planner.

const plan = (): string => `/api/plans/${main}`;
const institution = (): string => `/api/institutions/${institutionA}`;

const ROWS: Row[] = [
  // Accounts
  {
    method: 'POST',
    route: '/api/auth/login',
    cells: [200, 200, 200, 200, 200, 200, 200, 200],
    request: (column) => ({ path: '/api/auth/login', body: credentials(column) }),
  },
  {
    method: 'POST',
    route: '/api/auth/logout',
    cells: [401, 204, 204, 204, 204, 204, 204, 204],
    request: async (column) => ({
      path: '/api/auth/logout',
      client:
        column === 'anonymous'
          ? t.anonymous
          : await t.login(credentials(column).email, credentials(column).password),
    }),
  },
  {
    method: 'POST',
    route: '/api/auth/password',
    cells: [401, 204, 204, 204, 204, 204, 204, 204],
    // The session that changes the password stays signed in; later cells sign in with the new one.
    request: (column) => ({
      path: '/api/auth/password',
      body: { currentPassword: credentials(column).password, newPassword: `${PASSWORD}-${next()}` },
    }),
    after: (column, body) => {
      if (column !== 'anonymous') accounts[column].password = (body as { newPassword: string }).newPassword;
    },
  },
  {
    method: 'GET',
    route: '/api/users',
    cells: [401, 200, 200, 403, 403, 403, 403, 403],
    request: () => ({ path: '/api/users' }),
  },
  {
    method: 'POST',
    route: '/api/users',
    cells: [401, 201, 201, 403, 403, 403, 403, 403],
    request: () => ({
      path: '/api/users',
      body: { email: `new-${next()}@matrix.test`, name: 'Yeni', password: PASSWORD },
    }),
  },
  {
    method: 'GET',
    route: '/api/institutions/:institutionId/members',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `${institution()}/members` }),
  },
  {
    method: 'PUT',
    route: '/api/institutions/:institutionId/members/:userId',
    cells: [401, 200, 200, 403, 403, 403, 403, 404],
    request: () => ({ path: `${institution()}/members/${probes.member}`, body: { role: 'reviewer' } }),
  },
  {
    method: 'DELETE',
    route: '/api/institutions/:institutionId/members/:userId',
    cells: [401, 204, 204, 403, 403, 403, 403, 404],
    request: async () => {
      await grant(institutionA, probes.leaver, 'reviewer');
      return { path: `${institution()}/members/${probes.leaver}` };
    },
  },

  // Institutions and units
  {
    method: 'POST',
    route: '/api/institutions',
    cells: [401, 201, 403, 403, 403, 403, 403, 403],
    request: () => ({
      path: '/api/institutions',
      body: { name: `Yeni Kurum ${next()}`, kind: 'belediye' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/institutions/:institutionId',
    cells: [401, 200, 200, 403, 403, 403, 403, 404],
    request: () => ({ path: institution(), body: { population: 190000 } }),
  },
  {
    method: 'DELETE',
    route: '/api/institutions/:institutionId',
    cells: [401, 204, 403, 403, 403, 403, 403, 404],
    // Only the superadmin may delete, so only its cell gets an institution of its own to delete.
    request: async (column) => {
      if (column !== 'superadmin') return { path: institution() };
      const created = await must(
        t.api.post<InstitutionResponse>('/api/institutions', {
          name: `Silinecek Kurum ${next()}`,
          kind: 'belediye',
        }),
        201,
      );
      return { path: `/api/institutions/${created.id}` };
    },
  },
  {
    method: 'POST',
    route: '/api/institutions/:institutionId/units',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: () => ({
      path: `${institution()}/units`,
      body: { code: `YENI${next()}`, name: 'Yeni Birim' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/institutions/:institutionId/units/:code',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({
      path: `${institution()}/units/DESTEK`,
      body: { name: 'Destek Hizmetleri Müdürlüğü' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/institutions/:institutionId/units/:code',
    cells: [401, 204, 204, 204, 403, 403, 403, 404],
    request: async () => ({ path: `${institution()}/units/${await freshUnit()}` }),
  },

  // Plans
  {
    method: 'POST',
    route: '/api/plans',
    cells: [401, 201, 201, 201, 403, 403, 403, '404 INSTITUTION_NOT_FOUND'],
    request: () => ({
      path: '/api/plans',
      body: {
        institutionId: institutionA,
        title: `Deneme Planı ${next()}`,
        startYear: 2025,
        endYear: 2029,
      },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/import',
    // The document names its institution: refusals read alike whether it exists or not (no 404).
    cells: [401, 201, 201, 201, 403, 403, 403, 403],
    request: () => ({ path: '/api/plans/import', body: documentFor(INSTITUTION_A) }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: plan() }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: plan(), body: { mission: 'Kentlilere etkin hizmet' } }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId',
    cells: [401, 204, 204, 403, 403, 403, 403, 404],
    // A plan holding approved values is never deleted (409 HOLDS_APPROVED_VALUES): submitted ones.
    request: async () => ({
      path: `/api/plans/${await importPlan(documentFor(INSTITUTION_A, undefined, 'submitted'))}`,
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/publish',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `${plan()}/publish`, body: {} }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/unpublish',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `${plan()}/unpublish`, body: {} }),
  },

  {
    method: 'POST',
    route: '/api/plans/:planId/lifecycle/submit',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => ({
      path: `/api/plans/${await importPlan(lifecycleDocument('taslak'))}/lifecycle/submit`,
      body: { date: TODAY },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/lifecycle/enact',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => ({
      path: `/api/plans/${await importPlan(lifecycleDocument('meclis-onayinda'))}/lifecycle/enact`,
      body: { date: TODAY, number: '2025/7' },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/lifecycle/withdraw',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => ({
      path: `/api/plans/${await importPlan(lifecycleDocument('meclis-onayinda'))}/lifecycle/withdraw`,
      body: { date: TODAY },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/lifecycle/close',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => ({
      path: `/api/plans/${await importPlan(documentFor(INSTITUTION_A))}/lifecycle/close`,
      body: {},
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/updates',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: async () => ({
      path: `/api/plans/${await importPlan(documentFor(INSTITUTION_A))}/updates`,
      body: {
        effectiveYear: 2027,
        reason: 'Ara dönem güncellemesi',
        targets: { 'PG1.1.1': { '2027': 165000 } },
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId/versions',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: `${plan()}/versions` }),
  },
  {
    // The mayor's approval: an administrator, never the planner who proposed it.
    method: 'POST',
    route: '/api/plans/:planId/versions/:number/approve',
    cells: [401, 200, 200, 403, 403, 403, 403, 404],
    request: async () => ({ path: `${await proposedUpdate(clients.planner)}/approve`, body: {} }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/versions/:number/approve (proposed by the caller)',
    cells: [401, '409 SELF_APPROVAL', '409 SELF_APPROVAL', 403, 403, 403, 403, 404],
    request: async (column) => {
      const proposer = ['superadmin', 'admin', 'planner'].includes(column)
        ? clients[column]
        : clients.planner;
      return { path: `${await proposedUpdate(proposer)}/approve`, body: {} };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/versions/:number/reject',
    cells: [401, 200, 200, 403, 403, 403, 403, 404],
    request: async () => ({
      path: `${await proposedUpdate(clients.planner)}/reject`,
      body: { reason: 'Bütçe yetersiz' },
    }),
  },

  // Plan content, on the draft plan
  {
    method: 'POST',
    route: '/api/plans/:planId/core-values',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: () => ({ path: `/api/plans/${draft}/core-values`, body: { title: `Katılımcılık ${next()}` } }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/core-values/:position',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `/api/plans/${draft}/core-values/1`, body: { description: 'Açık yönetim' } }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/core-values/:position',
    cells: [401, 204, 204, 204, 403, 403, 403, 404],
    request: async () => ({ path: `/api/plans/${draft}/core-values/${await freshCoreValue()}` }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/aims',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: () => ({
      path: `/api/plans/${draft}/aims`,
      body: { code: `A${next() + 1}`, title: 'Yeni amaç' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/aims/:code',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({
      path: `/api/plans/${draft}/aims/A1`,
      body: { title: 'Yaşanabilir ve yeşil bir kent' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/aims/:code',
    cells: [401, 204, 204, 204, 403, 403, 403, 404],
    request: async () => ({ path: `/api/plans/${draft}/aims/${await freshAim()}` }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/targets',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: () => ({ path: `/api/plans/${draft}/targets`, body: targetBody(`H1.${next() + 2}`) }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/targets/:code',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({
      path: `/api/plans/${draft}/targets/H1.1`,
      body: { title: 'Yeşil alanları artırmak' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/targets/:code',
    cells: [401, 204, 204, 204, 403, 403, 403, 404],
    request: async () => ({ path: `/api/plans/${draft}/targets/${await freshTarget()}` }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: () => ({ path: `/api/plans/${draft}/indicators`, body: indicatorBody(`PG1.1.${next() + 3}`) }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/indicators/:code',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `/api/plans/${draft}/indicators/PG1.1.1`, body: { name: 'Park alanı' } }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/indicators/:code',
    cells: [401, 204, 204, 204, 403, 403, 403, 404],
    request: async () => ({ path: `/api/plans/${draft}/indicators/${await freshIndicator()}` }),
  },

  // Values: the unit enters and submits, the strategy unit approves, returns and corrects
  {
    method: 'PUT',
    route: '/api/plans/:planId/indicators/PG1.1.3/values/:period',
    cells: [401, 201, 201, 403, 201, NYU, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.1.3', period: '2026-H1' };
      await bring(slot, 'none');
      return { path: valuePath(slot), body: DRAFT_VALUE };
    },
  },
  {
    method: 'PUT',
    route: '/api/plans/:planId/indicators/PG1.2.1/values/:period',
    cells: [401, 201, 201, 403, NYU, 201, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.2.1', period: '2026-H1' };
      await bring(slot, 'none');
      return { path: valuePath(slot), body: DRAFT_VALUE };
    },
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/indicators/PG1.1.3/values/:period',
    cells: [401, 204, 204, 403, 204, NYU, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.1.3', period: '2026-H2' };
      await bring(slot, 'draft');
      return { path: valuePath(slot) };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.1.3/values/:period/submit',
    cells: [401, 200, 200, 403, 200, NYU, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.1.3', period: '2027-H1' };
      await bring(slot, 'draft');
      return { path: valuePath(slot, 'submit'), body: {} };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.1.1/values/:period/approve',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => ({ path: valuePath(await submittedFrom(pool('PG1.1.1')), 'approve'), body: {} }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.1.3/values/:period/return',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.1.3', period: '2027-H2' };
      await bring(slot, 'submitted');
      return { path: valuePath(slot, 'return'), body: { comment: 'Kanıt eksik' } };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.1.3/values/:period/correct',
    cells: [401, 202, 202, 202, 403, 403, 403, 404],
    // The imported 2025-H2 value is approved; a correction is proposed, one at a time.
    request: async () => {
      const slot = { code: 'PG1.1.3', period: '2025-H2' };
      await noCorrectionWaiting(slot);
      return { path: valuePath(slot, 'correct'), body: { value: 46, reason: 'Yeni sayım' } };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.1.2/values/:period/correct/approve',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    // Proposed by someone else than the column (the admin for the superadmin, else the superadmin).
    request: async (column) => {
      const slot = { code: 'PG1.1.2', period: '2025-H2' };
      await correctionWaiting(slot, column === 'superadmin' ? clients.admin : t.api);
      return { path: valuePath(slot, 'correct/approve'), body: {} };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/indicators/PG1.2.1/values/:period/correct/reject',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => {
      const slot = { code: 'PG1.2.1', period: '2025-H2' };
      await correctionWaiting(slot, t.api);
      return { path: valuePath(slot, 'correct/reject'), body: { comment: 'Gerek yok' } };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/approvals',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => {
      const slot = await submittedFrom(pool('PG1.1.2'));
      return {
        path: `${plan()}/approvals`,
        body: { action: 'approve', items: [{ indicator: slot.code, period: slot.period }] },
      };
    },
  },

  // Assessment periods, on their own plan
  {
    method: 'POST',
    route: '/api/plans/:planId/periods',
    cells: [401, 201, 201, 201, 403, 403, 403, 404],
    request: async () => {
      const list = await must(t.api.get<AssessmentPeriodResponse[]>(`/api/plans/${periods}/periods`), 200);
      const period = OPENABLE.find((candidate) => !list.some((item) => item.period === candidate));
      return { path: `/api/plans/${periods}/periods`, body: { period } };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/periods/:period/close',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => {
      await bringPeriod('2029', 'open');
      return { path: `/api/plans/${periods}/periods/2029/close`, body: {} };
    },
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/periods/:period/reopen',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: async () => {
      await bringPeriod('2029-H1', 'closed');
      return { path: `/api/plans/${periods}/periods/2029-H1/reopen`, body: {} };
    },
  },

  // Reviewers' questions: the responsible unit answers, the reviewer who asked (or an admin) closes
  {
    method: 'GET',
    route: '/api/plans/:planId/questions',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: `${plan()}/questions?status=open` }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/questions',
    cells: [401, 201, 201, 403, 403, 403, 201, 404],
    request: () => ({
      path: `${plan()}/questions`,
      body: { subjectType: 'target', subjectCode: 'H1.1', period: '2025-H1', text: `Soru ${next()}` },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/questions/:questionId/answer (PG1.1.1)',
    cells: [401, 200, 200, 200, 200, NYU, 403, 404],
    request: async () => ({
      path: `${plan()}/questions/${await freshQuestion()}/answer`,
      body: { text: 'Cevap' },
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/questions/:questionId/close (asked by the reviewer)',
    cells: [401, 200, 200, 403, 403, 403, 200, 404],
    request: async () => ({
      path: `${plan()}/questions/${await freshQuestion(clients.reviewer)}/close`,
      body: {},
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/questions/:questionId/close (asked by another)',
    cells: [401, 200, 200, 403, 403, 403, '403 NOT_YOUR_QUESTION', 404],
    request: async () => ({ path: `${plan()}/questions/${await freshQuestion()}/close`, body: {} }),
  },

  // Reads that differ by role
  {
    method: 'GET',
    route: '/api/plans/:planId/progress',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: `${plan()}/progress?period=2025` }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId/progress/trend',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: `${plan()}/progress/trend` }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId/audit',
    cells: [401, 200, 200, 200, 403, 403, 200, 404],
    request: () => ({ path: `${plan()}/audit` }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId/worklist',
    cells: [401, 200, 200, 200, 200, 200, 200, 404],
    request: () => ({ path: `${plan()}/worklist` }),
  },
  {
    method: 'GET',
    route: '/api/plans/:planId/approval-queue',
    cells: [401, 200, 200, 200, 403, 403, 403, 404],
    request: () => ({ path: `${plan()}/approval-queue` }),
  },

  // The public transparency API: published plans for everyone, signed in or not
  {
    method: 'GET',
    route: '/api/public/plans',
    cells: [200, 200, 200, 200, 200, 200, 200, 200],
    request: () => ({ path: '/api/public/plans' }),
  },
  {
    method: 'GET',
    route: '/api/public/plans/:id',
    cells: [200, 200, 200, 200, 200, 200, 200, 200],
    request: () => ({ path: `/api/public/plans/${published}` }),
  },
  {
    method: 'GET',
    route: '/api/public/plans/:id/progress',
    cells: [200, 200, 200, 200, 200, 200, 200, 200],
    request: () => ({ path: `/api/public/plans/${published}/progress?period=2025` }),
  },
  {
    method: 'GET',
    route: '/api/public/plans/:id (not published)',
    cells: Array<Cell>(8).fill('404 PLAN_NOT_FOUND') as Cells,
    request: () => ({ path: `/api/public/plans/${draft}` }),
  },
  {
    method: 'GET',
    route: '/api/public/plans/:id/progress (not published)',
    cells: Array<Cell>(8).fill('404 PLAN_NOT_FOUND') as Cells,
    request: () => ({ path: `/api/public/plans/${draft}/progress?period=2025` }),
  },
];

function expectation(row: Row, cell: Cell): { status: number; code?: string } {
  if (typeof cell === 'string') {
    const [status, code] = cell.split(' ');
    return { status: Number(status), code };
  }
  if (cell === 401) return { status: cell, code: 'UNAUTHORIZED' };
  if (cell === 403) return { status: cell, code: 'FORBIDDEN' };
  if (cell === 404)
    return { status: cell, code: row.route.includes(':planId') ? 'PLAN_NOT_FOUND' : 'INSTITUTION_NOT_FOUND' };
  return { status: cell };
}

beforeAll(async () => {
  t = await createTestApp();
  main = await importPlan(documentFor(INSTITUTION_A));
  draft = await importPlan(documentFor(INSTITUTION_A, 'taslak'));
  periods = await importPlan(documentFor(INSTITUTION_A));
  published = await importPlan(documentFor(INSTITUTION_A));
  await must(t.api.post(`/api/plans/${published}/publish`, {}), 200);
  const foreignPlan = await importPlan(documentFor(INSTITUTION_B));
  institutionA = (await must(t.api.get<PlanResponse>(`/api/plans/${main}`), 200)).institution.id;
  institutionB = (await must(t.api.get<PlanResponse>(`/api/plans/${foreignPlan}`), 200)).institution.id;
  await must(
    t.api.post(`/api/institutions/${institutionA}/units`, {
      code: 'DESTEK',
      name: 'Destek Hizmetleri Müdürlüğü',
    }),
    201,
  );
  for (const period of ['2026-H1', '2026', '2027-H1', '2027']) {
    await must(t.api.post(`/api/plans/${main}/periods`, { period }), 201);
  }

  const roles: Array<[Exclude<Column, 'anonymous' | 'superadmin'>, string, string, string[]?]> = [
    ['admin', institutionA, 'admin'],
    ['planner', institutionA, 'planner'],
    ['PARK manager', institutionA, 'unit_manager', ['PARK']],
    ['ZABITA manager', institutionA, 'unit_manager', ['ZABITA']],
    ['reviewer', institutionA, 'reviewer'],
    ['foreign planner', institutionB, 'planner'],
  ];
  accounts.superadmin = { ...TEST_ADMIN };
  for (const [column, institutionId, role, units] of roles) {
    const email = `${column.toLowerCase().replace(/ /g, '-')}@matrix.test`;
    await grant(institutionId, await createUser(email), role, units);
    accounts[column] = { email, password: PASSWORD };
  }
  await createUser(visitor.email);
  probes.member = await createUser('member-probe@matrix.test');
  probes.leaver = await createUser('leaver-probe@matrix.test');

  clients.anonymous = t.anonymous;
  clients.superadmin = t.api;
  for (const [column] of roles) clients[column] = await t.login(accounts[column].email, PASSWORD);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('access matrix', () => {
  for (const row of ROWS) {
    COLUMNS.forEach((column, index) => {
      const expected = expectation(row, row.cells[index]);
      const label = expected.code ? `${expected.status} ${expected.code}` : String(expected.status);
      it(`${column} ${row.method} ${row.route} → ${label}`, async () => {
        const { path, body, client } = await row.request(column);
        const refusedWrite = row.method !== 'GET' && expected.status >= 400;
        const before = refusedWrite ? await snapshot() : null;
        const response = await (client ?? clients[column]).request<ErrorBody>(row.method, path, body);
        if (expected.code) {
          expect({ status: response.status, body: response.body }).toMatchObject({
            status: expected.status,
            body: { statusCode: expected.status, code: expected.code, message: expect.any(String) },
          });
        } else {
          expect({ status: response.status, body: response.body }).toMatchObject({ status: expected.status });
        }
        if (before) expect(await snapshot()).toEqual(before);
        if (row.after && response.status < 300) row.after(column, body);
      });
    });
  }
});
