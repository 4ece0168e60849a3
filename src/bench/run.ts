import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { APP_OPTIONS, configureApp, createHttpAdapter } from '../app.setup.js';
import { loadConfig } from '../config/app-config.js';
import { startEmbeddedDatabase } from '../database/embedded-database.js';
import { computeProgress } from '../modules/progress/progress-engine.js';
import { ProgressRepository, type PlanHeader } from '../modules/progress/progress.repository.js';
import { ProgressService } from '../modules/progress/progress.service.js';
import {
  type BenchContext,
  median,
  report,
  reportRatio,
  reportThroughput,
  runLoad,
  sample,
  lines,
  verdict,
} from './measure.js';
import { buildMetropolitanPlan } from './plan-generator.js';
import { benchSections, sectionName } from './sections.js';
import { nationalBench } from './national.bench.js';

/**
 * `npm run bench`: each figure beside the floor it is compared with, measured in the same run,
 * so the verdict holds on a noisy machine. Uses DATABASE_URL's server (a fresh database on it)
 * or an embedded PostgreSQL in a temporary directory.
 */

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const BENCH_ADMIN = { email: 'bench@pusula.local', password: 'pusula-bench-run' };
/** The bench's own superadmin session, sent with every request. */
let token = '';

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const headers = {
    ...((init?.headers as Record<string, string> | undefined) ?? {}),
    authorization: `Bearer ${token}`,
  };
  const response = await fetch(url, { ...init, headers });
  const body: unknown = await response.json();
  if (!response.ok)
    throw new Error(
      `${init?.method ?? 'GET'} ${url}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
    );
  return body;
}

/** POSTs `body` as JSON (a string is sent as it is: JSON already); the answer as fetchJson gives it. */
function postJson(url: string, body: unknown): Promise<unknown> {
  return fetchJson(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
}

async function main(): Promise<void> {
  // `npm run bench -- open-data reports`: only these sections, after the metropolitan plan's import.
  // `npm run bench -- --national`: 1,400 institutions' plans and the views over them (national.bench.ts) only.
  const national = process.argv.includes('--national');
  const only = process.argv.slice(2).filter((argument) => argument !== '--national');
  const unknown = only.filter((name) => !benchSections.some((section) => sectionName(section) === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown bench section(s) ${unknown.join(', ')}; sections: ${benchSections.map(sectionName).join(', ')}`,
    );
  const tempDir = mkdtempSync(join(tmpdir(), 'pusula-bench-'));
  chmodSync(tempDir, 0o755); // the embedded server runs as the OS user postgres when we are root
  let stopEmbedded: () => Promise<void> = () => Promise.resolve();
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let databaseUrl: string;
  // With the embedded server the bench runs as production does: migrations as the owner, the app as pusula_app.
  let migrationUrl = '';
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `pusula_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase(join(tempDir, 'db'), await freePort(), () => undefined);
    databaseUrl = embedded.url;
    migrationUrl = embedded.migrationUrl;
    stopEmbedded = () => embedded.stop();
  }
  console.log(
    `Pusula benchmark — ${serverUrl ? 'PostgreSQL at DATABASE_URL' : 'embedded PostgreSQL'}, Node ${process.version}\n`,
  );

  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATION_URL: migrationUrl,
    PUSULA_DEMO: 'false',
    LOG_LEVEL: 'error',
    PUSULA_BODY_LIMIT: String(50 * 1024 * 1024),
    PUSULA_ADMIN_EMAIL: BENCH_ADMIN.email,
    PUSULA_ADMIN_PASSWORD: BENCH_ADMIN.password,
    // The sign-in section gives each request its own client address (sign-in.bench.ts).
    PUSULA_TRUST_PROXY: 'true',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, databaseUrl),
    createHttpAdapter(config),
    {
      ...APP_OPTIONS,
      logger: ['error'],
    },
  );
  await configureApp(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  token = ((await postJson(`${base}/api/auth/login`, BENCH_ADMIN)) as { accessToken: string }).accessToken;
  const dataSource = app.get(DataSource);

  try {
    // Metropolitan plan: 12 aims, 60 targets, 400 indicators, every period of five years.
    const metropolitan = buildMetropolitanPlan();
    const body = JSON.stringify(metropolitan);
    const importOnce = async (): Promise<string> =>
      ((await postJson(`${base}/api/plans/import`, body)) as { id: string }).id;
    let planId = await importOnce();
    // What the feature sections (sections.ts) get: the metropolitan plan as last imported.
    const context = (): BenchContext => ({
      app,
      dataSource,
      base,
      token,
      metropolitan,
      metropolitanPlanId: planId,
      tempDir,
      databaseUrl,
      ownerUrl: migrationUrl || databaseUrl,
    });
    if (only.length > 0 || national) {
      for (const section of benchSections) if (only.includes(sectionName(section))) await section(context());
      if (national) await nationalBench(context());
      await app.close();
      await dropDatabase();
      await stopEmbedded();
      rmSync(tempDir, { recursive: true, force: true });
      summariseAndExit();
    }
    const importSamples: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      const started = performance.now();
      planId = await importOnce();
      importSamples.push(performance.now() - started);
    }
    const [{ count: valueRows }] = await dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM indicator_values WHERE plan_id = $1',
      [planId],
    );
    console.log(`Metropolitan plan: ${(body.length / 1024).toFixed(0)} KiB document, ${valueRows} values\n`);
    const jsonFloor = await sample(10, () => Promise.resolve(JSON.stringify(JSON.parse(body))), 2);
    report({
      name: 'import of the metropolitan plan (HTTP)',
      value: median(importSamples),
      unit: 'ms',
      floor: { name: 'JSON parse + stringify of the document', value: jsonFloor, maxRatio: 200 },
      limit: 1000,
    });

    const exportSql = async (): Promise<unknown> =>
      dataSource.query(
        `SELECT (SELECT json_agg(a) FROM aims a WHERE a.plan_id = $1) AS aims,
                (SELECT json_agg(t) FROM targets t WHERE t.plan_id = $1) AS targets,
                (SELECT json_agg(i) FROM indicators i WHERE i.plan_id = $1) AS indicators,
                (SELECT json_agg(y) FROM indicator_targets y JOIN indicators i ON i.id = y.indicator_id WHERE i.plan_id = $1) AS yearly,
                (SELECT json_agg(v) FROM indicator_values v WHERE v.plan_id = $1) AS values`,
        [planId],
      );
    const exportFloor = await sample(10, exportSql);
    const exportTime = await sample(10, () => fetchJson(`${base}/api/plans/${planId}/document`));
    report({
      name: 'export of the metropolitan plan (HTTP)',
      value: exportTime,
      unit: 'ms',
      floor: { name: 'one SQL query reading the same rows as JSON', value: exportFloor, maxRatio: 10 },
      limit: 500,
    });

    // Progress: the engine's server time beside one hand-written SQL query for the same A/B/C rows.
    const progress = app.get(ProgressService);
    const abcSql = async (): Promise<unknown> =>
      dataSource.query(
        `SELECT i.code, i.baseline AS a, y.value AS b, v.period, v.value AS c
           FROM indicators i
           LEFT JOIN indicator_targets y ON y.indicator_id = i.id AND y.year = $2
           LEFT JOIN indicator_values v ON v.indicator_id = i.id AND left(v.period, 4)::int <= $2
          WHERE i.plan_id = $1`,
        [planId, 2027],
      );
    const abcFloor = await sample(30, abcSql, 5);
    // Uncached server work: load the plan's rows and run the engine, as a cache miss does.
    const repository = app.get(ProgressRepository);
    const serverTime = await sample(
      30,
      async () => {
        const header = (await repository.findPlanHeader(planId)) as PlanHeader;
        return computeProgress(await repository.loadEnginePlan(header, 2027), { year: 2027, half: null });
      },
      5,
    );
    report({
      name: 'GET progress, server time uncached (metropolitan plan, 2027)',
      value: serverTime,
      unit: 'ms',
      floor: { name: 'hand-written SQL for the A/B/C rows', value: abcFloor, maxRatio: 2 },
      limit: 50,
    });
    const cachedTime = await sample(30, () => progress.getProgress(planId, '2027', 'tr'), 5);
    report({
      name: 'GET progress, server time cached (same figures, stamp checked)',
      value: cachedTime,
      unit: 'ms',
      floor: { name: 'hand-written SQL for the A/B/C rows', value: abcFloor, maxRatio: 2 },
    });
    const httpTime = await sample(30, () => fetchJson(`${base}/api/plans/${planId}/progress?period=2027`), 5);
    const constantTime = await sample(30, () => fetchJson(`${base}/api/health`), 5);
    report({
      name: 'GET progress over HTTP (incl. JSON of 400 indicators)',
      value: httpTime,
      unit: 'ms',
      floor: { name: 'GET /api/health', value: constantTime, maxRatio: 50 },
    });

    // Under load: 50 concurrent authenticated clients, beside a constant endpoint of the same server.
    // Feature sections (reports, workbook imports, the client): each in its own file, listed in sections.ts.
    for (const section of benchSections) await section(context());

    // Value entry under load: its own section (value-entry.bench.ts), which checks the audit rows.
    const constantLoad = await runLoad(base, token, [{ method: 'GET', path: '/api/health/live' }]);
    const progressPath = `/api/plans/${planId}/progress?period=2027`;
    const progressLoad = await runLoad(base, token, [{ method: 'GET', path: progressPath }]);
    // A client that holds the answer asks again with its entity tag: 304, no body.
    const etag = (
      await fetch(`${base}${progressPath}`, { headers: { authorization: `Bearer ${token}` } })
    ).headers.get('etag');
    if (!etag) throw new Error('GET progress answered without an ETag');
    const notModifiedLoad = await runLoad(base, token, [
      { method: 'GET', path: progressPath, headers: { 'if-none-match': etag }, status: 304 },
    ]);
    if (progressLoad.failures + notModifiedLoad.failures + constantLoad.failures > 0) {
      throw new Error(
        `requests failed under load: ${JSON.stringify({ progressLoad, notModifiedLoad, constantLoad })}`,
      );
    }
    console.log(
      `\n(constant endpoint under 50 clients: ${constantLoad.rps.toFixed(0)} req/s, p99 ${constantLoad.p99.toFixed(1)} ms)`,
    );
    reportThroughput('GET progress (cached), 50 concurrent clients', progressLoad.rps, constantLoad.rps);
    reportRatio(
      'GET progress (cached), 50 concurrent clients: p99 latency',
      progressLoad.p99,
      constantLoad.p99,
    );
    reportThroughput(
      'GET progress by entity tag (304), 50 concurrent clients',
      notModifiedLoad.rps,
      constantLoad.rps,
    );
    reportRatio(
      'GET progress by entity tag (304), 50 concurrent clients: p99 latency',
      notModifiedLoad.p99,
      constantLoad.p99,
    );
  } finally {
    await app.close();
    await dropDatabase();
    await stopEmbedded();
  }

  // Start-up: `npm start` on an existing embedded database to the first 200 from /api/health.
  const dataDir = join(tempDir, 'start');
  const first = await startToHealth(dataDir);
  const startTime = median([
    await startToHealth(dataDir),
    await startToHealth(dataDir),
    await startToHealth(dataDir),
  ]);
  const nodeFloor = median([
    await processTime(['-e', '0']),
    await processTime(['-e', '0']),
    await processTime(['-e', '0']),
  ]);
  console.log(
    `\n(first start, creating the embedded database and demo data: ${(first / 1000).toFixed(1)} s)`,
  );
  report({
    name: '`npm start` on an existing embedded database to the first 200 from /api/health',
    value: startTime,
    unit: 'ms',
    floor: { name: 'a bare `node -e 0`', value: nodeFloor, maxRatio: 100 },
    limit: 5000,
  });

  rmSync(tempDir, { recursive: true, force: true });
  summariseAndExit();
}

function summariseAndExit(): never {
  const failed = lines.filter((line) => !verdict(line)).length;
  console.log(`\n${lines.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

async function processTime(args: string[]): Promise<number> {
  const started = performance.now();
  await new Promise<void>((done) =>
    spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', () => done()),
  );
  return performance.now() - started;
}

async function startToHealth(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      DATABASE_URL: '',
      PUSULA_DATA_DIR: dataDir,
      PORT: String(port),
      PUSULA_EMBEDDED_DB_PORT: String(await freePort()),
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000)
        throw new Error('the server did not answer /api/health within 120 s');
      await new Promise((done) => setTimeout(done, 25));
    }
  } finally {
    try {
      process.kill(-(child.pid as number), 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise<void>((done) => child.on('exit', () => done()));
    await new Promise((done) => setTimeout(done, 500));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
