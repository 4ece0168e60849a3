import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool, workerScript } from './worker-pool.js';

// The unit tier runs without a build: a worker script in plain JavaScript, speaking the pool's
// protocol as serveWorkerTasks does ({ ok, value } or { ok: false, error }).
const SCRIPT = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', async (input) => {
  if (input.exit) process.exit(3);
  if (input.fail) return parentPort.postMessage({ ok: false, error: 'refused ' + input.fail });
  await new Promise((done) => setTimeout(done, input.waitMs ?? 0));
  parentPort.postMessage({ ok: true, value: { doubled: input.n * 2, threadId } });
});
`;

type In = { n?: number; waitMs?: number; fail?: string; exit?: boolean };
type Out = { doubled: number; threadId: number };

describe('WorkerPool', () => {
  let dir: string;
  let script: URL;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pusula-pool-'));
    writeFileSync(join(dir, 'worker.mjs'), SCRIPT);
    script = pathToFileURL(join(dir, 'worker.mjs'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs tasks on at most `size` threads, queueing the rest, each answer to its task', async () => {
    const pool = new WorkerPool<In, Out>(script, 2);
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => pool.run({ n, waitMs: 20 })));
    expect(results.map((result) => result.doubled)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(new Set(results.map((result) => result.threadId)).size).toBe(2);
    await pool.close();
  });

  it("rejects a task with the worker's error, and keeps serving", async () => {
    const pool = new WorkerPool<In, Out>(script, 1);
    await expect(pool.run({ fail: 'this one' })).rejects.toThrow('refused this one');
    await expect(pool.run({ n: 4 })).resolves.toMatchObject({ doubled: 8 });
    await pool.close();
  });

  it('rejects the task of a thread that dies, and starts another for the next', async () => {
    const pool = new WorkerPool<In, Out>(script, 1);
    await expect(pool.run({ exit: true })).rejects.toThrow('exited with code 3');
    await expect(pool.run({ n: 1 })).resolves.toMatchObject({ doubled: 2 });
    await pool.close();
  });

  it('says what is missing when the script is not built', async () => {
    const pool = new WorkerPool<In, Out>(pathToFileURL(join(dir, 'missing.js')), 1);
    await expect(pool.run({ n: 1 })).rejects.toThrow(/missing\.js is missing: build the server first/);
  });
});

describe('workerScript', () => {
  it('points from a source file to its build in dist/, and from a built file beside it', () => {
    expect(workerScript('file:///app/src/modules/plans/x.ts', './y.worker.js').href).toBe(
      'file:///app/dist/modules/plans/y.worker.js',
    );
    expect(workerScript('file:///app/dist/modules/plans/x.js', './y.worker.js').href).toBe(
      'file:///app/dist/modules/plans/y.worker.js',
    );
  });
});
