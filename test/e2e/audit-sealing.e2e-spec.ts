import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AuditVerifyResponse } from '../../src/contracts/audit.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { APP_CONFIG, type AppConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { prepareDatabase } from '../../src/database/runtime-role.js';
import {
  CHAIN_START,
  checkChainEnd,
  checkChainRows,
  type ChainRow,
} from '../../src/modules/audit/audit-chain.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectDeniedUnchanged } from '../support/expect-error.js';
import { asSuperuser, chainHead, migratedBefore, migrationTime } from '../support/audit-database.js';
import { createTestDatabase, withClient } from '../support/test-database.js';

/** The canonical content of an entry (docs/database.md#the-hash-chain), as an auditor computes it. */
const CONTENT = `jsonb_build_array(a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.tx_id,
  a.institution_id, a.plan_id, a.entity, a.entity_id, a.action, a.period, a.old_value, a.new_value,
  a.reason, a.actor_id, a.actor_email, a.db_user)::text`;

/**
 * The audit chain is sealed after commit by audit_seal_pending() (migration 1764500000000), so
 * audited writes from many connections never wait for each other; the chain they end up in is
 * still one unbroken line, and what a superuser changes in it afterwards is still reported.
 */

let t: TestApp;
let runtimeUrl: string;
let planId: string;
/** Positions of the core values the writers insert: unique per plan, so no writer waits on another's row. */
let position = 1000;

beforeAll(async () => {
  // Sealed only where a test says so; the periodic sealing has a test of its own below.
  t = await createTestApp({ PUSULA_AUDIT_SEAL_SECONDS: '3600' });
  runtimeUrl = t.app.get<AppConfig>(APP_CONFIG).databaseUrl as string;
  const imported = await t.api.post<ImportResponse>(
    '/api/plans/import',
    workedExampleDocument({ institutionName: 'Mühür Belediyesi' }),
  );
  expect(imported.status).toBe(201);
  planId = imported.body.id;
});
afterAll(async () => {
  await t.close();
});

/** A connection of the app's runtime role of its own, outside the app's pool. */
async function runtimeClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: runtimeUrl });
  await client.connect();
  return client;
}

/** One audited write (a core value of the plan) in a transaction of its own; answers its position. */
async function insertCoreValue(client: pg.Client | pg.PoolClient, title: string): Promise<number> {
  position += 1;
  await client.query(
    `INSERT INTO core_values (institution_id, plan_id, position, title)
     SELECT institution_id, id, $2, $3 FROM plans WHERE id = $1`,
    [planId, position, title],
  );
  return position;
}

async function verify(): Promise<AuditVerifyResponse> {
  const response = await t.api.get<AuditVerifyResponse>('/api/audit/verify');
  expect(response.status).toBe(200);
  return response.body;
}

/** The audit entry of the core value at `at`, with its place in the chain (null while pending). */
async function entryOf(at: number): Promise<{ id: string; seq: number | null }> {
  const [entry] = await t.ownerQuery<{ id: string; seq: number | null }>(
    `SELECT id::text AS id, chain_seq::int AS seq FROM audit_log
      WHERE entity = 'core_value' AND action = 'insert' AND plan_id = $1 AND (new_value ->> 'position')::int = $2`,
    [planId, at],
  );
  return entry;
}

/** The chain as the database holds it: every entry sealed once, places 1..n without a gap. */
async function chainShape(): Promise<{ entries: number; sealed: number; first: number; last: number }> {
  const [shape] = await t.ownerQuery<{ entries: number; sealed: number; first: number; last: number }>(
    `SELECT count(*)::int AS entries, count(chain_seq)::int AS sealed,
            min(chain_seq)::int AS first, max(chain_seq)::int AS last FROM audit_log`,
  );
  return shape;
}

describe('audited writes from several connections', () => {
  it('never wait for the chain, and end up sealed in one unbroken chain while several sealers run', async () => {
    const writers = await Promise.all(Array.from({ length: 8 }, () => runtimeClient()));
    const sealers = await Promise.all(Array.from({ length: 3 }, () => runtimeClient()));
    let writing = true;
    let sealedBySealers = 0;
    try {
      // Three sealers, as three app instances would run: the head's lock keeps them from forking the chain.
      const sealing = sealers.map(async (sealer) => {
        while (writing) {
          const { rows } = await sealer.query<{ sealed: number }>('SELECT audit_seal_pending() AS sealed');
          sealedBySealers += rows[0].sealed;
        }
      });
      await Promise.all(
        writers.map(async (writer, index) => {
          for (let write = 0; write < 25; write += 1) {
            await writer.query('BEGIN');
            await insertCoreValue(writer, `Eşzamanlı değer ${index}.${write}`);
            await writer.query('COMMIT');
          }
        }),
      );
      writing = false;
      await Promise.all(sealing);
    } finally {
      writing = false;
      await Promise.all([...writers, ...sealers].map((client) => client.end()));
    }
    expect(sealedBySealers).toBeGreaterThan(0);
    const report = await verify();
    const shape = await chainShape();
    expect(shape).toEqual({ entries: shape.entries, sealed: shape.entries, first: 1, last: shape.entries });
    const [{ written }] = await t.ownerQuery<{ written: number }>(
      `SELECT count(*)::int AS written FROM audit_log WHERE entity = 'core_value' AND reason IS NULL
          AND new_value ->> 'title' LIKE 'Eşzamanlı değer %'`,
    );
    expect(written).toBe(200);
    expect(report).toMatchObject({ ok: true, checked: shape.entries, pending: 0 });
    expect(report.head.seq).toBe(shape.entries);
  });
});

