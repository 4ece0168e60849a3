import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanVersionResponse } from '../../src/contracts/plan-versions.js';
import type { QuestionResponse } from '../../src/contracts/questions.js';
import { migrationStatements } from '../../src/database/migrations/recorded-sql.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { ok, importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The harness itself. `countRows()`, which many tests compare around a refused write to prove it
 * changed nothing: it must count every table the migrations create, found in the database, so a
 * refused write that still added a row anywhere (a question, a plan version, an audit entry)
 * would make those tests fail.
 */

/** Every table a migration creates, read from the SQL the migrations send. */
async function tablesCreatedByMigrations(): Promise<string[]> {
  const names = new Set<string>();
  for (const { up } of await migrationStatements())
    for (const statement of up)
      for (const match of statement.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g))
        names.add(match[1]);
  return [...names].sort();
}

const t = useTestApp();

describe('createTestApp', () => {
  it('hashes passwords at the cheap test cost (1 MiB, one pass), so signing in costs milliseconds', async () => {
    const [admin] = await t.ownerQuery<{ hash: string }>(
      'SELECT password_hash AS hash FROM users WHERE email = $1',
      [TEST_ADMIN.email],
    );
    expect(admin.hash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,/);
  });
});

describe('countRows()', () => {
  it('counts every table of the migrations and the migrations table, and nothing else', async () => {
    const created = await tablesCreatedByMigrations();
    // A parse that found nothing would make the comparison below pass for too small a count.
    expect(created).toEqual(expect.arrayContaining(['plans', 'questions', 'plan_versions', 'audit_log']));
    expect(Object.keys(await t.countRows()).sort()).toEqual([...created, 'migrations'].sort());
  });

  it('counts a table added after the migrations without being told about it', async () => {
    await t.ownerQuery('CREATE TABLE count_rows_probe (id int)');
    try {
      await t.ownerQuery('INSERT INTO count_rows_probe VALUES (1), (2)');
      expect(await t.countRows()).toMatchObject({ count_rows_probe: 2 });
    } finally {
      await t.ownerQuery('DROP TABLE count_rows_probe');
    }
    expect(await t.countRows()).not.toHaveProperty('count_rows_probe');
  });

  describe('around writes on an imported plan', () => {
    let plan: string;

    beforeAll(async () => {
      ({ plan } = await importExample(t.api, { institutionName: 'Sayım Belediyesi' }));
    });

    it('notices an added question: its table, and the audit entry that records it', async () => {
      const before = await t.countRows();
      await ok(
        t.api.post<QuestionResponse>(`${plan}/questions`, {
          subjectType: 'indicator',
          subjectCode: 'PG1.1.1',
          text: 'Park alanı ölçümü nasıl yapıldı?',
        }),
        201,
      );
      const after = await t.countRows();
      expect(after).not.toEqual(before);
      expect(after.questions).toBe(before.questions + 1);
      expect(after.audit_log).toBeGreaterThan(before.audit_log);
    });

    it('notices an added plan version', async () => {
      const before = await t.countRows();
      await ok(
        t.api.post<PlanVersionResponse>(`${plan}/updates`, {
          effectiveYear: 2027,
          reason: 'Sayım denemesi için güncelleme',
          targets: { 'PG1.1.1': { '2027': 150000 } },
        }),
        201,
      );
      const after = await t.countRows();
      expect(after).not.toEqual(before);
      expect(after.plan_versions).toBe(before.plan_versions + 1);
    });

    it('stays the same in every table around refused writes of a question and of a plan version', async () => {
      const before = await t.countRows();
      expectError(
        await t.api.post(`${plan}/questions`, {
          subjectType: 'indicator',
          subjectCode: 'PG9.9.9',
          text: 'Yok',
        }),
        400,
        'UNKNOWN_SUBJECT',
      );
      // One update already waits for a decision.
      expectError(
        await t.api.post(`${plan}/updates`, {
          effectiveYear: 2028,
          reason: 'İkinci öneri',
          targets: { 'PG1.2.1': { '2028': 95 } },
        }),
        409,
        'UPDATE_PENDING',
      );
      expect(await t.countRows()).toEqual(before);
    });
  });
});
