import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import type { AuditVerifyResponse } from '../../src/contracts/audit.js';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { requestContext } from '../../src/common/request-context.js';
import { setActor } from '../../src/database/actor.js';
import { prepareDatabase, SINGLE_ROLE_WARNING } from '../../src/database/runtime-role.js';
import { parseToken } from '../../src/modules/auth/session-token.js';
import {
  CHAIN_START,
  checkChainEnd,
  checkChainRows,
  GENESIS_HASH,
  type ChainRow,
} from '../../src/modules/audit/audit-chain.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, TEST_ADMIN } from '../support/create-test-app.js';
import { asSuperuser, chainHead, migratedBefore } from '../support/audit-database.js';
import { expectDeniedUnchanged, expectError } from '../support/expect-error.js';
import { createTestDatabase, withClient } from '../support/test-database.js';
import { importPlan as importPlanDocument, type ImportedPlan } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 9, point 7: the audit trail against the app's own database role. The app runs as a login
 * role that owns nothing (the test harness creates one per database, as production configures
 * DATABASE_URL beside DATABASE_MIGRATION_URL); everything that role might try on the trail fails
 * and writes nothing. Every committed entry joins a hash chain (sealed by audit_seal_pending(),
 * which the app runs periodically and before each check), and GET /api/audit/verify finds an edit,
 * a removal or an unchained entry made by a superuser.
 */

let serial = 0;
const PASSWORD = 'denetim-zinciri-parolasi';

const t = useTestApp();

function importPlan(): Promise<ImportedPlan> {
  serial += 1;
  return importPlanDocument(t.api, workedExampleDocument({ institutionName: `Zincir Belediyesi ${serial}` }));
}

/**
 * What an attack must leave as it was: the trail, its chain head and the aims' titles. Sealed
 * first, so the app's periodic sealing cannot move the head between two readings.
 */
async function trailState(): Promise<unknown> {
  await sealPending();
  return t.ownerQuery(
    `SELECT (SELECT count(*)::int FROM audit_log) AS entries,
            (SELECT seq FROM audit_chain_head) AS head,
            (SELECT count(*)::int FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'O') AS triggers,
            (SELECT string_agg(title, '|' ORDER BY id) FROM aims) AS aims`,
  );
}

/** What the app's periodic sealing does, at once. */
async function sealPending(): Promise<void> {
  await t.ownerQuery('SELECT audit_seal_pending()');
}

async function verify(): Promise<AuditVerifyResponse> {
  const response = await t.api.get<AuditVerifyResponse>('/api/audit/verify');
  expect(response.status).toBe(200);
  return response.body;
}

/** The admin's session as the auth guard puts it in the request context. */
function adminSession(): { sessionId: string; secret: string } {
  const session = parseToken(t.api.token as string);
  if (!session) throw new Error('the test admin has no token');
  return session;
}

describe('the app runs as a role that owns nothing', () => {
  it('runs as the per-database runtime role, which owns no table, function or schema, and is named in each entry', async () => {
    expect(t.runtimeRole).toMatch(/^pusula_test_app_/);
    const [owned] = await t.ownerQuery<{ tables: number; functions: number; schemas: number }>(
      `SELECT (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS tables,
              (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS functions,
              (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS schemas
         FROM pg_roles r WHERE r.rolname = $1`,
      [t.runtimeRole],
    );
    expect(owned).toEqual({ tables: 0, functions: 0, schemas: 0 });
    const { planId } = await importPlan();
    const users = await t.dataSource.query<Array<{ db_user: string }>>(
      'SELECT DISTINCT db_user FROM audit_log WHERE plan_id = $1',
      [planId],
    );
    expect(users).toEqual([{ db_user: t.runtimeRole }]);
  });
});

