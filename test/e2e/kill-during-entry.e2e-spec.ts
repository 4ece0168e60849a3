import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildMemberPlan } from '../../src/bench/plan-generator.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { importPlan, ok } from '../support/requests.js';

// An instance killed (SIGKILL: no shutdown hook, no flush) in the middle of a value-entry load
// loses nothing it acknowledged (issue 17): `node dist/main.js` runs as a child process on the
// test database beside the test's own instance, 24 clients PUT drafts through it, and it is
// killed once some hundred writes have been answered. Every write answered 2xx must then be in
// the audit trail, and each entry's stored row must be the last write the trail records for it.

const MAIN = resolve(import.meta.dirname, '../../dist/main.js');
const CLIENTS = 24;
const KILL_AFTER = 150;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let t: TestApp;
let child: ChildProcess | null = null;

beforeAll(async () => {
  // The e2e tier builds dist/ first (scripts/test.js); the child is the server as `npm start` runs it.
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the e2e tests with scripts/test.js`);
  t = await createTestApp();
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await t?.close();
});

/** Starts `node dist/main.js` on the test app's database (already migrated) and waits for /api/health/live. */
async function startChild(): Promise<{ process: ChildProcess; base: string }> {
  const port = await freePort();
  const started = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: t.database.url,
      DATABASE_MIGRATION_URL: t.database.ownerUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUSULA_DEMO: 'false',
      PUSULA_JOBS: 'false',
      LOG_LEVEL: 'error',
      PUSULA_ADMIN_EMAIL: TEST_ADMIN.email,
      PUSULA_ADMIN_PASSWORD: TEST_ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  started.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (started.exitCode !== null) throw new Error(`the child server exited: ${errors}`);
    try {
      if ((await fetch(`${base}/api/health/live`)).ok) return { process: started, base };
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the child server did not start within 60 s: ${errors}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface Write {
  code: string;
  period: string;
  note: string;
}

describe('an instance killed with SIGKILL during value entry', () => {
  it('loses no acknowledged write: each is in the audit trail, and every entry stores its last recorded write', async () => {
    const document = buildMemberPlan(7, 60);
    document.institution.name = 'Kesinti Testi Belediyesi';
    for (const aim of document.plan.aims)
      for (const target of aim.targets) for (const indicator of target.indicators) delete indicator.values;
    const { planId, plan } = await importPlan(t.api, document);
    for (const period of ['2025-H1', '2025']) await ok(t.api.post(`${plan}/periods`, { period }), 201);
    const entries = document.plan.aims.flatMap((aim) =>
      aim.targets.flatMap((target) =>
        target.indicators.map((indicator) => ({
          code: indicator.code,
          period: indicator.monitoringMonths === 12 ? '2025' : '2025-H1',
        })),
      ),
    );

    const server = await startChild();
    child = server.process;
    // The test's session is in the database: the child accepts it as its own.
    const token = t.api.token as string;
    const acknowledged: Write[] = [];
    let refused = 0;
    let next = 0;
    let killedAt = -1;
    const exited = new Promise<void>((done) => server.process.once('exit', () => done()));
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (;;) {
          const n = next++;
          // Half the writes go to a few entries (lock queues on one indicator), half spread out.
          const entry = entries[n % 2 === 0 ? n % 6 : n % entries.length];
          const write = { ...entry, note: `Kesinti ${n}` };
          let status: number;
          try {
            const response = await fetch(
              `${server.base}/api/plans/${planId}/indicators/${entry.code}/values/${entry.period}`,
              {
                method: 'PUT',
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                body: JSON.stringify({ value: n, note: write.note }),
              },
            );
            await response.arrayBuffer();
            status = response.status;
          } catch {
            return; // the server is gone: this write was never acknowledged
          }
          if (status >= 200 && status < 300) acknowledged.push(write);
          else refused += 1;
          if (acknowledged.length >= KILL_AFTER && killedAt < 0) {
            killedAt = acknowledged.length;
            server.process.kill('SIGKILL');
          }
        }
      }),
    );
    await exited;
    expect(server.process.signalCode).toBe('SIGKILL');
    expect(refused).toBe(0);
    expect(killedAt).toBeGreaterThanOrEqual(KILL_AFTER);
    // Answers that were already on their way when the signal came count as acknowledged too.
    expect(acknowledged.length).toBeGreaterThanOrEqual(killedAt);

    // The killed instance's connections end on the server side (their open transactions roll back).
    const trail = await t.ownerQuery<{ code: string; period: string; note: string; id: string }>(
      `SELECT i.code, a.period, a.new_value ->> 'note' AS note, a.id::text AS id
         FROM audit_log a JOIN indicator_values v ON v.id::text = a.entity_id JOIN indicators i ON i.id = v.indicator_id
        WHERE a.plan_id = $1 AND a.entity = 'indicator_value' ORDER BY a.id`,
      [planId],
    );
    const recorded = new Set(trail.map((row) => `${row.code}|${row.period}|${row.note}`));
    const lost = acknowledged.filter((write) => !recorded.has(`${write.code}|${write.period}|${write.note}`));
    expect(lost).toEqual([]);
    // At most the writes in flight at the kill committed without their answer.
    expect(trail.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect(trail.length - acknowledged.length).toBeLessThanOrEqual(CLIENTS);

    // Each stored row holds the last write the trail records for its entry (one indicator's
    // writes are serialised by its row lock, so the trail's order is theirs).
    const last = new Map<string, string>();
    for (const row of trail) last.set(`${row.code}|${row.period}`, row.note);
    const stored = await t.ownerQuery<{ code: string; period: string; note: string; value: string }>(
      `SELECT i.code, v.period, v.note, v.value::text AS value FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id WHERE v.plan_id = $1`,
      [planId],
    );
    expect(stored.length).toBe(last.size);
    for (const row of stored) {
      expect(row.note).toBe(last.get(`${row.code}|${row.period}`));
      // The value written with that note: its request's number.
      expect(row.value).toBe(row.note.replace('Kesinti ', ''));
    }
    // Every acknowledged write's entry is stored.
    for (const write of acknowledged) expect(last.has(`${write.code}|${write.period}`)).toBe(true);
  }, 180_000);
});
