import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRng, type Rng } from '../../src/bench/plan-generator.js';
import type { MeResponse } from '../../src/contracts/auth.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import {
  documentCases,
  schemaCases,
  uploadCases,
  wholeBodyCases,
  type FuzzBody,
  type Schema,
} from '../support/fuzz-bodies.js';
import { workedExampleDocument } from '../factories/plan-documents.js';

/**
 * Issue 9: a bounded, seeded generator of malformed bodies for every write route of the app's
 * own OpenAPI document, as the superadmin (Bearer) and anonymously. Whatever a client sends:
 * never a 5xx, and every 4xx in the one error body. Path parameters are the seeded plan's real
 * ids and codes where the route has them, junk otherwise (or now and then).
 */

const SEED = 20260905;
/** Malformed values tried per field of a DTO, and mutations of the plan document. */
const PER_FIELD = 3;
const DOCUMENT_MUTATIONS = 60;
/** Requests in flight at once (the machine is shared; order within a phase is seeded). */
const CONCURRENCY = 6;
/** A request without an answer by then is a finding too (a hung request holds a connection). */
const ANSWER_WITHIN_MS = 20_000;
const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

interface Operation {
  method: string;
  path: string;
  schema: Schema | null;
  consumes: string[];
}

interface Probe {
  method: string;
  url: string;
  body: FuzzBody | null;
  token: string | null;
}

interface Finding {
  request: string;
  status: number;
  body: string;
}

/** What is wrong with an answer, or null: no 5xx, and a 4xx carries the error body. */
function problemWith(status: number, body: unknown): string | null {
  if (status >= 500) return 'a 5xx';
  if (status < 400) return null;
  if (typeof body !== 'object' || body === null) return 'a 4xx without a JSON body';
  const error = body as Record<string, unknown>;
  if (error.statusCode !== status) return 'statusCode differs from the HTTP status';
  if (typeof error.code !== 'string' || !SCREAMING_SNAKE.test(error.code))
    return 'code is not SCREAMING_SNAKE';
  if (typeof error.message !== 'string' || error.message === '') return 'message is not a string';
  if (error.details !== undefined) {
    if (!Array.isArray(error.details)) return 'details is not an array';
    for (const detail of error.details as unknown[]) {
      const item = detail as Record<string, unknown> | null;
      if (
        typeof item !== 'object' ||
        item === null ||
        typeof item.path !== 'string' ||
        typeof item.code !== 'string' ||
        !SCREAMING_SNAKE.test(item.code) ||
        typeof item.message !== 'string'
      ) {
        return `a detail is not { path, code, message }: ${JSON.stringify(detail).slice(0, 200)}`;
      }
    }
  }
  return null;
}