describe('a transaction that commits late', () => {
  it('is sealed by a later sealing, after the rows that committed before it, and reported as pending until then', async () => {
    const late = await runtimeClient();
    const early = await runtimeClient();
    try {
      await late.query('BEGIN');
      const latePosition = await insertCoreValue(late, 'Geç kaydedilen');
      const earlyPosition = await insertCoreValue(early, 'Erken kaydedilen');
      // A sealing now sees the committed entry only.
      const [{ sealed }] = await t.ownerQuery<{ sealed: number }>('SELECT audit_seal_pending() AS sealed');
      expect(sealed).toBe(1);
      const { rows: lateRows } = await late.query<{ id: string; seq: number | null }>(
        `SELECT id::text AS id, chain_seq AS seq FROM audit_log WHERE tx_id = txid_current()`,
      );
      expect(lateRows).toEqual([{ id: expect.any(String), seq: null }]);
      const earlyEntry = await entryOf(earlyPosition);
      expect(BigInt(lateRows[0].id)).toBeLessThan(BigInt(earlyEntry.id));
      expect(earlyEntry.seq).not.toBeNull();
      // Uncommitted, so still unknown to the check; once committed it waits for the next sealing.
      expect(await verify()).toMatchObject({ ok: true, pending: 0 });
      await late.query('COMMIT');
      const [{ pending }] = await t.ownerQuery<{ pending: number }>(
        'SELECT count(*)::int AS pending FROM audit_log WHERE queued AND chain_seq IS NULL',
      );
      expect(pending).toBe(1);
      const report = await verify();
      expect(report).toMatchObject({ ok: true, pending: 0 });
      const lateEntry = await entryOf(latePosition);
      expect(lateEntry.seq).toBe(report.head.seq);
      expect(lateEntry.seq).toBeGreaterThan(earlyEntry.seq as number);
    } finally {
      await Promise.all([late.end(), early.end()]);
    }
  });

  it('commits at once while a sealer holds the chain head, and is sealed by the next sealing', async () => {
    const [{ head }] = await t.ownerQuery<{ head: number }>('SELECT seq::int AS head FROM audit_chain_head');
    await withClient(t.ownerUrl, async (owner) => {
      // The owner holds the head's lock as a sealer would: a write still commits at once.
      await owner.query('BEGIN');
      await owner.query('SELECT seq FROM audit_chain_head FOR UPDATE');
      const writer = await runtimeClient();
      try {
        await writer.query("SET statement_timeout = '5s'");
        await insertCoreValue(writer, 'Kilit altında yazılan');
      } finally {
        await writer.end();
      }
      const [{ pending }] = await t.ownerQuery<{ pending: number }>(
        'SELECT count(*)::int AS pending FROM audit_log WHERE queued AND chain_seq IS NULL',
      );
      expect(pending).toBe(1);
      await owner.query('COMMIT');
    });
    const report = await verify();
    expect(report).toMatchObject({ ok: true, pending: 0, head: { seq: head + 1 } });
  });
});

