import { beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { emailDigest } from '../../src/common/log-redaction.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 17, point 7: the app's own structured log, read back as the JSON lines it writes. Every
 * line written while a request runs carries the request's id (the one answered in X-Request-Id),
 * and no line holds an e-mail address, a password, a session token or a cookie.
 */
interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  context?: string;
  url?: string;
  route?: string;
  status?: number;
  [key: string]: unknown;
}

const written: string[] = [];
const destination = { write: (chunk: string) => void written.push(chunk) };

const t = useTestApp({ LOG_LEVEL: 'log', PUSULA_TRUST_PROXY: 'true' }, { logDestination: destination });

const lines = (): LogLine[] =>
  written
    .join('')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LogLine);

const USER = {
  email: 'Gunluk.Kayit@logging.test',
  name: 'Günlük Kayıt',
  password: 'günlük kaydı parolası 7',
};

async function signIn(
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.70', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

describe('structured logs', () => {
  beforeEach(() => {
    written.length = 0;
  });

  it('writes a sign-in as JSON lines that all carry its request id and name no e-mail, password or token', async () => {
    const created = await t.api.post<{ id: string }>('/api/users', USER);
    expect(created.status).toBe(201);
    const failed = await signIn(USER.email, 'yanlış bir parola 123', { 'x-request-id': 'lb-4f2a9c' });
    expect(failed.status).toBe(401);
    expect(failed.headers.get('x-request-id')).toBe('lb-4f2a9c');
    const signedIn = await signIn(USER.email, USER.password);
    expect(signedIn.status).toBe(200);
    const { accessToken } = (await signedIn.json()) as { accessToken: string };
    const signInId = signedIn.headers.get('x-request-id') as string;
    // No id given: a new UUID.
    expect(signInId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const all = lines();
    for (const line of all) {
      expect(typeof line.time).toBe('string');
      expect(typeof line.level).toBe('string');
    }
    // The failed sign-in: the service's security line, the refusal and the request line, all
    // under the id the balancer gave.
    const failedLines = all.filter((line) => line.reqId === 'lb-4f2a9c');
    expect(failedLines.map((line) => line.msg)).toEqual([
      `security: sign-in failed for e-mail ${emailDigest(USER.email)} from 198.51.100.70`,
      '401 INVALID_CREDENTIALS POST /api/auth/login from 198.51.100.70 user -',
      'request completed',
    ]);
    expect(failedLines[0]).toMatchObject({ level: 'warn', context: 'Auth' });
    expect(failedLines[1]).toMatchObject({ level: 'warn', context: 'AppExceptionFilter' });
    expect(failedLines[2]).toMatchObject({
      level: 'info',
      method: 'POST',
      url: '/api/auth/login',
      route: '/api/auth/login',
      status: 401,
      address: '198.51.100.70',
    });
    const successLines = all.filter((line) => line.reqId === signInId);
    expect(successLines).toEqual([expect.objectContaining({ msg: 'request completed', status: 200 })]);
    // Every line of a request names its request; nothing names the user or their secrets.
    const requestLines = all.filter((line) => line.msg === 'request completed');
    expect(requestLines).toHaveLength(3);
    expect(requestLines.every((line) => typeof line.reqId === 'string')).toBe(true);
    const text = written.join('');
    for (const secret of [
      USER.email,
      USER.email.toLowerCase(),
      USER.name,
      USER.password,
      'yanlış bir parola 123',
      accessToken,
      accessToken.split('.')[1],
      TEST_ADMIN.email,
    ])
      expect(text).not.toContain(secret);
  });

  it('logs a request carrying the session cookie and a feed token without either', async () => {
    const token = (await t.login(TEST_ADMIN.email, TEST_ADMIN.password)).token as string;
    expect(typeof token).toBe('string');
    written.length = 0;
    const me = await fetch(`${t.baseUrl}/api/auth/me`, {
      headers: { cookie: `pusula_session=${token}`, 'x-request-id': 'cerez istegi {"x":1}' },
    });
    expect(me.status).toBe(200);
    // A request id that is not a plain token is replaced, not echoed into the log.
    const meId = me.headers.get('x-request-id') as string;
    expect(meId).toMatch(/^[0-9a-f-]{36}$/);
    const feedToken = `feed-${randomUUID()}`;
    const feed = await fetch(
      `${t.baseUrl}/api/institutions/${randomUUID()}/calendar.ics?token=${feedToken}&lang=en`,
    );
    expect(feed.status).toBe(404);

    const all = lines();
    expect(all.find((line) => line.reqId === meId)).toMatchObject({
      msg: 'request completed',
      url: '/api/auth/me',
      route: '/api/auth/me',
      status: 200,
    });
    const feedLine = all.find((line) => line.reqId === feed.headers.get('x-request-id'));
    expect(feedLine).toMatchObject({
      msg: 'request completed',
      url: expect.stringMatching(/\/calendar\.ics\?token=\[redacted\]&lang=en$/) as unknown,
      route: '/api/institutions/:institutionId/calendar.ics',
      status: 404,
    });
    const text = written.join('');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[1]);
    expect(text).not.toContain(feedToken);
    expect(text).not.toContain('cerez istegi');
  });
});
