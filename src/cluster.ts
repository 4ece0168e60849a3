import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './config/app-config.js';
import { DEMO_ADMIN } from './database/seed-demo.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';

/**
 * `npm run start:cluster`: Pusula as one process per core on one machine (PUSULA_WORKERS to set
 * how many), sharing the port through Node's cluster module and one PostgreSQL. Every worker is
 * the app of `npm start`; what a worker keeps in memory is safe across workers (docs/deployment.md,
 * "Several instances"). Without DATABASE_URL this process starts the embedded database once and
 * hands its URLs to the workers. The first worker starts alone (it migrates, and seeds the demo on
 * a new embedded database); the others follow once it listens. A worker that dies is replaced.
 */
const SEED_DEMO = 'PUSULA_CLUSTER_SEED_DEMO';

function log(line: string): void {
  process.stdout.write(`[cluster] ${line}\n`);
}

function workerCount(text: string | undefined): number {
  if (text === undefined || text === '') return availableParallelism();
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    process.stderr.write('PUSULA_WORKERS must be a whole number from 1 to 64\n');
    process.exit(1);
  }
  return count;
}

async function primary(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const count = workerCount(process.env.PUSULA_WORKERS);
  const env: Record<string, string> = {};
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedDbPort, log);
    env.DATABASE_URL = embedded.url;
    env.DATABASE_MIGRATION_URL = embedded.migrationUrl;
    if (!config.adminEmail) {
      env.PUSULA_ADMIN_EMAIL = DEMO_ADMIN.email;
      env.PUSULA_ADMIN_PASSWORD = config.adminPassword ?? DEMO_ADMIN.password;
    }
  }
  let stopping = false;
  const fork = (extra: Record<string, string> = {}): Worker => {
    const worker = cluster.fork({ ...env, ...extra });
    let listened = false;
    worker.once('listening', () => (listened = true));
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!listened) {
        // A worker that cannot start (its error is above) would fail again: stop them all.
        log(`worker ${worker.process.pid} could not start (${signal ?? code})`);
        void stop(1);
        return;
      }
      log(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
      fork();
    });
    return worker;
  };
  const first = fork(embedded?.created && config.demo ? { [SEED_DEMO]: 'true' } : {});
  await new Promise<void>((resolve) => first.once('listening', () => resolve()));
  for (let index = 1; index < count; index += 1) fork();
  log(
    `${count} workers on port ${config.port}${embedded ? `, embedded PostgreSQL in ${config.dataDir}` : ''}`,
  );

  async function stop(status = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    if (embedded) await embedded.stop();
    process.exit(status);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
}

if (cluster.isPrimary) {
  primary().catch((error: unknown) => {
    process.stderr.write(
      `Pusula could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
} else {
  await import('./main.js');
}