describe('what the runtime role cannot do to a link', () => {
  it.each([
    [
      'setting a chain place',
      'UPDATE audit_log SET chain_seq = chain_seq + 1000',
      'permission denied for table audit_log',
    ],
    [
      'writing a hash',
      `UPDATE audit_log SET chain_hash = repeat('f', 64) WHERE chain_seq IS NULL`,
      'permission denied for table audit_log',
    ],
    ['queueing a row', 'UPDATE audit_log SET queued = true', 'permission denied for table audit_log'],
    [
      'a forged queued entry',
      `INSERT INTO audit_log (entity, entity_id, action, queued) VALUES ('plan', 'x', 'insert', true)`,
      'permission denied for table audit_log',
    ],
    [
      'moving the head back',
      `UPDATE audit_chain_head SET seq = seq - 1`,
      'permission denied for table audit_chain_head',
    ],
    [
      'replacing the sealer',
      'CREATE OR REPLACE FUNCTION audit_seal_pending() RETURNS integer LANGUAGE sql AS $$ SELECT 0 $$',
      'permission denied for schema',
    ],
    [
      'changing the sealer’s owner',
      'ALTER FUNCTION audit_seal_pending() OWNER TO CURRENT_USER',
      'must be owner of function',
    ],
    [
      'computing a content of its own',
      'SELECT audit_log_content(a) FROM audit_log a LIMIT 1',
      'permission denied for function audit_log_content',
    ],
  ])('refuses %s (42501) and changes nothing', async (_label, sql, message) => {
    await t.ownerQuery('SELECT audit_seal_pending()');
    const state = async () =>
      t.ownerQuery(
        `SELECT (SELECT seq FROM audit_chain_head) AS head,
                (SELECT string_agg(id || ':' || chain_seq || ':' || chain_hash, ',' ORDER BY id) FROM audit_log) AS links`,
      );
    await expectDeniedUnchanged(() => t.dataSource.query(sql), message, state);
  });

  it('may execute no SECURITY DEFINER function but the actor check and the sealer, which takes no arguments', async () => {
    const callable = await t.ownerQuery<{ name: string }>(
      `SELECT p.oid::regprocedure::text AS name FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef
          AND has_function_privilege($1, p.oid, 'EXECUTE')
        ORDER BY 1`,
      [t.runtimeRole],
    );
    expect(callable).toEqual([{ name: 'audit_seal_pending()' }, { name: 'audit_set_actor(uuid,text,text)' }]);
    await expect(t.dataSource.query('SELECT audit_seal_pending(1)')).rejects.toMatchObject({ code: '42883' });
  });

  it('cannot reorder the chain with a sealing in a transaction of its own: its own entries wait for their commit', async () => {
    const report = await t.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO core_values (institution_id, plan_id, position, title)
         SELECT institution_id, id, $2, 'Kendi mührü' FROM plans WHERE id = $1`,
        [planId, (position += 1)],
      );
      const [{ sealed }] = await manager.query<Array<{ sealed: number }>>(
        'SELECT audit_seal_pending() AS sealed',
      );
      const [{ own }] = await manager.query<Array<{ own: number }>>(
        'SELECT count(*)::int AS own FROM audit_log WHERE tx_id = txid_current() AND chain_seq IS NOT NULL',
      );
      return { sealed, own };
    });
    expect(report).toEqual({ sealed: 0, own: 0 });
    expect(await verify()).toMatchObject({ ok: true, pending: 0 });
  });
});

describe('a superuser’s change after the sealing', () => {
  it('reports an edited sealed entry as the first broken link, and a deleted one as a missing place', async () => {
    const writer = await runtimeClient();
    const positions: number[] = [];
    try {
      for (let write = 0; write < 3; write += 1)
        positions.push(await insertCoreValue(writer, `Sonra değişen ${write}`));
    } finally {
      await writer.end();
    }
    await t.ownerQuery('SELECT audit_seal_pending()');
    const edited = await entryOf(positions[0]);
    const removed = await entryOf(positions[2]);
    const [{ row }] = await t.ownerQuery<{ row: string }>(
      'SELECT to_jsonb(a)::text AS row FROM audit_log a WHERE id = $1',
      [removed.id],
    );

    await asSuperuser(t.ownerUrl, `UPDATE audit_log SET reason = 'sonradan eklenen gerekçe' WHERE id = $1`, [
      edited.id,
    ]);
    expect(await verify()).toMatchObject({
      ok: false,
      checked: (edited.seq as number) - 1,
      firstBroken: { seq: edited.seq, auditId: edited.id, reason: 'HASH_MISMATCH' },
      pending: 0,
    });
    await asSuperuser(t.ownerUrl, 'UPDATE audit_log SET reason = NULL WHERE id = $1', [edited.id]);

    await asSuperuser(t.ownerUrl, 'DELETE FROM audit_log WHERE id = $1', [removed.id]);
    expect(await verify()).toMatchObject({
      ok: false,
      checked: (removed.seq as number) - 1,
      firstBroken: { seq: removed.seq, auditId: null, reason: 'MISSING_ROW' },
    });
    await asSuperuser(
      t.ownerUrl,
      `INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::audit_log, $1::jsonb)`,
      [row],
    );
    expect(await verify()).toMatchObject({ ok: true, pending: 0 });
  });

  it('never seals an entry a superuser inserted by hand with the triggers off', async () => {
    await asSuperuser(
      t.ownerUrl,
      `INSERT INTO audit_log (entity, entity_id, action, reason) VALUES ('plan', 'x', 'delete', 'elle')`,
    );
    const [forged] = await t.ownerQuery<{ id: string }>(
      `SELECT id::text AS id FROM audit_log WHERE reason = 'elle'`,
    );
    const report = await verify();
    expect(report).toMatchObject({
      ok: false,
      pending: 0,
      firstBroken: { seq: null, auditId: forged.id, reason: 'UNSEALED_ROW' },
    });
    const [{ seq }] = await t.ownerQuery<{ seq: number | null }>(
      'SELECT chain_seq AS seq FROM audit_log WHERE id = $1',
      [forged.id],
    );
    expect(seq).toBeNull();
    await asSuperuser(t.ownerUrl, 'DELETE FROM audit_log WHERE id = $1', [forged.id]);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('the periodic sealing (PUSULA_AUDIT_SEAL_SECONDS)', () => {
  it('seals committed entries without being asked, and stops with the app', async () => {
    const quick = await createTestApp({ PUSULA_AUDIT_SEAL_SECONDS: '1' });
    try {
      const imported = await quick.api.post<ImportResponse>('/api/plans/import', workedExampleDocument());
      expect(imported.status).toBe(201);
      const pending = () =>
        quick.ownerQuery<{ pending: number; sealed: number }>(
          'SELECT count(*) FILTER (WHERE chain_seq IS NULL)::int AS pending, count(chain_seq)::int AS sealed FROM audit_log',
        );
      const started = Date.now();
      let [state] = await pending();
      while (state.pending > 0 && Date.now() - started < 5000) {
        await new Promise((done) => setTimeout(done, 100));
        [state] = await pending();
      }
      expect(state.pending).toBe(0);
      expect(state.sealed).toBeGreaterThan(0);
    } finally {
      await quick.close();
    }
  });
});

describe('a database sealed at commit before migration 1764500000000', () => {
  it('keeps its sealed entries verifiable, continues the chain from its head, and reverts to sealing at commit', async () => {
    const database = await createTestDatabase();
    const silent = { log: () => undefined, warn: () => undefined };
    const chainRows = async (): Promise<ChainRow[]> =>
      withClient(
        database.ownerUrl,
        async (client) =>
          (
            await client.query<ChainRow>(
              `SELECT a.id::text AS id, a.chain_seq::int AS seq, a.chain_hash AS hash, ${CONTENT} AS content
                 FROM audit_log a WHERE a.chain_seq IS NOT NULL ORDER BY a.chain_seq`,
            )
          ).rows,
      );
    const writePlan = (title: string, url = database.url) =>
      withClient(url, (client) =>
        client.query(
          `WITH institution AS (INSERT INTO institutions (name, kind, version) VALUES ($1, 'belediye', 1) RETURNING id)
           INSERT INTO plans (institution_id, title, start_year, end_year, version)
           SELECT id, $1, 2025, 2029, 1 FROM institution`,
          [title],
        ),
      );
    try {
      await (await migratedBefore(database.ownerUrl, 1764500000000)).destroy();
      // Before migration 1764500000000 the sealing at commit places these at once.
      await writePlan('Eski mühürlü plan 1', database.ownerUrl);
      await writePlan('Eski mühürlü plan 2', database.ownerUrl);
      const sealedBefore = await chainRows();
      expect(sealedBefore.length).toBe(2);

      const after = new DataSource({
        ...buildDataSourceOptions(database.ownerUrl, { poolSize: 1 }),
        migrations: MIGRATIONS,
      });
      await after.initialize();
      try {
        await prepareDatabase({ url: database.url, migrationUrl: database.ownerUrl, logger: silent });
        await writePlan('Yeni plan');
        expect((await chainRows()).length).toBe(2);
        await withClient(database.url, (client) => client.query('SELECT audit_seal_pending()'));
        const rows = await chainRows();
        expect(rows.slice(0, 2)).toEqual(sealedBefore);
        expect(rows.length).toBe(3);
        const walked = checkChainRows(CHAIN_START, rows);
        expect(walked.broken).toBeNull();

        // Reverted: what is queued is sealed first, then writes are sealed at their commit again.
        await writePlan('Geri alınırken yazılan');
        // Undo back to before the sealing migration: the migrations that came after it first.
        const later = MIGRATIONS.filter((migration) => migrationTime(migration) > 1764500000000).length;
        for (let step = 0; step <= later; step += 1) await after.undoLastMigration({ transaction: 'each' });
        await writePlan('Geri alındıktan sonra');
        const reverted = await chainRows();
        expect(reverted.length).toBe(5);
        expect(checkChainRows(CHAIN_START, reverted).broken).toBeNull();
        const head = await chainHead(database.ownerUrl);
        expect(checkChainEnd(checkChainRows(CHAIN_START, reverted).position, head)).toBeNull();
      } finally {
        await after.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
