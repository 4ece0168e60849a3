import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { workedExampleDocument } from '../factories/plan-documents.js';

/**
 * Issue 9, point 4: with only an administrator's session cookie, a form on another site created
 * a user. Every request here carries that cookie, as a browser would; the answers and the rows
 * of `users` show what got through.
 */

const EVIL = 'https://evil.example';
/** A password no password policy refuses, so these tests stay about CSRF. */
const PASSWORD = 'Kuzey-Yıldızı-Pusula-2026';

interface Answer {
  status: number;
  body: unknown;
}

/** A request as a browser sends it: the session cookie, and whatever headers the page context adds. */
async function browserRequest(
  baseUrl: string,
  method: string,
  path: string,
  init: { cookie?: string; headers?: Record<string, string>; body?: BodyInit },
): Promise<Answer> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.cookie) headers.cookie = init.cookie;
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: init.body });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, body: json && text ? (JSON.parse(text) as unknown) : text };
}

function expectRefused(answer: Answer, status: number, code: string): void {
  expect(answer).toMatchObject({
    status,
    body: { statusCode: status, code, message: expect.stringMatching(/\S/) as unknown },
  });
}

function userFields(email: string): Record<string, string> {
  return { email, name: 'Sahte Yönetici', password: PASSWORD };
}