describe('what the runtime role cannot do to the trail', () => {
  beforeAll(async () => {
    await importPlan();
  });

  it.each([
    [
      'ALTER TABLE audit_log DISABLE TRIGGER',
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only',
      'must be owner of table audit_log',
    ],
    [
      'disabling an audited table’s trigger',
      'ALTER TABLE indicator_values DISABLE TRIGGER indicator_values_audit',
      'must be owner of table indicator_values',
    ],
    [
      'DROP TRIGGER on audit_log',
      'DROP TRIGGER audit_log_append_only ON audit_log',
      'must be owner of relation audit_log',
    ],
    [
      'DROP TRIGGER on an audited table',
      'DROP TRIGGER plans_audit ON plans',
      'must be owner of relation plans',
    ],
    ['DROP TABLE audit_log', 'DROP TABLE audit_log', 'must be owner of table audit_log'],
    [
      'DROP FUNCTION audit_row_change',
      'DROP FUNCTION audit_row_change()',
      'must be owner of function audit_row_change',
    ],
    [
      'ALTER TABLE audit_log OWNER',
      `ALTER TABLE audit_log OWNER TO CURRENT_USER`,
      'must be owner of table audit_log',
    ],
    [
      'replacing the actor check',
      `CREATE OR REPLACE FUNCTION audit_actor(OUT actor_id uuid, OUT actor_email text, OUT reason text) LANGUAGE sql AS $$ SELECT NULL::uuid, NULL::text, NULL::text $$`,
      'permission denied for schema',
    ],
    ['a table of its own', 'CREATE TABLE shadow (id integer)', 'permission denied for schema'],
    ['TRUNCATE audit_log', 'TRUNCATE audit_log', 'permission denied for table audit_log'],
    [
      'TRUNCATE of an audited table',
      'TRUNCATE indicator_values',
      'permission denied for table indicator_values',
    ],
    [
      'a forged INSERT INTO audit_log',
      `INSERT INTO audit_log (entity, entity_id, action, actor_email) VALUES ('plan', 'x', 'insert', 'admin@test.local')`,
      'permission denied for table audit_log',
    ],
    ['UPDATE of audit rows', `UPDATE audit_log SET reason = 'x'`, 'permission denied for table audit_log'],
    ['DELETE of audit rows', 'DELETE FROM audit_log', 'permission denied for table audit_log'],
    [
      'moving the chain head',
      'UPDATE audit_chain_head SET seq = 0',
      'permission denied for table audit_chain_head',
    ],
    ['reading the seal key', 'SELECT key FROM audit_seal_key', 'permission denied for table audit_seal_key'],
    [
      'switching triggers off for the session',
      'SET session_replication_role = replica',
      'permission denied to set parameter "session_replication_role"',
    ],
  ])('refuses %s (42501) and writes nothing', async (_label, sql, message) => {
    await expectDeniedUnchanged(() => t.dataSource.query(sql), message, trailState);
  });

  it('refuses a write after set_config names an actor (42501), and writes nothing', async () => {
    const { planId } = await importPlan();
    const admin = await t.api.get<MeResponse>('/api/auth/me');
    await expectDeniedUnchanged(
      () =>
        t.dataSource.transaction(async (manager) => {
          await manager.query(
            `SELECT set_config('pusula.actor_id', $1, true), set_config('pusula.actor_email', $2, true),
                  set_config('pusula.reason', 'Meclis kararı', true)`,
            [admin.body.id, admin.body.email],
          );
          await manager.query(`UPDATE aims SET title = 'Sahte başlık' WHERE plan_id = $1`, [planId]);
        }),
      'audit actor not verified',
      trailState,
    );
    // Inserts are checked too (the statement-level trigger).
    await expectDeniedUnchanged(
      () =>
        t.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('pusula.actor_id', $1, true)`, [admin.body.id]);
          await manager.query(
            `INSERT INTO core_values (institution_id, plan_id, position, title)
           SELECT institution_id, id, 99, 'Sahte değer' FROM plans WHERE id = $1`,
            [planId],
          );
        }),
      'audit actor not verified',
      trailState,
    );
  });

  it('refuses a seal copied from another transaction, even with the same actor', async () => {
    const { planId } = await importPlan();
    const { sessionId, secret } = adminSession();
    const settings = await t.dataSource.transaction(async (manager) => {
      await manager.query('SELECT audit_set_actor($1, $2, $3)', [sessionId, secret, 'gerçek']);
      const [row] = await manager.query<Array<Record<string, string>>>(
        `SELECT current_setting('pusula.actor_id') AS id, current_setting('pusula.actor_email') AS email,
                current_setting('pusula.reason') AS reason, current_setting('pusula.actor_seal') AS seal`,
      );
      return row;
    });
    expect(settings.seal).toMatch(/^[0-9a-f]{64}$/);
    await expectDeniedUnchanged(
      () =>
        t.dataSource.transaction(async (manager) => {
          await manager.query(
            `SELECT set_config('pusula.actor_id', $1, true), set_config('pusula.actor_email', $2, true),
                  set_config('pusula.reason', $3, true), set_config('pusula.actor_seal', $4, true)`,
            [settings.id, settings.email, settings.reason, settings.seal],
          );
          await manager.query(`UPDATE aims SET title = 'Kopya mühür' WHERE plan_id = $1`, [planId]);
        }),
      'audit actor not verified',
      trailState,
    );
  });

  it('refuses audit_set_actor for a wrong secret, an unknown, a revoked or an expired session (PU401)', async () => {
    const { sessionId, secret } = adminSession();
    const other = parseToken((await t.login(TEST_ADMIN.email, TEST_ADMIN.password)).token as string);
    const expired = parseToken((await t.login(TEST_ADMIN.email, TEST_ADMIN.password)).token as string);
    if (!other || !expired) throw new Error('no token');
    await t.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [other.sessionId]);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.sessionId,
    ]);
    for (const [session, given] of [
      [sessionId, `${secret}x`],
      [randomUUID(), secret],
      [other.sessionId, other.secret],
      [expired.sessionId, expired.secret],
    ]) {
      await expect(
        t.dataSource.query('SELECT audit_set_actor($1, $2, $3)', [session, given, 'x']),
      ).rejects.toMatchObject({
        code: 'PU401',
        message: expect.stringContaining('audit_set_actor: session'),
      });
    }
  });

  it('names the user of a valid session, and no one for a write without an actor', async () => {
    const { planId } = await importPlan();
    const admin = await t.api.get<MeResponse>('/api/auth/me');
    const { sessionId, secret } = adminSession();
    await t.dataSource.transaction(async (manager) => {
      await manager.query('SELECT audit_set_actor($1, $2, $3)', [sessionId, secret, 'Meclis kararı 7']);
      await manager.query(`UPDATE aims SET title = 'Doğrulanmış' WHERE plan_id = $1`, [planId]);
    });
    await t.dataSource.query(`UPDATE aims SET title = 'Sistem' WHERE plan_id = $1`, [planId]);
    const rows = await t.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT new_value ->> 'title' AS title, actor_id, actor_email, reason, db_user FROM audit_log
        WHERE plan_id = $1 AND entity = 'aim' AND action = 'update' ORDER BY id`,
      [planId],
    );
    expect(rows).toEqual([
      {
        title: 'Doğrulanmış',
        actor_id: admin.body.id,
        actor_email: TEST_ADMIN.email,
        reason: 'Meclis kararı 7',
        db_user: t.runtimeRole,
      },
      { title: 'Sistem', actor_id: null, actor_email: null, reason: null, db_user: t.runtimeRole },
    ]);
  });

  it('setActor answers 401 when the session ended before the write, and refuses an actor that is not the caller', async () => {
    const { planId } = await importPlan();
    const signedIn = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const session = parseToken(signedIn.token as string);
    const admin = await t.api.get<MeResponse>('/api/auth/me');
    const actor = { id: admin.body.id, email: admin.body.email };
    await t.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [session?.sessionId]);
    const before = await trailState();
    const write = (who?: { id: string; email: string }) =>
      requestContext.run({ actor, reason: null, session }, () =>
        t.dataSource.transaction(async (manager) => {
          await setActor(manager, who);
          await manager.query(`UPDATE aims SET title = 'Oturum bitti' WHERE plan_id = $1`, [planId]);
        }),
      );
    await expect(write()).rejects.toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
    await expect(write({ id: randomUUID(), email: 'baskasi@test.local' })).rejects.toThrow(
      'setActor: baskasi@test.local is not the signed-in caller of this request',
    );
    expect(await trailState()).toEqual(before);
  });

  it('leaves every trigger in place and the chain intact after all of this', async () => {
    const triggers = await t.ownerQuery<{ name: string; enabled: string }>(
      `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
        WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY 1`,
    );
    expect(triggers).toEqual([
      { name: 'audit_log_append_only', enabled: 'O' },
      { name: 'audit_log_no_truncate', enabled: 'O' },
    ]);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('the hash chain and GET /api/audit/verify', () => {
  it('chains every committed entry once sealed, parallel imports included, without gaps', async () => {
    const imports = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        t.api.post<ImportResponse>(
          '/api/plans/import',
          workedExampleDocument({ institutionName: `Paralel Belediyesi ${index}` }),
        ),
      ),
    );
    expect(imports.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    await sealPending();
    const [chain] = await t.ownerQuery<{ entries: number; sealed: number; first: number; last: number }>(
      'SELECT count(*)::int AS entries, count(chain_seq)::int AS sealed, min(chain_seq)::int AS first, max(chain_seq)::int AS last FROM audit_log',
    );
    expect(chain).toEqual({ entries: chain.entries, sealed: chain.entries, first: 1, last: chain.entries });
    // One transaction's entries keep their order (by id) in the chain.
    const [{ reordered }] = await t.ownerQuery<{ reordered: number }>(
      `SELECT count(*)::int AS reordered FROM (
         SELECT chain_seq < lag(chain_seq) OVER (PARTITION BY tx_id ORDER BY id) AS back
           FROM audit_log WHERE tx_id IS NOT NULL) AS steps
        WHERE back`,
    );
    expect(reordered).toBe(0);
    const [head] = await t.ownerQuery<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_chain_head',
    );
    expect(await verify()).toEqual({
      ok: true,
      checked: chain.entries,
      archived: { seq: 0, hash: GENESIS_HASH },
      head,
      pending: 0,
    });
  });

  it('is for a superadmin only: 401 anonymous, 403 for an institution’s admin', async () => {
    const { institutionId } = await importPlan();
    const email = `yonetici${serial}@test.local`;
    const created = await t.api.post<MeResponse>('/api/users', {
      email,
      name: 'Yönetici',
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    const granted = await t.api.put(`/api/institutions/${institutionId}/members/${created.body.id}`, {
      role: 'admin',
    });
    expect(granted.status).toBe(200);
    const admin = await t.login(email, PASSWORD);
    expectError(await t.anonymous.get('/api/audit/verify'), 401, 'UNAUTHORIZED');
    expectError(await admin.get('/api/audit/verify'), 403, 'FORBIDDEN');
  });

  /** Removes the entry (`row`: its to_jsonb text): verify names its place MISSING_ROW; put back, the chain holds. */
  async function expectMissingThenRestored(entry: { id: string; seq: number; row: string }): Promise<void> {
    await asSuperuser(t.ownerUrl, 'DELETE FROM audit_log WHERE id = $1', [entry.id]);
    expect(await verify()).toMatchObject({
      ok: false,
      checked: entry.seq - 1,
      firstBroken: { seq: entry.seq, auditId: null, reason: 'MISSING_ROW' },
    });
    await asSuperuser(
      t.ownerUrl,
      `INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::audit_log, $1::jsonb)`,
      [entry.row],
    );
    expect(await verify()).toMatchObject({ ok: true });
  }

  async function newestEntry(): Promise<{ id: string; seq: number }> {
    const { planId } = await importPlan();
    await sealPending();
    const [entry] = await t.ownerQuery<{ id: string; seq: number }>(
      `SELECT id::text AS id, chain_seq::int AS seq FROM audit_log WHERE plan_id = $1 AND entity = 'aim'`,
      [planId],
    );
    return entry;
  }

  it('reports an entry a superuser edited with the guard disabled, and holds again once it is restored', async () => {
    const entry = await newestEntry();
    // As text, so the restored value is byte for byte the original.
    const [original] = await t.ownerQuery<{ value: string }>(
      'SELECT new_value::text AS value FROM audit_log WHERE id = $1',
      [entry.id],
    );
    await asSuperuser(
      t.ownerUrl,
      `UPDATE audit_log SET new_value = jsonb_set(new_value, '{title}', '"Değiştirildi"') WHERE id = $1`,
      [entry.id],
    );
    const broken = await verify();
    expect(broken).toMatchObject({
      ok: false,
      checked: entry.seq - 1,
      firstBroken: { seq: entry.seq, auditId: entry.id, reason: 'HASH_MISMATCH' },
    });
    await asSuperuser(t.ownerUrl, 'UPDATE audit_log SET new_value = $2::jsonb WHERE id = $1', [
      entry.id,
      original.value,
    ]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('reports an entry a superuser removed as its missing place in the chain, and holds again once it is back', async () => {
    const entry = await newestEntry();
    const [{ row }] = await t.ownerQuery<{ row: string }>(
      'SELECT to_jsonb(a)::text AS row FROM audit_log a WHERE id = $1',
      [entry.id],
    );
    await expectMissingThenRestored({ ...entry, row });
  });

  it('reports the newest entries removed from the end of the chain', async () => {
    await importPlan();
    await sealPending();
    const [last] = await t.ownerQuery<{ id: string; seq: number; row: string }>(
      'SELECT id::text AS id, chain_seq::int AS seq, to_jsonb(a)::text AS row FROM audit_log a ORDER BY chain_seq DESC LIMIT 1',
    );
    await expectMissingThenRestored(last);
  });

  it('reports an entry a superuser inserted without its hash', async () => {
    await asSuperuser(
      t.ownerUrl,
      `INSERT INTO audit_log (entity, entity_id, action, actor_email, reason)
       VALUES ('plan', $1, 'delete', $2, 'sahte kayıt')`,
      [randomUUID(), TEST_ADMIN.email],
    );
    const [forged] = await t.ownerQuery<{ id: string }>(
      `SELECT id::text AS id FROM audit_log WHERE reason = 'sahte kayıt'`,
    );
    const report = await verify();
    expect(report).toMatchObject({
      ok: false,
      firstBroken: { seq: null, auditId: forged.id, reason: 'UNSEALED_ROW' },
    });
    expect(report.checked).toBe(report.head.seq);
    await asSuperuser(t.ownerUrl, 'DELETE FROM audit_log WHERE id = $1', [forged.id]);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('archiving a closed part of the chain (docs/database.md#retention-and-archiving)', () => {
  it('exports the entries up to a cut, removes them as the owner, and both the archive and the rest still verify', async () => {
    await importPlan();
    await sealPending();
    const [{ cut }] = await t.ownerQuery<{ cut: number }>('SELECT max(chain_seq)::int AS cut FROM audit_log');
    await importPlan();
    await sealPending();
    // 1. The export: the rows up to the cut in chain order, with the canonical content, and the
    //    place the archive starts from (the previous archive's end, or genesis).
    const [start] = await t.ownerQuery<{ seq: number; hash: string }>(
      'SELECT archived_seq::int AS seq, archived_hash AS hash FROM audit_chain_head',
    );
    const archive = await t.ownerQuery<ChainRow>(
      `SELECT a.id::text AS id, a.chain_seq::int AS seq, a.chain_hash AS hash,
              jsonb_build_array(a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.tx_id,
                a.institution_id, a.plan_id, a.entity, a.entity_id, a.action, a.period, a.old_value, a.new_value,
                a.reason, a.actor_id, a.actor_email, a.db_user)::text AS content
         FROM audit_log a WHERE a.chain_seq > $1 AND a.chain_seq <= $2 ORDER BY a.chain_seq`,
      [start.seq, cut],
    );
    // 2. The archive checks on its own, from its start to its last row.
    const walked = checkChainRows(start, archive);
    expect(walked.broken).toBeNull();
    expect(walked.position.seq).toBe(cut);
    // 3. The owner removes the archived rows and moves the chain's start, in one transaction.
    await withClient(t.ownerUrl, async (client) => {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await client.query(
        `UPDATE audit_chain_head SET archived_seq = $1,
                archived_hash = (SELECT chain_hash FROM audit_log WHERE chain_seq = $1)`,
        [cut],
      );
      await client.query('DELETE FROM audit_log WHERE chain_seq <= $1', [cut]);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await client.query('COMMIT');
    });
    const report = await verify();
    const [{ rows }] = await t.ownerQuery<{ rows: number }>('SELECT count(*)::int AS rows FROM audit_log');
    expect(report).toEqual({
      ok: true,
      checked: rows,
      archived: walked.position,
      head: { seq: cut + rows, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      pending: 0,
    });
    // New entries go on from the head as before.
    await importPlan();
    expect(await verify()).toMatchObject({ ok: true, archived: walked.position });
  });
});

/** Collects what the app logs while it starts. */
function captureLog(): { logger: LoggerService; lines: Array<{ level: string; message: string }> } {
  const lines: Array<{ level: string; message: string }> = [];
  const keep = (level: string) => (message: unknown) => {
    lines.push({ level, message: String(message) });
  };
  return {
    lines,
    logger: {
      log: keep('log'),
      warn: keep('warn'),
      error: keep('error'),
      debug: keep('debug'),
      verbose: keep('verbose'),
    },
  };
}

describe('one role, without DATABASE_MIGRATION_URL', () => {
  it('starts as before with the owner migrating and serving, and warns once that the trail is only as safe as that role', async () => {
    const { logger, lines } = captureLog();
    const single = await createTestApp({}, { singleRole: true, logger });
    try {
      expect(lines.filter((line) => line.level === 'warn').map((line) => line.message)).toEqual([
        SINGLE_ROLE_WARNING,
      ]);
      expect(SINGLE_ROLE_WARNING).toContain('only as safe as that role');
      const [owner] = await single.ownerQuery<{ role: string }>('SELECT session_user AS role');
      expect(single.runtimeRole).toBe(owner.role);
      const imported = await single.api.post<ImportResponse>('/api/plans/import', workedExampleDocument());
      expect(imported.status).toBe(201);
      const users = await single.dataSource.query<Array<{ db_user: string }>>(
        'SELECT DISTINCT db_user FROM audit_log',
      );
      expect(users).toEqual([{ db_user: owner.role }]);
      const report = await single.api.get<AuditVerifyResponse>('/api/audit/verify');
      expect(report.body).toMatchObject({ ok: true, checked: 34 });
    } finally {
      await single.close();
    }
  });
});

describe('the start refuses a runtime role that could rewrite the trail', () => {
  const silent = { log: () => undefined, warn: () => undefined };

  it('refuses DATABASE_URL naming the owner itself, before granting anything', async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        prepareDatabase({ url: database.ownerUrl, migrationUrl: database.ownerUrl, logger: silent }),
      ).rejects.toThrow(/DATABASE_URL and DATABASE_MIGRATION_URL both sign in as/);
    } finally {
      await database.drop();
    }
  });

  /** A first start makes the schema and grants the role; the role is then spoilt and started again. */
  async function startAgainAfter(setUp: (role: string) => string): Promise<{
    database: Awaited<ReturnType<typeof createTestDatabase>>;
    start: Promise<unknown>;
  }> {
    const database = await createTestDatabase();
    const lines: string[] = [];
    const logger = { log: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    await prepareDatabase({ url: database.url, migrationUrl: database.ownerUrl, logger });
    expect(lines).toEqual([
      expect.stringContaining(`the app runs as "${database.runtimeRole}", which owns no table`),
    ]);
    await withClient(database.ownerUrl, (client) => client.query(setUp(database.runtimeRole)));
    const start = prepareDatabase({ url: database.url, migrationUrl: database.ownerUrl, logger });
    start.catch(() => undefined);
    return { database, start };
  }

  it.each([
    [
      'owns a table',
      (role: string) => `CREATE TABLE stray (id integer); ALTER TABLE stray OWNER TO ${role}`,
      /owns public\.stray/,
    ],
    ['is a superuser', (role: string) => `ALTER ROLE ${role} SUPERUSER`, /is a superuser/],
    ['may create roles', (role: string) => `ALTER ROLE ${role} CREATEROLE`, /has CREATEROLE/],
    [
      'may write every table (pg_write_all_data)',
      (role: string) => `GRANT pg_write_all_data TO ${role}`,
      /INSERT on audit_log/,
    ],
  ])('refuses a role that %s, with a clear message', async (_label, setUp, message) => {
    const { database, start } = await startAgainAfter(setUp);
    try {
      await expect(start).rejects.toThrow(message);
      await expect(start).rejects.toThrow(
        `The database role of DATABASE_URL could rewrite the audit trail, so Pusula does not start`,
      );
    } finally {
      await database.drop();
    }
  });

  it('takes back a privilege granted by hand: the grants are computed again at every start', async () => {
    const { database, start } = await startAgainAfter(
      (role) => `GRANT INSERT, TRUNCATE ON audit_log TO ${role}, PUBLIC`,
    );
    try {
      await start;
      const [held] = await withClient(
        database.ownerUrl,
        async (client) =>
          (
            await client.query<{ insert: boolean; truncate: boolean }>(
              `SELECT has_table_privilege($1, 'audit_log', 'INSERT') AS insert,
                    has_table_privilege($1, 'audit_log', 'TRUNCATE') AS truncate`,
              [database.runtimeRole],
            )
          ).rows,
      );
      expect(held).toEqual({ insert: false, truncate: false });
    } finally {
      await database.drop();
    }
  });
});

describe('a database from before the two roles and the chain', () => {
  it('seals the entries written before, in id order, and grants the new runtime role', async () => {
    const database = await createTestDatabase();
    try {
      const before = await migratedBefore(database.ownerUrl, 1764200000000);
      await before.query(
        `INSERT INTO institutions (name, kind, version) VALUES ('Eski Belediye', 'belediye', 1)`,
      );
      await before.query(
        `INSERT INTO plans (institution_id, title, start_year, end_year, version)
         SELECT id, 'Eski plan', 2020, 2024, 1 FROM institutions`,
      );
      await before.query(`SELECT set_config('pusula.reason', 'eski yol', false)`);
      await before.query(`UPDATE plans SET title = 'Eski plan (güncel)'`);
      await before.destroy();

      await prepareDatabase({
        url: database.url,
        migrationUrl: database.ownerUrl,
        logger: { log: () => undefined, warn: () => undefined },
      });
      const rows = await withClient(
        database.url,
        async (client) =>
          (
            await client.query<ChainRow & { reason: string | null }>(
              `SELECT a.id::text AS id, a.chain_seq::int AS seq, a.chain_hash AS hash, a.reason,
                    jsonb_build_array(a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.tx_id,
                      a.institution_id, a.plan_id, a.entity, a.entity_id, a.action, a.period, a.old_value, a.new_value,
                      a.reason, a.actor_id, a.actor_email, a.db_user)::text AS content
               FROM audit_log a ORDER BY a.chain_seq`,
            )
          ).rows,
      );
      expect(rows.map((row) => [row.seq, row.reason])).toEqual([
        [1, null],
        [2, 'eski yol'],
      ]);
      const walked = checkChainRows(CHAIN_START, rows);
      expect(walked.broken).toBeNull();
      expect(checkChainEnd(walked.position, await chainHead(database.url))).toBeNull();
    } finally {
      await database.drop();
    }
  });
});
