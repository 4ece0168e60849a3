#!/usr/bin/env node
// `npm test`: unit, e2e and browser tests, in that order, one Jest run per tier (ESM mode, see
// docs/testing.md). E2e files run in parallel, one worker per core (each e2e test app makes its
// own database); browser files too (each starts its own app, database and Chromium), at most two
// at once; unit files (some time their own work) run one at a time.
// `node scripts/test.js unit|e2e|browser [jest args]` runs one tier.
//
// The e2e tiers need PostgreSQL: with TEST_DATABASE_URL they use that server (CI uses the
// machine's), without it this script starts an embedded PostgreSQL for the run and stops it
// afterwards, so `npm test` needs no server installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const tiers = ['unit', 'e2e', 'browser'];
const args = process.argv.slice(2);
const tier = tiers.includes(args[0]) ? args.shift() : null;
const needsDatabase = tier !== 'unit';
/** Jest workers per tier (see docs/testing.md): a browser file's app, database and Chromium use about a core. */
const WORKERS = { unit: 1, e2e: availableParallelism(), browser: Math.min(2, availableParallelism()) };

function run(command, commandArgs, env = process.env) {
  return spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let embedded = null;
let dataDir = null;
const env = {
  ...process.env,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
};

if (needsDatabase) {
  // The server build is needed for the embedded database helper (and by the browser tests).
  if (run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']) !== 0)
    process.exit(1);
  // With the data files the built server reads (the demo plans), as `npm run build` copies them:
  // tests that start dist/main.js as a child process seed the demo from there.
  if (run(process.execPath, ['scripts/copy-assets.js']) !== 0) process.exit(1);
  // The browser tier drives the built client (dist/client) as the server serves it.
  if (tier !== 'e2e') {
    const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) {
      console.error(
        `The browser tests need Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
      );
      process.exit(1);
    }
    const vite = [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
    ];
    if (run(process.execPath, vite) !== 0) process.exit(1);
  }
  if (!env.TEST_DATABASE_URL) {
    const { startEmbeddedDatabase } = await import('../dist/database/embedded-database.js');
    dataDir = mkdtempSync(join(tmpdir(), 'pusula-test-pg-'));
    embedded = await startEmbeddedDatabase(dataDir, await freePort(), (line) => console.log(line));
    // The superuser: the tests create a database and a runtime role per test app with it.
    env.TEST_DATABASE_URL = embedded.migrationUrl;
    console.log('Tests use an embedded PostgreSQL (set TEST_DATABASE_URL to use a server of your own)');
  }
}

// One Jest run per tier, so that each tier has its own worker count and the order holds. Each
// run's reporter adds its counts to one file, and the closing line CI reads counts them all.
const summaryDir = mkdtempSync(join(tmpdir(), 'pusula-test-summary-'));
env.PUSULA_TEST_SUMMARY_FILE = join(summaryDir, 'summary.jsonl');
let status = 0;
for (const current of tier ? [tier] : tiers) {
  const workers = WORKERS[current];
  const tierStatus = run(
    process.execPath,
    [
      'node_modules/jest/bin/jest.js',
      ...(workers === 1 ? ['--runInBand'] : [`--maxWorkers=${workers}`]),
      // Two browser files share the two cores: a step that takes 10 s alone can take 40 s then.
      ...(current === 'browser' ? ['--testTimeout=90000'] : []),
      // A pattern given to `npm test` may match the files of some tiers only.
      ...(tier ? [] : ['--passWithNoTests']),
      ...args,
      // Last, because --selectProjects takes every following word as a project name.
      '--selectProjects',
      current,
    ],
    env,
  );
  if (tierStatus !== 0) status = tierStatus;
}

const runs = existsSync(env.PUSULA_TEST_SUMMARY_FILE)
  ? readFileSync(env.PUSULA_TEST_SUMMARY_FILE, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const total = (key) => runs.reduce((sum, counts) => sum + counts[key], 0);
const [passed, failed, skipped] = [total('passed'), total('failed'), total('skipped')];
if (!tier && passed + failed + skipped === 0) {
  console.error('No tests found in any tier.');
  status = 1;
}
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);

if (embedded) await embedded.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
rmSync(summaryDir, { recursive: true, force: true });
process.exit(status);