describe('fuzz: malformed bodies on every write route of the OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  let components: Record<string, Schema>;
  const real: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const plan = await t.api.post<{ id: string }>('/api/plans/import', workedExampleDocument());
    expect(plan.status).toBe(201);
    const planRow = await t.api.get<{ institutionId: string }>(`/api/plans/${plan.body.id}`);
    const user = await t.api.post<MeResponse>('/api/users', {
      email: 'fuzz-target@test.local',
      name: 'Fuzz',
      password: 'Kuzey-Yildizi-Pusula-2026',
    });
    expect(user.status).toBe(201);
    const question = await t.api.post<{ id: string }>(`/api/plans/${plan.body.id}/questions`, {
      subjectType: 'indicator',
      subjectCode: 'PG1.1.1',
      text: 'Park alanı neden hedefin altında?',
    });
    expect(question.status).toBe(201);
    expect((await t.api.post(`/api/plans/${plan.body.id}/periods`, { period: '2026-H1' })).status).toBe(201);
    Object.assign(real, {
      planId: [plan.body.id],
      institutionId: [planRow.body.institutionId],
      userId: [user.body.id],
      questionId: [question.body.id],
      period: ['2026-H1', '2025-H2', '2025'],
      position: ['1'],
      number: ['1'],
    });

    const openApi = await t.anonymous.get<{
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
      >;
      components: { schemas: Record<string, Schema> };
    }>('/api/docs/openapi.json');
    expect(openApi.status).toBe(200);
    components = openApi.body.components.schemas;
    operations = Object.entries(openApi.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => {
          const content = operation.requestBody?.content ?? {};
          return {
            method: method.toUpperCase(),
            path,
            schema: content['application/json']?.schema ?? null,
            consumes: Object.keys(content),
          };
        }),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const resolve = (ref: string): Schema => components[ref.replace('#/components/schemas/', '')] ?? {};

  /** A real value for a path parameter, or junk. */
  function parameter(name: string, path: string, rng: Rng): string {
    const junk = [
      'x',
      '0',
      '-1',
      '00000000-0000-4000-8000-000000000000',
      'not-a-uuid',
      '%00',
      '%zz',
      "'%20OR%201=1",
      '..%2F..%2Fetc',
      encodeURIComponent('şğü🧭'),
      '9'.repeat(30),
      'a'.repeat(150),
    ];
    const codes = path.includes('/units/')
      ? ['PARK', 'ZABITA']
      : path.includes('/aims/')
        ? ['A1']
        : path.includes('/targets/')
          ? ['H1.1', 'H1.2']
          : ['PG1.1.1', 'PG1.1.2'];
    const known = name === 'code' ? codes : real[name];
    return known && rng.chance(0.8) ? encodeURIComponent(rng.pick(known)) : rng.pick(junk);
  }

  function probesOf(operation: Operation, rng: Rng): Probe[] {
    const bodies: FuzzBody[] = operation.consumes.some((type) => type.includes('spreadsheetml'))
      ? uploadCases()
      : [
          ...wholeBodyCases(rng),
          ...(operation.path === '/api/plans/import'
            ? documentCases(
                workedExampleDocument({ institutionName: 'Fuzz Belediyesi' }),
                rng,
                DOCUMENT_MUTATIONS,
              )
            : operation.schema
              ? schemaCases(operation.schema, resolve, rng, PER_FIELD)
              : [{ kind: 'no body', contentType: null, text: '' }]),
        ];
    return bodies.flatMap((body) =>
      [t.api.token, null].map((token) => ({
        method: operation.method,
        url: operation.path.replace(/\{(\w+)\}/g, (_, name: string) => parameter(name, operation.path, rng)),
        body: body.contentType === null && body.text === '' ? null : body,
        token,
      })),
    );
  }

  async function send(probe: Probe): Promise<Finding | null> {
    const headers: Record<string, string> = {};
    if (probe.token) headers.authorization = `Bearer ${probe.token}`;
    if (probe.body?.contentType) headers['content-type'] = probe.body.contentType;
    const request = `${probe.method} ${probe.url.slice(0, 120)} ${probe.token ? 'admin' : 'anonymous'} [${probe.body?.kind ?? 'no body'}, ${probe.body?.contentType ?? 'no content type'}] ${(probe.body?.text ?? '').slice(0, 120)}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${t.baseUrl}${probe.url}`, {
        method: probe.method,
        headers,
        // A body without a content type: bytes, so that fetch adds none of its own.
        body: probe.body ? new TextEncoder().encode(probe.body.text) : undefined,
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      text = await response.text();
    } catch (error) {
      return { request: `${request}: no answer (${String(error)})`, status: 0, body: '' };
    }
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // not JSON: problemWith says so for a 4xx
    }
    const problem = problemWith(response.status, body);
    if (!problem) return null;
    return {
      request: `${request}: ${problem}`,
      status: response.status,
      body: text.slice(0, 300),
    };
  }

  async function run(probes: Probe[]): Promise<Finding[]> {
    const findings: Finding[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < probes.length) {
          const finding = await send(probes[next++]);
          if (finding) findings.push(finding);
        }
      }),
    );
    return findings;
  }

  it('never answers 5xx, and every 4xx has the error body (at least 2,000 requests)', async () => {
    const rng = createRng(SEED);
    expect(operations.length).toBeGreaterThanOrEqual(50);
    // Steps that change the plan's status, then deletions, then signing out: until its phase, every
    // route meets the seeded plan as it was imported.
    const phase = (operation: Operation): number =>
      operation.path === '/api/auth/logout'
        ? 3
        : operation.method === 'DELETE'
          ? 2
          : /\/(lifecycle|publish|unpublish)/.test(operation.path)
            ? 1
            : 0;
    const probes = [0, 1, 2, 3].flatMap((current) =>
      rng.shuffle(
        operations.filter((operation) => phase(operation) === current).flatMap((op) => probesOf(op, rng)),
      ),
    );
    expect(probes.length).toBeGreaterThanOrEqual(2000);
    const findings = await run(probes);
    expect(findings.slice(0, 20)).toEqual([]);
  }, 120_000);
});