describe('cross-site requests with the session cookie (CSRF)', () => {
  let t: TestApp;
  let cookie: string;

  const userCount = async (): Promise<number> =>
    (await t.dataSource.query<Array<{ count: number }>>('SELECT count(*)::int AS count FROM users'))[0].count;

  beforeAll(async () => {
    t = await createTestApp();
    // The cookie exactly as the server sets it at sign-in.
    const login = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^pusula_session=[^;]+;.*SameSite=Strict/i);
    cookie = setCookie.split(';')[0];
  });
  afterAll(async () => {
    await t.close();
  });

  describe("the red team's form post: another site's page, the admin's cookie", () => {
    type FormBody = () => { body: BodyInit; headers: Record<string, string> };

    /** Posts the form to /api/users with the admin's cookie and `headers` besides the form's own. */
    const postForm = (body: FormBody, headers: Record<string, string>): Promise<Answer> => {
      const form = body();
      return browserRequest(t.baseUrl, 'POST', '/api/users', {
        cookie,
        body: form.body,
        headers: { ...form.headers, ...headers },
      });
    };

    const forms: Array<{ name: string; body: FormBody }> = [
      {
        name: 'application/x-www-form-urlencoded',
        body: () => ({
          body: new URLSearchParams(userFields('form@evil.example')).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      },
      {
        name: 'multipart/form-data',
        body: () => {
          const form = new FormData();
          for (const [name, value] of Object.entries(userFields('multipart@evil.example')))
            form.set(name, value);
          return { body: form, headers: {} };
        },
      },
      {
        name: 'text/plain (a JSON text sent by a form with enctype=text/plain)',
        body: () => ({
          body: `${JSON.stringify(userFields('text@evil.example')).slice(0, -1)},"x":"=1"}`,
          headers: { 'content-type': 'text/plain' },
        }),
      },
    ];

    it.each(forms)('$name: 403 CSRF_ORIGIN from Origin alone, and nothing is created', async ({ body }) => {
      const before = await userCount();
      const answer = await postForm(body, { origin: EVIL });
      expectRefused(answer, 403, 'CSRF_ORIGIN');
      expect((answer.body as ErrorBody).message).toContain(EVIL);
      expect(await userCount()).toBe(before);
    });

    it.each(forms)(
      '$name: 403 CSRF_ORIGIN when the browser also says Sec-Fetch-Site: cross-site',
      async ({ body }) => {
        const before = await userCount();
        const answer = await postForm(body, { origin: EVIL, 'sec-fetch-site': 'cross-site' });
        expectRefused(answer, 403, 'CSRF_ORIGIN');
        expect(await userCount()).toBe(before);
      },
    );

    it.each(forms)('$name: 415 UNSUPPORTED_MEDIA_TYPE even from the own origin', async ({ body }) => {
      const before = await userCount();
      const answer = await postForm(body, { origin: t.baseUrl, 'sec-fetch-site': 'same-origin' });
      expectRefused(answer, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(await userCount()).toBe(before);
    });

    it('a JSON post from another site (were CORS to let it through): 403, from Origin or from Referer', async () => {
      const before = await userCount();
      const json = JSON.stringify(userFields('json@evil.example'));
      const attempts: Array<Record<string, string>> = [
        { origin: EVIL },
        { origin: 'null' },
        { 'sec-fetch-site': 'same-site', origin: 'https://evil.localhost' },
        { referer: `${EVIL}/form.html` },
        // X-Forwarded-Host counts only from a proxy PUSULA_TRUST_PROXY trusts (none here).
        { origin: 'https://pusula.example.gov.tr', 'x-forwarded-host': 'pusula.example.gov.tr' },
      ];
      for (const headers of attempts) {
        const answer = await browserRequest(t.baseUrl, 'POST', '/api/users', {
          cookie,
          body: json,
          headers: { 'content-type': 'application/json', ...headers },
        });
        expectRefused(answer, 403, 'CSRF_ORIGIN');
      }
      expect(await userCount()).toBe(before);
    });

    it('PUT, PATCH and DELETE with the cookie from another site: 403, nothing changes', async () => {
      const plan = await t.api.post<{ id: string }>('/api/plans/import', workedExampleDocument());
      expect(plan.status).toBe(201);
      const before = await t.countRows();
      const headers = { 'content-type': 'application/json', origin: EVIL };
      for (const [method, path, body] of [
        ['PATCH', `/api/plans/${plan.body.id}`, JSON.stringify({ mission: 'Ele geçirildi' })],
        ['DELETE', `/api/plans/${plan.body.id}`, undefined],
        ['PUT', `/api/plans/${plan.body.id}/indicators/PG1.1.1/values/2025`, JSON.stringify({ value: 1 })],
      ] as const) {
        const answer = await browserRequest(t.baseUrl, method, path, { cookie, body, headers });
        expectRefused(answer, 403, 'CSRF_ORIGIN');
      }
      expect(await t.countRows()).toEqual(before);
    });
  });

  describe('what keeps working', () => {
    it("the app's own pages with the cookie: Origin of the server, or Sec-Fetch-Site: same-origin", async () => {
      const before = await userCount();
      for (const [email, headers] of [
        ['own-origin@test.local', { origin: t.baseUrl }],
        ['same-origin@test.local', { 'sec-fetch-site': 'same-origin' }],
        ['both@test.local', { origin: t.baseUrl, 'sec-fetch-site': 'same-origin' }],
        ['referer@test.local', { referer: `${t.baseUrl}/#/users` }],
      ] as const) {
        const answer = await browserRequest(t.baseUrl, 'POST', '/api/users', {
          cookie,
          body: JSON.stringify(userFields(email)),
          headers: { 'content-type': 'application/json', ...headers },
        });
        expect(answer).toMatchObject({ status: 201, body: { email } });
      }
      expect(await userCount()).toBe(before + 4);
    });

    it('a body-less POST (publishing a plan) with the cookie from the own origin, and with a Bearer token', async () => {
      const plan = await t.api.post<{ id: string }>(
        '/api/plans/import',
        workedExampleDocument({ institutionName: 'Gövdesiz İstek Belediyesi' }),
      );
      expect(plan.status).toBe(201);
      const published = await browserRequest(t.baseUrl, 'POST', `/api/plans/${plan.body.id}/publish`, {
        cookie,
        headers: { origin: t.baseUrl },
      });
      expect(published).toMatchObject({ status: 200, body: { id: plan.body.id } });
      const unpublished = await t.api.post(`/api/plans/${plan.body.id}/unpublish`);
      expect(unpublished.status).toBe(200);
    });

    it('a client without Origin, Sec-Fetch-Site or Referer (no browser sends a cross-site request so)', async () => {
      const answer = await browserRequest(t.baseUrl, 'POST', '/api/users', {
        cookie,
        body: JSON.stringify(userFields('program@test.local')),
        headers: { 'content-type': 'application/json' },
      });
      expect(answer).toMatchObject({ status: 201, body: { email: 'program@test.local' } });
    });

    it('Bearer requests are not checked, even with a foreign Origin; the media type still is', async () => {
      const headers = {
        authorization: `Bearer ${t.api.token}`,
        origin: EVIL,
        'sec-fetch-site': 'cross-site',
      };
      const created = await browserRequest(t.baseUrl, 'POST', '/api/users', {
        cookie,
        body: JSON.stringify(userFields('bearer@test.local')),
        headers: { ...headers, 'content-type': 'application/json' },
      });
      expect(created).toMatchObject({ status: 201, body: { email: 'bearer@test.local' } });
      const form = await browserRequest(t.baseUrl, 'POST', '/api/users', {
        body: new URLSearchParams(userFields('bearer-form@test.local')).toString(),
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectRefused(form, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('a request without the cookie (signing in from another page) is not an origin question', async () => {
      const answer = await browserRequest(t.baseUrl, 'POST', '/api/auth/login', {
        body: JSON.stringify(TEST_ADMIN),
        headers: { 'content-type': 'application/json', origin: EVIL },
      });
      expect(answer.status).toBe(200);
    });
  });
});

describe('CSRF behind a trusted reverse proxy, with a trusted CORS origin', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp({
      PUSULA_TRUST_PROXY: 'true',
      PUSULA_CORS_ORIGINS: 'https://panel.example.gov.tr',
    });
    cookie = `pusula_session=${t.api.token}`;
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (email: string, headers: Record<string, string>): Promise<Answer> =>
    browserRequest(t.baseUrl, 'POST', '/api/users', {
      cookie,
      body: JSON.stringify(userFields(email)),
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('takes the public host from X-Forwarded-Host of the trusted proxy', async () => {
    const answer = await post('proxied@test.local', {
      origin: 'https://pusula.example.gov.tr',
      'x-forwarded-host': 'pusula.example.gov.tr',
    });
    expect(answer).toMatchObject({ status: 201 });
    expectRefused(
      await post('spoofed@test.local', { origin: EVIL, 'x-forwarded-host': 'pusula.example.gov.tr' }),
      403,
      'CSRF_ORIGIN',
    );
  });

  it('accepts an origin of PUSULA_CORS_ORIGINS, also when the browser says cross-site', async () => {
    const answer = await post('panel@test.local', {
      origin: 'https://panel.example.gov.tr',
      'sec-fetch-site': 'cross-site',
    });
    expect(answer).toMatchObject({ status: 201 });
  });
});
