import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { MeResponse } from '../../src/contracts/auth.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { expectError } from '../support/expect-error.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { rawHttp } from '../support/raw-http.js';
import { workedExampleDocument } from '../factories/plan-documents.js';

/** Everything the app logs at error level (its Logger instances, whatever writes the lines). */
const spyOnErrors = () => jest.spyOn(Logger.prototype, 'error');
/** Every warn line of the app's loggers. */
const spyOnWarnings = () => jest.spyOn(Logger.prototype, 'warn');

/** Issue 9, points 6 and 12: nested JSON, the error body of what Node and Fastify answer, Cache-Control, refusals in the log. */
describe('HTTP hardening', () => {
  let t: TestApp;
  let planId: string;
  let errors: ReturnType<typeof spyOnErrors>;

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.api.post<{ id: string }>('/api/plans/import', workedExampleDocument());
    expect(created.status).toBe(201);
    planId = created.body.id;
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    errors = spyOnErrors();
  });
  afterEach(() => {
    errors.mockRestore();
  });

  describe('deeply nested JSON (2,000 levels in 4 KB answered 500 with a stack trace)', () => {
    const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const nestedObject = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

    it.each([2000, 200])(
      '%i levels on anonymous sign-in: 400 JSON_TOO_DEEP, nothing logged as an error',
      async (levels) => {
        const body = `{"email":${nested(levels)},"password":"x"}`;
        if (levels === 2000) expect(body.length).toBeGreaterThan(4000);
        expectError(await t.anonymous.raw('POST', '/api/auth/login', body), 400, 'JSON_TOO_DEEP');
        expectError(
          await t.anonymous.raw('POST', '/api/auth/login', nestedObject(levels)),
          400,
          'JSON_TOO_DEEP',
        );
        expect(errors).not.toHaveBeenCalled();
      },
    );

    it.each([2000, 200])(
      '%i levels on DTO routes and the plan import: 400 JSON_TOO_DEEP, nothing changes',
      async (levels) => {
        const before = await t.countRows();
        for (const [method, path] of [
          ['POST', '/api/users'],
          ['POST', '/api/institutions'],
          ['PATCH', `/api/plans/${planId}`],
          ['PUT', `/api/plans/${planId}/indicators/PG1.1.1/values/2025`],
          ['POST', '/api/plans/import'],
        ] as const) {
          const answer = await t.api.raw(method, path, `{"name":${nested(levels)}}`);
          expectError(answer, 400, 'JSON_TOO_DEEP');
        }
        expect(await t.countRows()).toEqual(before);
        expect(errors).not.toHaveBeenCalled();
      },
    );

    it('the limit is 32 levels: 32 reach validation, 33 do not', async () => {
      const at = (levels: number): string => `{"name":${nested(levels - 1)}}`;
      expectError(await t.api.raw('POST', '/api/institutions', at(32)), 400, 'VALIDATION_FAILED');
      expectError(await t.api.raw('POST', '/api/institutions', at(33)), 400, 'JSON_TOO_DEEP');
    });

    it("keeps Fastify's protection against prototype poisoning", async () => {
      const before = await t.countRows();
      for (const body of [
        '{"__proto__":{"isSuperadmin":true},"email":"p@test.local","name":"P","password":"Kuzey-Yildizi-2026"}',
        '{"constructor":{"prototype":{"isSuperadmin":true}},"name":"Poison"}',
      ]) {
        expectError(await t.api.raw('POST', '/api/users', body), 400, 'MALFORMED_JSON');
      }
      expect(await t.countRows()).toEqual(before);
    });
  });

  it('text that is not Unicode (an unpaired surrogate) in a DTO field: 400 VALIDATION_FAILED at the field, not 500', async () => {
    const before = await t.countRows();
    const answer = await t.api.raw(
      'POST',
      '/api/users',
      '{"email":"\\ud800@test.local","name":"Yarım\\udfff","password":"Kuzey-Yildizi-Pusula-2026"}',
    );
    const body = expectError(answer, 400, 'VALIDATION_FAILED');
    expect(body.details).toEqual([
      { path: 'email', code: 'INVALID_TYPE', message: expect.stringContaining('eşi olmayan vekil karakter') },
      { path: 'name', code: 'INVALID_TYPE', message: expect.stringContaining('eşi olmayan vekil karakter') },
    ]);
    expect(await t.countRows()).toEqual(before);
    expect(errors).not.toHaveBeenCalled();
  });

  describe('bodies that are not JSON (text/plain answered a misleading VALIDATION_FAILED)', () => {
    it.each([
      ['text/plain', '{"name":"Metin Belediyesi"}'],
      ['application/x-www-form-urlencoded', 'name=Form+Belediyesi'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nX\r\n--x--\r\n',
      ],
      ['application/xml', '<name>X</name>'],
      [XLSX_CONTENT_TYPE, 'PK\u0003\u0004 not a route that takes workbooks'],
    ])('%s on a JSON route: 415 UNSUPPORTED_MEDIA_TYPE', async (contentType, body) => {
      const before = await t.countRows();
      const answer = expectError(
        await t.api.raw('POST', '/api/institutions', body, contentType),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expect(answer.message).toContain('application/json');
      expect(await t.countRows()).toEqual(before);
    });

    it('an .xlsx body still reaches the workbook upload routes, and JSON with a charset any route', async () => {
      const upload = await t.api.raw(
        'PUT',
        `/api/plans/${planId}/target-cards`,
        'PK not a zip',
        XLSX_CONTENT_TYPE,
      );
      expectError(upload, 400, 'UPLOAD_CORRUPT');
      const json = await t.api.raw(
        'POST',
        '/api/institutions',
        JSON.stringify({ name: 'Karakter Kümesi Belediyesi', kind: 'belediye' }),
        'application/json; charset=utf-8',
      );
      expect(json.status).toBe(201);
    });
  });

  describe('what Node and the router answer before the app, over a raw socket', () => {
    it('headers over 16 KiB: 431 HEADERS_TOO_LARGE in the error body', async () => {
      const answer = await rawHttp(t.baseUrl, (socket) =>
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      expect(answer).toMatchObject({
        status: 431,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: { statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(/\S/) as unknown },
      });
    });

    it('a URL over 16 KiB: 431 HEADERS_TOO_LARGE (the request line counts)', async () => {
      const answer = await rawHttp(t.baseUrl, (socket) =>
        socket.write(`GET /api/health?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`),
      );
      expect(answer).toMatchObject({ status: 431, body: { statusCode: 431, code: 'HEADERS_TOO_LARGE' } });
    });

    it('a path segment over 100 characters: 414 URI_TOO_LONG in the error body', async () => {
      const answer = await rawHttp(t.baseUrl, (socket) =>
        socket.write(
          `GET /api/plans/${'a'.repeat(150)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
        ),
      );
      expect(answer).toMatchObject({
        status: 414,
        body: { statusCode: 414, code: 'URI_TOO_LONG', message: expect.stringMatching(/\S/) as unknown },
      });
      expect(Object.keys(answer.body as object).sort()).toEqual(['code', 'message', 'statusCode']);
    });

    it('a broken percent-encoding: 400 BAD_URL; not HTTP at all: 400 BAD_REQUEST', async () => {
      expectError(await t.api.get('/api/plans/%zz'), 400, 'BAD_URL');
      const garbage = await rawHttp(t.baseUrl, (socket) => socket.write('HELLO THERE\r\n\r\n'));
      expect(garbage).toMatchObject({ status: 400, body: { statusCode: 400, code: 'BAD_REQUEST' } });
    });
  });

  describe('Cache-Control', () => {
    it('no-store on every signed-in answer, errors and the sign-in token included', async () => {
      const login = await t.anonymous.post('/api/auth/login', TEST_ADMIN);
      expect(login.headers.get('cache-control')).toBe('no-store');
      for (const path of [
        '/api/auth/me',
        `/api/plans/${planId}`,
        `/api/plans/${planId}/progress?period=2025`,
        '/api/plans/00000000-0000-4000-8000-000000000000',
      ]) {
        const answer = await t.api.get(path);
        expect({ path, cacheControl: answer.headers.get('cache-control') }).toEqual({
          path,
          cacheControl: 'no-store',
        });
      }
      expect((await t.anonymous.get('/api/plans')).headers.get('cache-control')).toBe('no-store');
    });

    it('no-store on report and workbook downloads', async () => {
      for (const path of [
        `/api/plans/${planId}/reports/target-cards.xlsx`,
        `/api/plans/${planId}/reports/plan.xlsx`,
        `/api/plans/${planId}/reports/evaluation.xlsx?period=2025`,
      ]) {
        const response = await fetch(`${t.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${t.api.token}` },
        });
        await response.arrayBuffer();
        expect({
          path,
          status: response.status,
          cacheControl: response.headers.get('cache-control'),
        }).toEqual({
          path,
          status: 200,
          cacheControl: 'no-store',
        });
      }
    });

    it('leaves the public transparency API and the API docs as they were', async () => {
      const published = await t.api.post(`/api/plans/${planId}/publish`);
      expect(published.status).toBe(200);
      for (const path of ['/api/public/plans', `/api/public/plans/${planId}`, '/api/docs/openapi.json']) {
        const answer = await t.anonymous.get(path);
        expect({ path, status: answer.status, cacheControl: answer.headers.get('cache-control') }).toEqual({
          path,
          status: 200,
          cacheControl: null,
        });
      }
    });
  });

  describe('401 and 403 in the log', () => {
    let warnings: ReturnType<typeof spyOnWarnings>;
    beforeEach(() => {
      warnings = spyOnWarnings();
    });
    afterEach(() => {
      warnings.mockRestore();
    });
    const lines = (): string[] => warnings.mock.calls.map((call: unknown[]) => String(call[0]));

    it('one warn line per 401 with method, path, client address and no user', async () => {
      expect((await t.anonymous.get('/api/plans?secret=1')).status).toBe(401);
      expect(lines()).toEqual(['401 UNAUTHORIZED GET /api/plans from 127.0.0.1 user -']);
    });

    it('one warn line per 403 with the signed-in user', async () => {
      const password = 'Kuzey-Yildizi-Pusula-2026';
      const created = await t.api.post<MeResponse>('/api/users', {
        email: 'no-role@test.local',
        name: 'Yetkisiz',
        password,
      });
      expect(created.status).toBe(201);
      const user = await t.login('no-role@test.local', password);
      warnings.mockClear();
      expectError(
        await user.post('/api/institutions', { name: 'Yetkisiz Kurum', kind: 'belediye' }),
        403,
        'FORBIDDEN',
      );
      expect(lines()).toEqual([
        `403 FORBIDDEN POST /api/institutions from 127.0.0.1 user ${created.body.id}`,
      ]);
    });

    it('a CSRF refusal is a logged 403 too', async () => {
      const response = await fetch(`${t.baseUrl}/api/institutions`, {
        method: 'POST',
        headers: {
          cookie: `pusula_session=${t.api.token}`,
          origin: 'https://evil.example',
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(response.status).toBe(403);
      expect(lines()).toEqual(['403 CSRF_ORIGIN POST /api/institutions from 127.0.0.1 user -']);
    });
  });
});
