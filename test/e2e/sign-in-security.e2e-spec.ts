import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import { emailDigest } from '../../src/common/log-redaction.js';
import { expectError } from '../support/expect-error.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 9, points 1, 10 and 12: sign-in attempts counted atomically in PostgreSQL per e-mail and
 * client address, a progressive delay across addresses, an unknown e-mail answering exactly like
 * a known one, argon2id hashes (bcrypt rehashed at sign-in) and the password policy. The app
 * trusts X-Forwarded-For, so each test picks its client addresses.
 */
const PASSWORD = 'mavi-bisiklet-42';
jest.setTimeout(60_000);

interface Answer {
  status: number;
  code: string | null;
  message: string | null;
  retryAfter: string | null;
  elapsedMs: number;
}

describe('sign-in security', () => {
  let warnings: string[];

  async function signIn(email: string, password: string, address: string): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as Partial<ErrorBody>;
    return {
      status: response.status,
      code: body.code ?? null,
      message: body.message ?? null,
      retryAfter: response.headers.get('retry-after'),
      elapsedMs: performance.now() - started,
    };
  }

  async function createUser(email: string, password = PASSWORD): Promise<MeResponse> {
    const created = await t.api.post<MeResponse>('/api/users', { email, name: 'Deneme Kişi', password });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function storedFailures(email: string): Promise<number> {
    const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM sign_in_failures WHERE email = $1',
      [email],
    );
    return count;
  }

  const t = useTestApp({ PUSULA_TRUST_PROXY: 'true' });
  beforeEach(() => {
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('checks exactly five of 30 parallel wrong guesses from one address, locks once, and answers an unknown e-mail alike', async () => {
    await createUser('victim@test.local');
    const race = (email: string, address: string) =>
      Promise.all(Array.from({ length: 30 }, (_, index) => signIn(email, `wrong-guess-${index}`, address)));
    const known = await race('victim@test.local', '198.51.100.1');
    const unknown = await race('nobody@test.local', '198.51.100.2');

    const shape = (answers: Answer[]) =>
      answers
        .map((answer) => `${answer.status} ${answer.code} ${answer.message}`)
        .sort()
        .reduce<Record<string, number>>(
          (counts, line) => ({ ...counts, [line]: (counts[line] ?? 0) + 1 }),
          {},
        );
    expect(shape(known)).toEqual({
      '401 INVALID_CREDENTIALS E-posta ya da parola yanlış': 5,
      '423 ACCOUNT_LOCKED Bu adresten bu e-posta ile çok sayıda başarısız giriş: 15 dakika sonra yeniden deneyin': 25,
    });
    // The same statuses, codes, messages and counts whether the e-mail has an account or not.
    expect(shape(unknown)).toEqual(shape(known));
    for (const answer of [...known, ...unknown].filter((item) => item.status === 423)) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(800);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(900);
    }
    // Only five passwords were checked: five failures stored, and the right password is refused too.
    expect(await storedFailures('victim@test.local')).toBe(5);
    expect(await storedFailures('nobody@test.local')).toBe(5);
    const right = await signIn('victim@test.local', PASSWORD, '198.51.100.1');
    expect([right.status, right.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    const unknownAgain = await signIn('nobody@test.local', PASSWORD, '198.51.100.2');
    expect([unknownAgain.status, unknownAgain.code, unknownAgain.message]).toEqual([
      right.status,
      right.code,
      right.message,
    ]);

    // One security line per lock, with the address; one line per failed sign-in, never the password.
    const locks = warnings.filter((line) => line.startsWith('security: sign-in locked'));
    expect(locks).toEqual([
      `security: sign-in locked for e-mail ${emailDigest('victim@test.local')} from 198.51.100.1 for 15 minutes after 5 failed sign-ins`,
      `security: sign-in locked for e-mail ${emailDigest('nobody@test.local')} from 198.51.100.2 for 15 minutes after 5 failed sign-ins`,
    ]);
    const failures = warnings.filter((line) => line.startsWith('security: sign-in failed'));
    expect(
      failures.filter(
        (line) =>
          line ===
          `security: sign-in failed for e-mail ${emailDigest('victim@test.local')} from 198.51.100.1`,
      ),
    ).toHaveLength(5);
    expect(failures).toHaveLength(10);
    expect(warnings.some((line) => line.includes('wrong-guess') || line.includes('@test.local'))).toBe(false);

    // The lock holds for that address only: the owner signs in from another one.
    const elsewhere = await signIn('Victim@Test.local ', PASSWORD, '198.51.100.3');
    expect(elsewhere.status).toBe(200);
  });

  it('starts again after the lock ends, and a success resets the count of an address', async () => {
    await createUser('reset@test.local');
    for (let index = 0; index < 4; index += 1)
      expect((await signIn('reset@test.local', 'wrong-password', '198.51.100.10')).status).toBe(401);
    expect((await signIn('reset@test.local', PASSWORD, '198.51.100.10')).status).toBe(200);
    for (let index = 0; index < 4; index += 1)
      expect((await signIn('reset@test.local', 'wrong-password', '198.51.100.10')).status).toBe(401);
    expect((await signIn('reset@test.local', 'wrong-password', '198.51.100.10')).status).toBe(401);
    const locked = await signIn('reset@test.local', PASSWORD, '198.51.100.10');
    expect([locked.status, locked.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    // Fifteen minutes later (moved back in the database), the right password works again.
    await t.dataSource.query(
      `UPDATE sign_in_attempts SET locked_until = now() - interval '1 second' WHERE email = 'reset@test.local'`,
    );
    expect((await signIn('reset@test.local', PASSWORD, '198.51.100.10')).status).toBe(200);
  });

  it('slows every attempt on an account once 10 failures from many addresses fall within 15 minutes; its owner still signs in from a fresh address', async () => {
    await createUser('target@test.local');
    for (const email of ['target@test.local', 'ghost@test.local']) {
      const wrong = await Promise.all(
        ['203.0.113.1', '203.0.113.2'].flatMap((address) =>
          Array.from({ length: 5 }, () => signIn(email, 'wrong-password', address)),
        ),
      );
      expect(wrong.map((answer) => answer.status)).toEqual(Array(10).fill(401));
    }
    // 10 failures: the next attempt from a third address waits 1 s before its password is checked.
    const third = await signIn('target@test.local', 'wrong-password', '203.0.113.3');
    const ghostThird = await signIn('ghost@test.local', 'wrong-password', '203.0.113.3');
    for (const answer of [third, ghostThird]) {
      expect([answer.status, answer.code]).toEqual([401, 'INVALID_CREDENTIALS']);
      expect(answer.elapsedMs).toBeGreaterThanOrEqual(990);
    }
    // 11 failures: 2 s, a wait and not a refusal; the right password from a fresh address signs in.
    const owner = await signIn('target@test.local', PASSWORD, '203.0.113.4');
    expect(owner.status).toBe(200);
    expect(owner.elapsedMs).toBeGreaterThanOrEqual(1990);
    expect(await storedFailures('target@test.local')).toBe(11);
  });

  it('hashes new passwords with argon2id and replaces a bcrypt hash at the next sign-in', async () => {
    const user = await createUser('hash@test.local');
    const stored = async () =>
      (
        await t.dataSource.query<Array<{ password_hash: string }>>(
          'SELECT password_hash FROM users WHERE id = $1',
          [user.id],
        )
      )[0].password_hash;
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    // An account from before argon2id: its bcrypt hash still signs in, and is replaced.
    await t.dataSource.query('UPDATE users SET password_hash = $1 WHERE id = $2', [
      await bcrypt.hash(PASSWORD, 4),
      user.id,
    ]);
    expect(await stored()).toMatch(/^\$2[ab]\$04\$/);
    expect((await signIn('hash@test.local', 'wrong-password', '192.0.2.50')).status).toBe(401);
    expect(await stored()).toMatch(/^\$2[ab]\$04\$/);
    expect((await signIn('hash@test.local', PASSWORD, '192.0.2.50')).status).toBe(200);
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect((await signIn('hash@test.local', PASSWORD, '192.0.2.50')).status).toBe(200);
  });

  it('refuses weak passwords with 400 PASSWORD_WEAK and why, on account creation and on a change, and writes nothing', async () => {
    const [{ count: before }] = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM users',
    );
    for (const [password, reason, email] of [
      ['aaaaaaaaaa', 'REPEATED', 'ayse.kaya@test.local'],
      ['1234567890', 'SEQUENCE', 'ayse.kaya@test.local'],
      ['galatasaray1905', 'COMMON', 'ayse.kaya@test.local'],
      ['ayse.kaya@test.local', 'EMAIL', 'ayse.kaya@test.local'],
      ['ayşekaya2024', 'NAME', 'ak@test.local'],
    ] as const) {
      const response = await t.api.post<ErrorBody>('/api/users', { email, name: 'Ayşe Kaya', password });
      const body = expectError(response, 400, 'PASSWORD_WEAK');
      expect([password, body.details]).toEqual([
        password,
        [{ path: 'password', code: reason, message: body.message }],
      ]);
    }
    const english = await t.api.post<ErrorBody>('/api/users?lang=en', {
      email: 'ayse.kaya@test.local',
      name: 'Ayşe Kaya',
      password: 'qwertyuiop',
    });
    expect(expectError(english, 400, 'PASSWORD_WEAK').message).toMatch(/simple sequence/);
    const turkish = await t.api.post<ErrorBody>('/api/users', {
      email: 'ayse.kaya@test.local',
      name: 'Ayşe Kaya',
      password: 'qwertyuiop',
    });
    expect(expectError(turkish, 400, 'PASSWORD_WEAK').message).toMatch(/basit bir dizi/);
    const [{ count: after }] = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM users',
    );
    expect(after).toBe(before);

    await createUser('changer@test.local');
    const login = await t.anonymous.post<{ accessToken: string }>('/api/auth/login', {
      email: 'changer@test.local',
      password: PASSWORD,
    });
    const client = t.anonymous.as(login.body.accessToken);
    const reuse = await client.post<ErrorBody>('/api/auth/password?lang=en', {
      currentPassword: PASSWORD,
      newPassword: PASSWORD,
    });
    expect(expectError(reuse, 400, 'PASSWORD_WEAK')).toMatchObject({
      message: 'The new password is the same as the current one.',
      details: [{ path: 'newPassword', code: 'REUSED' }],
    });
    const email = await client.post<ErrorBody>('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'changer@test.local',
    });
    expect(expectError(email, 400, 'PASSWORD_WEAK').details).toMatchObject([
      { path: 'newPassword', code: 'EMAIL' },
    ]);
    // The old password still signs in: nothing was changed.
    expect((await signIn('changer@test.local', PASSWORD, '192.0.2.60')).status).toBe(200);
    const changed = await client.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'yeşil-kalem-çarşı',
    });
    expect(changed.status).toBe(204);
  });
});
